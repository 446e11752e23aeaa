#!/usr/bin/env bash
# Builds ICU 72.1 (Debian's source package, patches applied) as static wasm
# libraries, once, into a cache outside the clone keyed by version and flags.
# Prints the install prefix on its last line of stdout.
set -euo pipefail

ICU_DEB_VERSION="72.1-3+deb12u1"
ICU_ORIG_SHA256="a2d2d38217092a7ed56635e34467f92f976b370e20182ad325edea6681a71d68"
ICU_DEBIAN_SHA256="bd6b27fc0a18f6044a47cd96c7d687720b95e4f592718bf8e34c6391b7753a1d"
# Bump when the layout of the installed prefix changes; part of the cache key.
CACHE_LAYOUT=2
# Flags that change the produced libraries; part of the cache key.
ICU_WASM_CFLAGS="-O2 -DU_CHARSET_IS_UTF8=1 -DUCONFIG_NO_LEGACY_CONVERSION=1 -DU_USING_ICU_NAMESPACE=0"
ICU_CONFIGURE_FLAGS="--enable-static --disable-shared --with-data-packaging=archive --disable-tools --disable-tests --disable-samples --disable-extras --disable-icuio --disable-layoutex"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache_root="${QALAM_CACHE:-$HOME/.cache/qalam}"
emcc_version="$(emcc --version | head -n1)"
key="$(printf '%s\n' "$ICU_DEB_VERSION" "$ICU_WASM_CFLAGS" "$ICU_CONFIGURE_FLAGS" "$emcc_version" "$CACHE_LAYOUT" | sha256sum | cut -c1-12)"
prefix="$cache_root/icu-$ICU_DEB_VERSION-wasm-$key"

if [[ -f "$prefix/.complete" ]]; then
  echo "ICU for wasm: cached at $prefix" >&2
  echo "$prefix"
  exit 0
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/qalam-icu.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# 1. Source from Debian's archive, checksums verified, patches applied.
"$here/unpack-deb-source.sh" icu "$ICU_DEB_VERSION" "$ICU_ORIG_SHA256" "$ICU_DEBIAN_SHA256" "$work/icu"

# 2. A native configure: the cross build only needs its config/icucross.* files.
mkdir -p "$work/native"
(cd "$work/native" && "$work/icu/source/configure" --disable-tests --disable-samples --disable-extras >/dev/null \
   && make config/icucross.mk config/icucross.inc >/dev/null)

# 3. The wasm build of the libraries the core uses: common (uc), i18n, stubdata.
mkdir -p "$work/wasm"
cd "$work/wasm"
CFLAGS="$ICU_WASM_CFLAGS" CXXFLAGS="$ICU_WASM_CFLAGS -std=c++17" \
  emconfigure "$work/icu/source/configure" --host=i686-pc-linux-gnu --with-cross-build="$work/native" \
  --prefix="$prefix" $ICU_CONFIGURE_FLAGS >/dev/null
mkdir -p lib bin
jobs="$(nproc)"
for dir in stubdata common i18n; do
  emmake make -j"$jobs" -C "$dir" >/dev/null
done
rm -rf "$prefix"
mkdir -p "$prefix/lib" "$prefix/include/unicode"
cp lib/libicuuc.a lib/libicui18n.a "$prefix/lib/"
cp stubdata/libicudata.a "$prefix/lib/" 2>/dev/null || cp lib/libicudata.a "$prefix/lib/"
cp "$work/icu/source/common/unicode/"*.h "$work/icu/source/i18n/unicode/"*.h "$prefix/include/unicode/"
# The full data package, from which scripts/make-icu-data.sh packs the trimmed
# one (icupkg insists that the file name matches the package name).
mkdir -p "$prefix/data"
cp "$work/icu/source/data/in/icudt72l.dat" "$prefix/data/icudt72l.dat"
touch "$prefix/.complete"
echo "ICU for wasm: built into $prefix" >&2
echo "$prefix"
