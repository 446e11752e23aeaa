#!/usr/bin/env bash
# The one serve command: installs, builds the wasm module and the static site
# with the sample corpus, and serves it. Usage: scripts/serve.sh [--port N]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/setup.sh
cmake --preset wasm-release >/dev/null
cmake --build --preset wasm-release --target qalam_site
exec node scripts/serve-static.mjs build/wasm-release/site "$@"
