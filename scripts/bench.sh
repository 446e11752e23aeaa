#!/usr/bin/env bash
# Builds and runs the benchmarks in bench/, natively (native-release) and as
# wasm under Node (wasm-release), on the text in ../shared. Not part of the
# test command: numbers are read, not asserted.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/setup.sh
shared="${QALAM_SHARED_DIR:-$root/../shared}"
for preset in native-release wasm-release; do
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" --target qalam_bench_analyzer qalam_bench_index >/dev/null
done
echo "== analyzer, native (one core)"
build/native-release/bench/qalam_bench_analyzer "$shared" 3
echo "== analyzer, wasm under Node $(node --version)"
node --no-experimental-fetch build/wasm-release/bench/qalam_bench_analyzer.cjs "$shared" 3
echo "== index, native (one core)"
build/native-release/bench/qalam_bench_index "$shared" data/sample/corpus.jsonl
echo "== index, wasm under Node $(node --version)"
node --no-experimental-fetch build/wasm-release/bench/qalam_bench_index.cjs "$shared" data/sample/corpus.jsonl
