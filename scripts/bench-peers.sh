#!/usr/bin/env bash
# Indexes the benchmark corpus (scripts/bench-corpus.sh) with Qalam's wasm
# build and with FlexSearch, MiniSearch, Lunr, Orama, SQLite FTS5 and
# Pagefind in one Node process (bench/peers/run.mjs); --full uses the whole
# corpus instead of the 10 MB slice. Installs the npm packages pinned in
# package-lock.json when they changed (scripts/npm-packages.sh, as setup.sh
# does), builds only the qalam_wasm target when its files are missing, and
# runs no tests. Numbers are read, not asserted.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# npm packages as scripts/setup.sh installs them.
"$root/scripts/npm-packages.sh"
# Pagefind's indexer is a native binary in per-platform optional packages,
# which a lock file written on one platform does not list for the others
# (and `npm ci` then refuses the lock): it is installed here, pinned, and
# kept out of package-lock.json.
pagefind_version=1.6.0
installed="$(node -p "try { JSON.parse(require('fs').readFileSync('node_modules/pagefind/package.json')).version } catch { '' }")"
if [[ "$installed" != "$pagefind_version" ]]; then
  npm install --no-save --no-audit --no-fund --loglevel=error "pagefind@$pagefind_version" >&2
fi

export QALAM_WASM_DIR="${QALAM_WASM_DIR:-$root/build/wasm-release/wasm}"
export QALAM_ICU_DATA="${QALAM_ICU_DATA:-$root/build/wasm-release/icudt72l.dat}"
if [[ ! -f "$QALAM_WASM_DIR/qalam.wasm" || ! -f "$QALAM_ICU_DATA" ]]; then
  source scripts/setup.sh
  cmake --preset wasm-release >/dev/null
  cmake --build --preset wasm-release --target qalam_wasm
fi

corpus_dir="${QALAM_CACHE:-$HOME/.cache/qalam}/bench-corpus"
if [[ ! -f "$corpus_dir/slice-10mb.jsonl" ]]; then
  echo "bench-peers: no corpus in $corpus_dir; run scripts/bench-corpus.sh first" >&2
  exit 1
fi

# --max-old-space-size lets the JavaScript peers try the full corpus; one
# that still runs out is reported as such.
exec node --expose-gc --max-old-space-size="${QALAM_BENCH_HEAP_MB:-6144}" bench/peers/run.mjs "$@"
