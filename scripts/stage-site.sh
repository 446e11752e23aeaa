#!/usr/bin/env bash
# Assembles the static site: web/ sources, the wasm module, the trimmed ICU
# data, the gazetteer, the curated entity list and the sample corpus, in the layout the worker expects.
# Usage: stage-site.sh WASM_BUILD_DIR OUTPUT_DIR
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$1"; out="$2"
for f in "$build/wasm/qalam.mjs" "$build/wasm/qalam.wasm" "$build/icudt72l.dat" "$build/gazetteer.bin"; do
  [[ -f "$f" ]] || { echo "stage-site: missing $f (build the wasm preset first)" >&2; exit 1; }
done
rm -rf "$out.tmp"
mkdir -p "$out.tmp/wasm" "$out.tmp/data"
cp -R "$root/web/." "$out.tmp/"
cp "$build/wasm/qalam.mjs" "$build/wasm/qalam.wasm" "$build/icudt72l.dat" "$build/gazetteer.bin" "$out.tmp/wasm/"
cp "$root/data/sample/corpus.jsonl" "$out.tmp/data/sample.jsonl"
cp "$root/data/entities/curated.json" "$out.tmp/data/curated.json"
rm -rf "$out"
mv "$out.tmp" "$out"
