#!/usr/bin/env bash
# Snowball 2.2.0 from Debian's source package (checksums pinned): builds the
# Snowball compiler natively and generates the C stemmers the core uses, once,
# into a cache outside the clone. CMake compiles those C files into the core
# for every preset (native and wasm). Prints the source folder on its last line.
set -euo pipefail

SNOWBALL_DEB_VERSION="2.2.0-2"
SNOWBALL_ORIG_SHA256="425cdb5fba13a01db59a1713780f0662e984204f402d3dae1525bda9e6d30f1a"
SNOWBALL_DEBIAN_SHA256="e9c8977b7df88a278428165d0e1737ea372e4703dfb75ceedbb140bb19190857"
ALGORITHMS=(english russian)
CACHE_LAYOUT=1

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache_root="${QALAM_CACHE:-$HOME/.cache/qalam}"
key="$(printf '%s\n' "$SNOWBALL_DEB_VERSION" "${ALGORITHMS[*]}" "$CACHE_LAYOUT" | sha256sum | cut -c1-12)"
out="$cache_root/snowball-$SNOWBALL_DEB_VERSION-$key"
if [[ -f "$out/.complete" ]]; then
  echo "$out"
  exit 0
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/qalam-snowball.XXXXXX")"
trap 'rm -rf "$work"' EXIT
"$here/unpack-deb-source.sh" snowball "$SNOWBALL_DEB_VERSION" "$SNOWBALL_ORIG_SHA256" "$SNOWBALL_DEBIAN_SHA256" \
  "$work/snowball"
make -C "$work/snowball" -j"$(nproc)" snowball >/dev/null
mkdir -p "$work/snowball/src_c"
for algorithm in "${ALGORITHMS[@]}"; do
  (cd "$work/snowball" && ./snowball "algorithms/$algorithm.sbl" -o "src_c/stem_UTF_8_$algorithm" \
     -eprefix "${algorithm}_UTF_8_" -r ../runtime -u)
done
rm -rf "$out"
mkdir -p "$out"
cp -R "$work/snowball/runtime" "$work/snowball/src_c" "$out/"
cp "$work/snowball/COPYING" "$out/" 2>/dev/null || true
touch "$out/.complete"
echo "Snowball: generated into $out" >&2
echo "$out"
