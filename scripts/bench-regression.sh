#!/usr/bin/env bash
# A short benchmark of the wasm build under Node on the 10 MB slice (build
# MB/s, saved index size, load MB/s, single-term, AND and phrase p99), compared
# with bench/regression/baseline.json (bench/regression/run.mjs). A figure
# more than 25% worse prints "REGRESSION: ..."; the exit status is 0 all the
# same, because machines are noisy. --update-baseline records this run as the
# baseline. Uses $QALAM_WASM_DIR and $QALAM_ICU_DATA when set, else
# build/wasm-release (built, qalam_wasm target only, when missing). Not part
# of the test command.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

export QALAM_WASM_DIR="${QALAM_WASM_DIR:-$root/build/wasm-release/wasm}"
export QALAM_ICU_DATA="${QALAM_ICU_DATA:-$root/build/wasm-release/icudt72l.dat}"
if [[ ! -f "$QALAM_WASM_DIR/qalam.wasm" || ! -f "$QALAM_ICU_DATA" ]]; then
  source scripts/setup.sh
  cmake --preset wasm-release >/dev/null
  cmake --build --preset wasm-release --target qalam_wasm
fi

corpus_dir="${QALAM_CACHE:-$HOME/.cache/qalam}/bench-corpus"
if [[ ! -f "$corpus_dir/slice-10mb.jsonl" ]]; then
  echo "bench-regression: no corpus in $corpus_dir; run scripts/bench-corpus.sh first" >&2
  exit 1
fi

status=0
node --expose-gc bench/regression/run.mjs "$@" || status=$?
if ((status != 0)); then
  echo "bench-regression: the benchmark itself failed (status $status)" >&2
  exit "$status"
fi
