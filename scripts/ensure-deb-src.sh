#!/usr/bin/env bash
# Adds a deb-src twin of the machine's own Debian source list (no host named here).
set -euo pipefail
list=/etc/apt/sources.list.d/debian.sources
twin=/etc/apt/sources.list.d/qalam-deb-src.sources
if ! grep -qs '^Types:.*deb-src' /etc/apt/sources.list.d/*.sources; then
  sed 's/^Types: deb$/Types: deb-src/' "$list" > "$twin"
  apt-get update -qq >&2
fi
