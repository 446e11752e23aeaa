#!/usr/bin/env bash
# Qalam in headless Chromium (Debian's /usr/bin/chromium via playwright-core):
#  1. bench/browser/run.mjs: the wasm build in a module worker on the 10 MB
#     slice (--full: the whole corpus) against the same build under Node in
#     the same run: import MB/s, wasm memory, saved index, load, query latency;
#  2. bench/browser/first-result.mjs: navigation start to the first hit for
#     "Almaty" on the staged explorer, cold and warm, and the payload it downloads.
# --only=worker or --only=page runs one of them. Uses the staged site in
# $QALAM_SITE_DIR (scripts/stage-site.sh), else build/wasm-release/site
# (built, qalam_site target only, when missing). Results go to
# bench/browser/results/. Not part of the test command.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

only=""
pass=()
for arg in "$@"; do
  case "$arg" in
    --only=*) only="${arg#--only=}" ;;
    *) pass+=("$arg") ;;
  esac
done

# playwright-core is pinned in package-lock.json; installed as scripts/setup.sh does.
"$root/scripts/npm-packages.sh"

export QALAM_SITE_DIR="${QALAM_SITE_DIR:-$root/build/wasm-release/site}"
if [[ ! -f "$QALAM_SITE_DIR/index.html" || ! -f "$QALAM_SITE_DIR/wasm/qalam.wasm" ]]; then
  source scripts/setup.sh
  cmake --preset wasm-release >/dev/null
  cmake --build --preset wasm-release --target qalam_site
fi

corpus_dir="${QALAM_CACHE:-$HOME/.cache/qalam}/bench-corpus"
if [[ "$only" != page && ! -f "$corpus_dir/slice-10mb.jsonl" ]]; then
  echo "bench-browser: no corpus in $corpus_dir; run scripts/bench-corpus.sh first" >&2
  exit 1
fi

if [[ "$only" != page ]]; then
  # Room for the Node side to hold the whole corpus with --full.
  node --expose-gc --max-old-space-size="${QALAM_BENCH_HEAP_MB:-6144}" bench/browser/run.mjs --site "$QALAM_SITE_DIR" ${pass[@]+"${pass[@]}"}
fi
if [[ "$only" != worker ]]; then
  node bench/browser/first-result.mjs --site "$QALAM_SITE_DIR"
fi
