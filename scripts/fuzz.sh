#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (Clang, ASan + UBSan) in
# build/fuzz and runs each for SECONDS_PER_TARGET (default 30) on a copy of
# its seed corpus, so the committed seeds stay as they are. Prints per
# target the executions per second and the coverage of libFuzzer's last
# stats line; exits non-zero when any target crashed, naming the saved input.
# For a long run: scripts/fuzz.sh 3600. A crash replays with
#   build/fuzz/tests/fuzz/fuzz_<target> <crash file>
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-30}"
[[ "$seconds" =~ ^[0-9]+$ && "$seconds" -gt 0 ]] || { echo "usage: scripts/fuzz.sh [SECONDS_PER_TARGET]" >&2; exit 2; }

targets=(jsonl json_array csv text corpus_file query saved_index entity_list gazetteer dates normalizer)
build="${QALAM_FUZZ_BUILD_DIR:-$root/build/fuzz}"  # override: a build folder elsewhere
cxx="${QALAM_FUZZ_CXX:-clang++-14}"
cc="${QALAM_FUZZ_CC:-clang-14}"
command -v "$cxx" >/dev/null || { echo "fuzz: $cxx not found (scripts/setup.sh installs Emscripten, which brings it)" >&2; exit 2; }

# -O2 with debug info and without NDEBUG, so assertions stay on while fuzzing.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER="$cc" -DCMAKE_CXX_COMPILER="$cxx" \
  -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O2 -g" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g" \
  -DQALAM_BUILD_FUZZERS=ON -DQALAM_BUILD_TESTS=OFF -DQALAM_BUILD_BENCHMARKS=OFF >/dev/null ||
  { echo "fuzz: configure failed" >&2; exit 2; }
cmake --build "$build" -j2 --target qalam_fuzzers || { echo "fuzz: build failed" >&2; exit 2; }

work="$build/run"
rm -rf "$work"
mkdir -p "$work/crashes"
crashed=0
printf '%-12s %10s %8s %8s  %s\n' target "exec/s" cov corpus result
for target in "${targets[@]}"; do
  corpus="$work/corpus/$target"
  mkdir -p "$corpus"
  cp -R "$root/tests/fuzz/corpus/$target/." "$corpus/"
  log="$work/$target.log"
  # fuzz_saved_index writes saved indexes of the current format (uncompressed
  # and compressed) as seeds.
  QALAM_FUZZ_WRITE_SEED="$corpus/generated.qidx" \
    "$build/tests/fuzz/fuzz_$target" "$corpus" -max_total_time="$seconds" -seed=1 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$work/crashes/$target-" >"$log" 2>&1
  status=$?
  [[ "$target" == saved_index ]] || rm -f "$corpus/generated.qidx" "$corpus/generated.qidx.zlib"
  # The last "#N ... cov: C ft: F corp: K/B ... exec/s: E" line: DONE when time ran out.
  stats="$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -n1)"
  cov="$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$stats")"
  corp="$(sed -nE 's/.* corp: ([0-9]+)\/.*/\1/p' <<<"$stats")"
  execs="$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+)/\1/p' "$log")"
  elapsed="$(sed -nE 's/^Done [0-9]+ runs in ([0-9]+) second.*/\1/p' "$log")"
  rate="$(sed -nE 's/.* exec\/s: ([0-9]+).*/\1/p' <<<"$stats")"
  [[ -n "$execs" && -n "$elapsed" && "$elapsed" -gt 0 ]] && rate=$((execs / elapsed))
  result=ok
  if ((status != 0)); then
    crashed=1
    input="$(sed -nE 's/.*Test unit written to (.*)$/\1/p' "$log" | tail -n1)"
    result="CRASH (exit $status): ${input:-no input saved}; log $log"
  fi
  printf '%-12s %10s %8s %8s  %s\n' "$target" "${rate:-?}" "${cov:-?}" "${corp:-?}" "$result"
done
((crashed)) && { echo "fuzz: a target crashed; replay its input with build/fuzz/tests/fuzz/fuzz_<target> <file>" >&2; exit 1; }
exit 0
