#!/usr/bin/env bash
# The one benchmark command. Builds what it needs, then runs, in order:
#  1. the analyzer and index benchmarks of bench/, natively (native-release)
#     and as wasm under Node (wasm-release), on the text in ../shared and the
#     sample corpus;
#  2. the benchmark corpus (scripts/bench-corpus.sh: built once into
#     ~/.cache/qalam/bench-corpus/, rebuilt only when its inputs change);
#  3. Qalam beside FlexSearch, MiniSearch, Lunr, Orama, SQLite FTS5 and
#     Pagefind in one Node process (scripts/bench-peers.sh);
#  4. Qalam in headless Chromium and page to first result (scripts/bench-browser.sh);
#  5. the regression run against bench/regression/baseline.json.
# --full runs steps 3 and 4 on the whole corpus instead of the 10 MB slice
# (hours rather than minutes). Not part of the test command: numbers are
# read, not asserted; docs/BENCHMARKS.md explains each table.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
full=()
for arg in "$@"; do
  case "$arg" in
    --full) full=(--full) ;;
    *) echo "usage: scripts/bench.sh [--full]" >&2; exit 2 ;;
  esac
done
source scripts/setup.sh
shared="${QALAM_SHARED_DIR:-$root/../shared}"
for preset in native-release wasm-release; do
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" --target qalam_bench_analyzer qalam_bench_index >/dev/null
done
cmake --build --preset wasm-release --target qalam_site >/dev/null
echo "== analyzer, native (one core)"
build/native-release/bench/qalam_bench_analyzer "$shared" 3
echo "== analyzer, wasm under Node $(node --version)"
node --no-experimental-fetch build/wasm-release/bench/qalam_bench_analyzer.cjs "$shared" 3
echo "== index, native (one core)"
build/native-release/bench/qalam_bench_index "$shared" data/sample/corpus.jsonl
echo "== index, wasm under Node $(node --version)"
node --no-experimental-fetch build/wasm-release/bench/qalam_bench_index.cjs "$shared" data/sample/corpus.jsonl
echo "== benchmark corpus"
scripts/bench-corpus.sh
echo "== in-browser engines side by side, Node"
scripts/bench-peers.sh "${full[@]}"
echo "== Qalam in headless Chromium"
scripts/bench-browser.sh "${full[@]}"
echo "== regression run (10 MB slice)"
scripts/bench-regression.sh
