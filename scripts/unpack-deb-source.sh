#!/usr/bin/env bash
# Fetches a Debian source package once into the cache, verifies its pinned
# checksums, and unpacks it with Debian's patches applied.
# Usage: unpack-deb-source.sh PACKAGE DEB_VERSION ORIG_SHA256 DEBIAN_SHA256 DEST
# DEB_VERSION may carry an epoch (1:1.2.13.dfsg-1); file names never do.
set -euo pipefail
package="$1"; deb_version="$2"; orig_sha256="$3"; debian_sha256="$4"; dest="$5"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
file_version="${deb_version#*:}"
upstream="${file_version%-*}"
src_cache="${QALAM_CACHE:-$HOME/.cache/qalam}/src/$package-$file_version"
debian="$src_cache/${package}_$file_version.debian.tar.xz"

find_orig() { compgen -G "$src_cache/${package}_$upstream.orig.tar.*" | head -n1 || true; }

mkdir -p "$src_cache"
orig="$(find_orig)"
if [[ -z "$orig" || ! -f "$debian" ]]; then
  "$here/ensure-deb-src.sh"
  (cd "$src_cache" && apt-get source --download-only "$package=$deb_version" >&2)
  orig="$(find_orig)"
fi
echo "$orig_sha256  $orig" | sha256sum -c --quiet - >&2
echo "$debian_sha256  $debian" | sha256sum -c --quiet - >&2
dpkg-source -x --no-check "$src_cache/${package}_$file_version.dsc" "$dest" >/dev/null
