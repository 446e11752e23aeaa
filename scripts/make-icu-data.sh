#!/usr/bin/env bash
# Packs the ICU items listed in data/icu/items.txt out of ICU's full data
# package into a trimmed package. The output must be named icudt72l.dat: ICU
# looks items up under that package name.
# Usage: make-icu-data.sh FULL_DAT ITEMS_LIST OUTPUT_DIR
set -euo pipefail
full="$1"; list="$2"; out_dir="$3"
work="$(mktemp -d "${TMPDIR:-/tmp}/qalam-icudata.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# icupkg takes -x/-a lists as files only when their names end in .txt.
grep -v -E '^\s*(#|$)' "$list" > "$work/items.txt"
icupkg -l "$full" > "$work/available"
if missing="$(grep -vxF -f "$work/available" "$work/items.txt")"; then
  echo "make-icu-data: not in $full: $missing" >&2
  exit 1
fi
mkdir -p "$work/items.d" "$out_dir"
icupkg -x "$work/items.txt" -d "$work/items.d" "$full"
# The dependencies left out on purpose (line/title rules, dictionaries) are
# reported by icupkg; keep its output only for a failure.
if ! (cd "$work" && icupkg --ignore-deps -s items.d -a items.txt new icudt72l.dat) 2> "$work/log"; then
  cat "$work/log" >&2
  exit 1
fi
mv "$work/icudt72l.dat" "$out_dir/icudt72l.dat"
echo "make-icu-data: $(wc -c < "$out_dir/icudt72l.dat") bytes, $(wc -l < "$work/items.txt") items -> $out_dir/icudt72l.dat" >&2
