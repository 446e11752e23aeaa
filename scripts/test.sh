#!/usr/bin/env bash
# The one test command: installs, builds and runs every test — the Catch2
# suite natively under ASan+UBSan, the same suite as wasm under Node, the
# Node tests of the Embind API and the headless-Chromium page tests.
# Ends with one line: "tests: N passed, N failed".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# shellcheck source=setup.sh
source scripts/setup.sh || { echo "tests: 0 passed, 1 failed"; exit 1; }
set +e

passed=0
failed=0
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# Configures, builds and tests one preset; adds its ctest counts to the totals.
run_preset() {
  local preset="$1"
  echo "== $preset" >&2
  if ! cmake --preset "$preset" >/dev/null || ! cmake --build --preset "$preset"; then
    echo "== $preset: build failed" >&2
    failed=$((failed + 1))
    return
  fi
  ctest --preset "$preset" 2>&1 | tee "$log"
  local summary total bad
  summary="$(grep -E '[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n1)"
  if [[ -z "$summary" ]]; then
    echo "== $preset: ctest reported no summary" >&2
    failed=$((failed + 1))
    return
  fi
  bad="$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$summary")"
  total="$(sed -E 's/.* failed out of ([0-9]+).*/\1/' <<<"$summary")"
  passed=$((passed + total - bad))
  failed=$((failed + bad))
}

run_preset native-asan
run_preset wasm-release

# Every parser under libFuzzer for a short, fixed-seed run (scripts/fuzz.sh;
# docs/RELIABILITY.md). QALAM_FUZZ_SECONDS=0 skips it.
fuzz_seconds="${QALAM_FUZZ_SECONDS:-30}"
if [[ "$fuzz_seconds" != 0 ]]; then
  echo "== fuzz (${fuzz_seconds}s per target)" >&2
  if scripts/fuzz.sh "$fuzz_seconds"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
fi

echo "tests: $passed passed, $failed failed"
[[ $failed -eq 0 && $passed -gt 0 ]]
