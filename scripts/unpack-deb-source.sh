#!/usr/bin/env bash
# Fetches a Debian source package once into the cache, verifies its pinned
# checksums, and unpacks it with Debian's patches applied.
# Usage: unpack-deb-source.sh PACKAGE DEB_VERSION ORIG_SHA256 DEBIAN_SHA256 DEST
set -euo pipefail
package="$1"; deb_version="$2"; orig_sha256="$3"; debian_sha256="$4"; dest="$5"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
upstream="${deb_version%-*}"
src_cache="${QALAM_CACHE:-$HOME/.cache/qalam}/src/$package-$deb_version"
orig="$src_cache/${package}_$upstream.orig.tar.gz"
debian="$src_cache/${package}_$deb_version.debian.tar.xz"

mkdir -p "$src_cache"
if [[ ! -f "$orig" || ! -f "$debian" ]]; then
  "$here/ensure-deb-src.sh"
  (cd "$src_cache" && apt-get source --download-only "$package=$deb_version" >&2)
fi
echo "$orig_sha256  $orig" | sha256sum -c --quiet - >&2
echo "$debian_sha256  $debian" | sha256sum -c --quiet - >&2
dpkg-source -x --no-check "$src_cache/${package}_$deb_version.dsc" "$dest" >/dev/null
