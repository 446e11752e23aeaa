#!/usr/bin/env bash
# Assembles the static site: web/ sources, the wasm module, the trimmed ICU
# data, the gazetteer, the name tagger's weights (when the build made them:
# without the labelled corpora names come from rules and lists only), the
# curated entity list and the sample corpus, in the
# layout the worker expects; then the page's third-party files from
# node_modules (fflate for .zip imports, Chart.js and d3-force for the views'
# charts, the Vazirmatn font) and, when
# Debian's fonts-dejavu-core and fonttools are installed, its Cyrillic face. fonts/fonts.css
# holds the @font-face rules of the faces staged.
# Usage: stage-site.sh WASM_BUILD_DIR OUTPUT_DIR
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$1"; out="$2"
for f in "$build/wasm/qalam.mjs" "$build/wasm/qalam.wasm" "$build/icudt72l.dat" "$build/gazetteer.bin"; do
  [[ -f "$f" ]] || { echo "stage-site: missing $f (build the wasm preset first)" >&2; exit 1; }
done
fflate="$root/node_modules/fflate/esm/browser.js"
vazirmatn="$root/node_modules/vazirmatn/fonts/webfonts/Vazirmatn[wght].woff2"
for f in "$fflate" "$vazirmatn" "$root/node_modules/chart.js/dist/chart.js" "$root/node_modules/d3-force/dist/d3-force.min.mjs"; do
  [[ -f "$f" ]] || { echo "stage-site: missing $f (run npm ci)" >&2; exit 1; }
done
dejavu=/usr/share/fonts/truetype/dejavu
rm -rf "$out.tmp"
mkdir -p "$out.tmp/wasm" "$out.tmp/data"
cp -R "$root/web/." "$out.tmp/"
cp "$build/wasm/qalam.mjs" "$build/wasm/qalam.wasm" "$build/icudt72l.dat" "$build/gazetteer.bin" "$out.tmp/wasm/"
if [[ -f "$build/name-tagger.bin" ]]; then
  cp "$build/name-tagger.bin" "$out.tmp/wasm/"
else
  echo "stage-site: no $build/name-tagger.bin (no labelled corpora at build time): names by rules and lists only" >&2
fi
cp "$root/data/sample/corpus.jsonl" "$out.tmp/data/sample.jsonl"
cp "$root/data/entities/curated.json" "$out.tmp/data/curated.json"
mkdir -p "$out.tmp/src/import/vendor" "$out.tmp/fonts"
cp "$fflate" "$out.tmp/src/import/vendor/fflate.js"
cp "$vazirmatn" "$out.tmp/fonts/Vazirmatn-Variable.woff2"
cp "$root/node_modules/vazirmatn/OFL.txt" "$out.tmp/fonts/Vazirmatn-OFL.txt"
cat "$root/web/fonts/arabic.css" > "$out.tmp/fonts/fonts.css"
# The views' chart libraries as plain ES modules in src/views/vendor/: their
# bare specifiers (@kurkle/color, d3-*) rewritten to the staged files, since
# the page has no bundler and its CSP allows no inline import map.
node --input-type=module - "$root/node_modules" "$out.tmp/src/views/vendor" <<'JS'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
const [modules, vendor] = process.argv.slice(2);
// [source in node_modules, staged path, {bare specifier: staged path it names}]
const files = [
  ['chart.js/dist/chart.js', 'chart.js/chart.js', { '@kurkle/color': 'kurkle-color.js' }],
  ['chart.js/dist/chunks/index.js', 'chart.js/chunks/index.js', { '@kurkle/color': 'kurkle-color.js' }],
  ['@kurkle/color/dist/color.esm.js', 'kurkle-color.js', {}],
  ['d3-force/dist/d3-force.min.mjs', 'd3-force.js', { 'd3-dispatch': 'd3-dispatch.js', 'd3-quadtree': 'd3-quadtree.js', 'd3-timer': 'd3-timer.js' }],
  ['d3-dispatch/dist/d3-dispatch.min.mjs', 'd3-dispatch.js', {}],
  ['d3-quadtree/dist/d3-quadtree.min.mjs', 'd3-quadtree.js', {}],
  ['d3-timer/dist/d3-timer.min.mjs', 'd3-timer.js', {}],
];
const specifier = /((?:\bfrom|\bimport)\s*)(['"])([^'"]+)\2/g;
for (const [source, target, bare] of files) {
  const at = path.join(vendor, target);
  mkdirSync(path.dirname(at), { recursive: true });
  let code = readFileSync(path.join(modules, source), 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
  code = code.replace(specifier, (whole, keyword, quote, name) => {
    if (name.startsWith('./') || name.startsWith('../')) return whole;
    if (!(name in bare)) throw new Error(`stage-site: ${source} imports ${name}, which is not staged`);
    let relative = path.relative(path.dirname(at), path.join(vendor, bare[name])).split(path.sep).join('/');
    if (!relative.startsWith('.')) relative = `./${relative}`;
    return `${keyword}${quote}${relative}${quote}`;
  });
  writeFileSync(at, code);
}
for (const [license, target] of [['chart.js/LICENSE.md', 'chart.js/LICENSE.md'], ['@kurkle/color/LICENSE.md', 'kurkle-color-LICENSE.md'],
  ['d3-force/LICENSE', 'd3-force-LICENSE.txt'], ['d3-dispatch/LICENSE', 'd3-dispatch-LICENSE.txt'],
  ['d3-quadtree/LICENSE', 'd3-quadtree-LICENSE.txt'], ['d3-timer/LICENSE', 'd3-timer-LICENSE.txt']]) {
  copyFileSync(path.join(modules, license), path.join(vendor, target));
}
JS
# DejaVu Sans cut down to the Cyrillic blocks its @font-face rules cover
# (unicode-range), as WOFF2: about 25 KB a weight instead of 700 KB.
cyrillic_ranges="U+0400-052F,U+1C80-1C88,U+2DE0-2DFF,U+A640-A69F"
if [[ -f "$dejavu/DejaVuSans.ttf" && -f "$dejavu/DejaVuSans-Bold.ttf" ]] && command -v pyftsubset >/dev/null; then
  for face in DejaVuSans DejaVuSans-Bold; do
    pyftsubset "$dejavu/$face.ttf" --unicodes="$cyrillic_ranges" --layout-features='*' --flavor=woff2 \
      --output-file="$out.tmp/fonts/$face-Cyrillic.woff2" 2>/dev/null
  done
  cat "$root/web/fonts/cyrillic.css" >> "$out.tmp/fonts/fonts.css"
else
  echo "stage-site: no DejaVu Sans or no pyftsubset (fonts-dejavu-core, fonttools, python3-brotli): Cyrillic uses the system font" >&2
fi
rm -f "$out.tmp/fonts/arabic.css" "$out.tmp/fonts/cyrillic.css"
# The service worker's precache list: every staged file but itself, and a
# version that changes whenever any file's content does.
node --input-type=module - "$out.tmp" <<'JS'
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
const dir = process.argv[2];
const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/'))
  .filter((file) => file !== 'sw.js' && file !== 'sw-manifest.js')
  .sort();
const hash = createHash('sha256');
for (const file of files) hash.update(`${file}\0`).update(readFileSync(path.join(dir, file))).update('\0');
const manifest = { version: hash.digest('hex').slice(0, 32), files };
writeFileSync(path.join(dir, 'sw-manifest.js'), `self.QALAM_PRECACHE = ${JSON.stringify(manifest, null, 2)};\n`);
JS
rm -rf "$out"
mv "$out.tmp" "$out"
