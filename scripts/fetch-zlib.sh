#!/usr/bin/env bash
# zlib 1.2.13 from Debian's source package (checksums pinned), unpacked once
# into a cache outside the clone. CMake compiles its deflate and inflate
# sources into the core for every preset (native and wasm), so both write the
# same compressed bytes. Prints the source folder on its last line.
set -euo pipefail

ZLIB_DEB_VERSION="1:1.2.13.dfsg-1"
ZLIB_ORIG_SHA256="71feb7947e3c00ef125f83b79a4e529bde31171e5babe48b391f06758d1ab0a1"
ZLIB_DEBIAN_SHA256="f66cf3d4f2d7defcd4d1fd1fb0a11ee39f1e01b42ec7d059c9dc5c1695133c44"
CACHE_LAYOUT=1

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache_root="${QALAM_CACHE:-$HOME/.cache/qalam}"
file_version="${ZLIB_DEB_VERSION#*:}"
key="$(printf '%s\n' "$ZLIB_DEB_VERSION" "$CACHE_LAYOUT" | sha256sum | cut -c1-12)"
out="$cache_root/zlib-$file_version-$key"
if [[ -f "$out/.complete" ]]; then
  echo "$out"
  exit 0
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/qalam-zlib.XXXXXX")"
trap 'rm -rf "$work"' EXIT
"$here/unpack-deb-source.sh" zlib "$ZLIB_DEB_VERSION" "$ZLIB_ORIG_SHA256" "$ZLIB_DEBIAN_SHA256" "$work/zlib"
rm -rf "$out"
mkdir -p "$out"
cp "$work/zlib/"*.c "$work/zlib/"*.h "$out/"
cp "$work/zlib/LICENSE" "$out/" 2>/dev/null || cp "$work/zlib/README" "$out/"
touch "$out/.complete"
echo "zlib: unpacked into $out" >&2
echo "$out"
