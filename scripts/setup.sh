#!/usr/bin/env bash
# Installs what building and testing need, then builds (or reuses) ICU for
# wasm, the Snowball stemmer sources and zlib's sources. Safe to rerun: each
# step is skipped when already done. Source it to get QALAM_ICU_WASM_PREFIX,
# QALAM_SNOWBALL_DIR and QALAM_ZLIB_DIR exported; run it to just prepare. Every step checks its
# own failure, so a caller's `source setup.sh || ...` sees it (bash ignores
# set -e inside such a list).

qalam_setup() {
  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)" || return 1

  local debian_packages=(
    cmake ninja-build g++ pkg-config
    libicu-dev icu-devtools            # native ICU 72.1 and icupkg
    nlohmann-json3-dev catch2          # header-only libraries
    emscripten                         # em++ 3.1.6, its LLVM and binaryen
    dpkg-dev                           # dpkg-source for Debian source packages
    chromium                           # browser tests
    iso-codes unicode-cldr-core libgeonames-common  # gazetteer sources (scripts/make-gazetteer.mjs)
    fonts-dejavu-core fonttools python3-brotli      # the page's Cyrillic face, cut to WOFF2 (scripts/stage-site.sh)
  )
  # Node and npm may come from Debian or from a Node distribution of the
  # machine's own; Debian's are installed only when there are none.
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    debian_packages+=(nodejs npm)
  fi

  local missing=() pkg
  for pkg in "${debian_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}" >&2
    local sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq || { echo "setup: apt-get update failed" >&2; return 1; }
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 ||
      { echo "setup: apt-get install ${missing[*]} failed" >&2; return 1; }
  fi

  # npm packages pinned by package-lock.json (reinstalled only when it changed).
  "$root/scripts/npm-packages.sh" || { echo "setup: npm ci failed" >&2; return 1; }

  # Emscripten's optimizer finds its Node modules here on Debian.
  export NODE_PATH=/usr/share/nodejs
  local prefix snowball zlib
  prefix="$("$root/scripts/build-icu-wasm.sh")" || { echo "setup: building ICU for wasm failed" >&2; return 1; }
  snowball="$("$root/scripts/fetch-snowball.sh")" || { echo "setup: preparing Snowball failed" >&2; return 1; }
  zlib="$("$root/scripts/fetch-zlib.sh")" || { echo "setup: preparing zlib failed" >&2; return 1; }
  QALAM_ICU_WASM_PREFIX="$(tail -n1 <<<"$prefix")"
  QALAM_SNOWBALL_DIR="$(tail -n1 <<<"$snowball")"
  QALAM_ZLIB_DIR="$(tail -n1 <<<"$zlib")"
  export QALAM_ICU_WASM_PREFIX QALAM_SNOWBALL_DIR QALAM_ZLIB_DIR
}

if (return 0 2>/dev/null); then
  qalam_setup
else
  set -uo pipefail
  qalam_setup
  exit $?
fi
