#!/usr/bin/env bash
# Installs what building and testing need, then builds (or reuses) ICU for
# wasm and the Snowball stemmer sources. Safe to rerun: each step is skipped when already done.
# Source it to get QALAM_ICU_WASM_PREFIX exported; run it to just prepare.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

debian_packages=(
  cmake ninja-build g++ pkg-config
  libicu-dev icu-devtools            # native ICU 72.1 and icupkg
  nlohmann-json3-dev catch2          # header-only libraries
  emscripten                         # em++ 3.1.6, its LLVM and binaryen
  dpkg-dev                           # dpkg-source for ICU's Debian source package
  nodejs npm
  chromium                           # browser tests
)

as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

missing=()
for pkg in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# npm packages pinned by package-lock.json (reinstalled only when it changed).
stamp="$root/node_modules/.qalam-lock-sha256"
lock_sum="$(sha256sum "$root/package-lock.json" | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock_sum" ]]; then
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error >&2)
  echo "$lock_sum" > "$stamp"
fi

# Emscripten's optimizer finds its Node modules here on Debian.
export NODE_PATH=/usr/share/nodejs
QALAM_ICU_WASM_PREFIX="$("$root/scripts/build-icu-wasm.sh" | tail -n1)"
export QALAM_ICU_WASM_PREFIX
QALAM_SNOWBALL_DIR="$("$root/scripts/fetch-snowball.sh" | tail -n1)"
export QALAM_SNOWBALL_DIR
