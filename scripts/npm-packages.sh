#!/usr/bin/env bash
# Installs the npm packages pinned by package-lock.json with `npm ci`, only
# when the lock file changed since the last install (its checksum is kept in
# node_modules/.qalam-lock-sha256). Used by setup.sh and the benchmark scripts.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
stamp="$root/node_modules/.qalam-lock-sha256"
lock_sum="$(sha256sum "$root/package-lock.json" | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock_sum" ]]; then
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error >&2)
  echo "$lock_sum" > "$stamp"
fi
