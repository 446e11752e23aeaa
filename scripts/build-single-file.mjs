#!/usr/bin/env node
// Writes the explorer as one self-contained HTML file that works when opened
// from disk (file://) with no server and no network.
//
//   node scripts/build-single-file.mjs SITE_DIR OUT.html
//
// SITE_DIR is a staged site (scripts/stage-site.sh). How the file works:
//
// - Every ES module reachable from index.html's module scripts is kept
//   unchanged except for its relative specifiers (static and dynamic imports,
//   re-exports), which become the blob: URLs the page makes for their targets,
//   and `import.meta.url`, which becomes the module's virtual URL
//   `qalam:/<path in the site>`. Modules keep real ES module semantics; nothing
//   is evaluated as a string.
// - Files the code fetches (wasm/*, data/*, and any `new URL('…',
//   import.meta.url)` target) are stored base64-encoded and become Blobs. A
//   small prelude answers fetch() of a `qalam:/` URL from them (so
//   `new URL('qalam.wasm', WASM_DIR)` and friends resolve as on a server) and
//   starts `new Worker()` of a `qalam:/` module as a classic blob: worker that
//   links the modules again in its own context (see the loader below for why).
// - Stylesheets are inlined; the module data is one JSON data block, which a
//   browser never executes.
//
// The file carries its own Content-Security-Policy: the loader script and each
// stylesheet are allowed by their SHA-256 hashes (no 'unsafe-inline'), scripts
// and workers additionally from blob: (the modules above, created by that
// loader), 'wasm-unsafe-eval' for compiling the module, fetch() only of blob:
// URLs, and nothing from anywhere else. No 'unsafe-eval'.

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const VIRTUAL_ROOT = 'qalam:/';

// Files of the staged site never put in the single file: the service worker
// and its manifest (nothing to register from a file), the embedding kit and
// type declarations.
const EXCLUDED = [/^sw\.js$/, /^sw-manifest\.js$/, /^src\/embed\//, /\.d\.ts$/];
// Folders whose files the code may fetch through computed URLs. (Fonts and
// images of the stylesheets are inlined into them instead.)
const ASSET_FOLDERS = ['wasm/', 'data/'];

const MIME_TYPES = Object.freeze({
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.jsonl': 'application/x-ndjson',
  '.csv': 'text/csv',
  '.txt': 'text/plain',
  '.dat': 'application/octet-stream',
  '.bin': 'application/octet-stream',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
});

function mimeType(file) {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

// Files a page hands to the browser by URL rather than fetching them.
const BROWSER_LOADED = /\.(css|svg|png|jpe?g|gif|webp|woff2?)$/i;

function isModulePath(file) {
  return /\.m?js$/.test(file);
}

// ---------------------------------------------------------------------------
// A JavaScript tokenizer just precise enough to tell code from comments,
// strings, template literals and regular expressions, so that module
// references are found only in code.

const PUNCTUATORS = ['>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=',
  '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=', '%=',
  '&=', '|=', '^=', '<<', '>>', '**'];
// After these keywords a `/` starts a regular expression, not a division.
const REGEX_AFTER_KEYWORD = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void',
  'throw', 'case', 'do', 'else', 'yield', 'await']);

function isIdentifierStart(ch) {
  return /[\p{ID_Start}$_\\]/u.test(ch);
}

function isIdentifierPart(ch) {
  return /[\p{ID_Continue}$_\u200c\u200d\\]/u.test(ch);
}

// Returns the significant tokens: {type: 'ident'|'string'|'template'|'number'|
// 'regex'|'punct', value, start, end}. Throws on an unterminated literal.
export function tokenize(source, file = '<source>') {
  const tokens = [];
  const braces = []; // per open `{`: whether it opened a template substitution
  let i = 0;
  const fail = (what) => {
    const line = source.slice(0, i).split('\n').length;
    throw new Error(`${file}:${line}: ${what}`);
  };
  const regexAllowed = () => {
    const last = tokens[tokens.length - 1];
    if (!last) return true;
    if (last.type === 'ident') return REGEX_AFTER_KEYWORD.has(last.value);
    if (last.type === 'punct') return ![')', ']', '}'].includes(last.value);
    return false;
  };
  // Reads a template literal's text from i (just after ` or }) to its end or
  // to the next `${`.
  const templateChunk = (start) => {
    while (i < source.length) {
      const ch = source[i];
      if (ch === '\\') {
        i += 2;
      } else if (ch === '`') {
        i++;
        tokens.push({ type: 'template', value: null, start, end: i });
        return;
      } else if (ch === '$' && source[i + 1] === '{') {
        i += 2;
        tokens.push({ type: 'template', value: null, start, end: i });
        braces.push(true);
        return;
      } else {
        i++;
      }
    }
    fail('unterminated template literal');
  };

  while (i < source.length) {
    const ch = source[i];
    const start = i;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n' && source[i] !== '\r' && source[i] !== '\u2028' && source[i] !== '\u2029') i++;
    } else if (ch === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      if (end < 0) fail('unterminated comment');
      i = end + 2;
    } else if (ch === '#' && i === 0 && source[1] === '!') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (ch === '"' || ch === "'") {
      i++;
      let value = '';
      let escaped = false;
      while (i < source.length && source[i] !== ch) {
        if (source[i] === '\n') fail('unterminated string');
        if (source[i] === '\\') {
          escaped = true;
          i += 2;
        } else {
          value += source[i++];
        }
      }
      if (i >= source.length) fail('unterminated string');
      i++;
      tokens.push({ type: 'string', value: escaped ? null : value, start, end: i });
    } else if (ch === '`') {
      i++;
      templateChunk(start);
    } else if (ch === '}' && braces.length > 0 && braces[braces.length - 1]) {
      braces.pop();
      i++;
      templateChunk(start);
    } else if (ch === '/' && regexAllowed()) {
      i++;
      let inClass = false;
      while (i < source.length) {
        const c = source[i];
        if (c === '\n') fail('unterminated regular expression');
        if (c === '\\') {
          i += 2;
          continue;
        }
        i++;
        if (c === '[') inClass = true;
        else if (c === ']') inClass = false;
        else if (c === '/' && !inClass) break;
      }
      while (i < source.length && isIdentifierPart(source[i])) i++;
      tokens.push({ type: 'regex', value: null, start, end: i });
    } else if (isIdentifierStart(ch)) {
      while (i < source.length && isIdentifierPart(source[i])) i++;
      tokens.push({ type: 'ident', value: source.slice(start, i), start, end: i });
    } else if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(source[i + 1] ?? ''))) {
      i++;
      while (i < source.length && /[0-9A-Za-z_.]/.test(source[i])) {
        // exponent sign: 1e-5
        if (/[eE]/.test(source[i]) && /[+-]/.test(source[i + 1] ?? '') && !/^0[xX]/.test(source.slice(start, i))) i++;
        i++;
      }
      tokens.push({ type: 'number', value: source.slice(start, i), start, end: i });
    } else {
      const punct = PUNCTUATORS.find((p) => source.startsWith(p, i)) ?? ch;
      i += punct.length;
      if (punct === '{') braces.push(false);
      else if (punct === '}') braces.pop();
      tokens.push({ type: 'punct', value: punct, start, end: i });
    }
  }
  return tokens;
}

// The references of one module: [{kind: 'import'|'dynamic'|'url'|'meta',
// start, end, specifier}] with [start, end) the source span to replace
// (the string literal, or the whole `import.meta.url`).
export function moduleReferences(source, file) {
  const tokens = tokenize(source, file);
  const refs = [];
  const is = (k, type, value) => tokens[k]?.type === type && (value === undefined || tokens[k].value === value);
  const isMetaUrl = (k) => is(k, 'ident', 'import') && is(k + 1, 'punct', '.') && is(k + 2, 'ident', 'meta')
    && is(k + 3, 'punct', '.') && is(k + 4, 'ident', 'url');
  const literal = (k) => {
    if (tokens[k].value === null) throw new Error(`${file}: a module specifier with escapes is not supported`);
    return tokens[k].value;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type !== 'ident') continue;
    if (t.value === 'from' && is(k + 1, 'string') && !is(k - 1, 'punct', '.')) {
      refs.push({ kind: 'import', start: tokens[k + 1].start, end: tokens[k + 1].end, specifier: literal(k + 1) });
    } else if (t.value === 'import' && is(k + 1, 'string') && !is(k - 1, 'punct', '.')) {
      refs.push({ kind: 'import', start: tokens[k + 1].start, end: tokens[k + 1].end, specifier: literal(k + 1) });
    } else if (t.value === 'import' && is(k + 1, 'punct', '(') && is(k + 2, 'string')
               && (is(k + 3, 'punct', ')') || is(k + 3, 'punct', ','))) {
      refs.push({ kind: 'dynamic', start: tokens[k + 2].start, end: tokens[k + 2].end, specifier: literal(k + 2) });
    } else if (isMetaUrl(k)) {
      const url = is(k - 2, 'string') && is(k - 1, 'punct', ',') && is(k - 3, 'punct', '(')
        && is(k - 4, 'ident', 'URL') && is(k - 5, 'ident', 'new');
      if (url) refs.push({ kind: 'url', start: tokens[k - 2].start, end: tokens[k - 2].end, specifier: literal(k - 2) });
      refs.push({ kind: 'meta', start: t.start, end: tokens[k + 4].end, specifier: null });
      k += 4;
    }
  }
  return refs;
}

// ---------------------------------------------------------------------------

function resolveInSite(fromPath, specifier) {
  const url = new URL(specifier, `${VIRTUAL_ROOT}${fromPath}`);
  if (!url.href.startsWith(VIRTUAL_ROOT)) return null;
  return decodeURIComponent(url.pathname.replace(/^\//, ''));
}

function isRelative(specifier) {
  return specifier.startsWith('./') || specifier.startsWith('../');
}

async function listFiles(root, prefix = '') {
  const out = [];
  for (const entry of await readdir(path.join(root, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...await listFiles(root, relative));
    else if (entry.isFile()) out.push(relative);
  }
  return out.sort();
}

// Reads the module graph from `entries`; returns the modules in an order where
// every module comes after the modules it refers to, and the asset paths the
// modules name through `new URL(…, import.meta.url)`.
async function readModuleGraph(site, entries, warn) {
  const modules = new Map(); // path -> {path, source, refs, deps: Set}
  const assets = new Set();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift();
    if (modules.has(file)) continue;
    const source = await readFile(path.join(site, file), 'utf8');
    const refs = moduleReferences(source, file);
    const deps = new Set();
    for (const ref of refs) {
      if (ref.kind === 'meta') continue;
      // `new URL('name', import.meta.url)` is relative unless it has a scheme.
      if (ref.kind === 'url' ? /^([a-z][a-z0-9+.-]*:|\/)/i.test(ref.specifier) : !isRelative(ref.specifier)) continue;
      const target = resolveInSite(file, ref.specifier);
      const exists = target !== null && existsSync(path.join(site, target)) && (await stat(path.join(site, target))).isFile();
      if (ref.kind === 'url') {
        if (!exists) continue; // a folder (`new URL('../wasm/', …)`) or a computed name
        if (isModulePath(target)) {
          deps.add(target);
          queue.push(target);
        } else {
          assets.add(target);
          // The browser loads these itself (a <link>, an <img>), not through
          // fetch(): they get the blob: URL of the file.
          if (BROWSER_LOADED.test(target)) ref.target = target;
        }
        continue;
      }
      if (!exists) {
        // A dynamic import of a missing file fails when it runs, as it would
        // on a server; a static one could never load.
        if (ref.kind === 'dynamic') {
          warn(`${file}: import('${ref.specifier}') names no file in the site; left as it is`);
          continue;
        }
        throw new Error(`${file}: imports '${ref.specifier}', which is not in the site`);
      }
      ref.target = target;
      deps.add(target);
      queue.push(target);
    }
    modules.set(file, { path: file, source, refs, deps });
  }
  // Depth-first post-order: dependencies first. Blob URLs are immutable, so
  // a cycle cannot be linked and is an error.
  const ordered = [];
  const state = new Map();
  const visit = (file, trail) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') throw new Error(`module cycle: ${[...trail, file].join(' -> ')}`);
    state.set(file, 'open');
    for (const dep of modules.get(file).deps) visit(dep, [...trail, file]);
    state.set(file, 'done');
    ordered.push(modules.get(file));
  };
  for (const file of modules.keys()) visit(file, []);
  return { modules: ordered, assets };
}

// A module's source as parts: strings, and {module: path} or {file: path}
// where the blob URL of that module or file goes (as a string literal).
function moduleParts({ path: file, source, refs }) {
  const parts = [];
  let at = 0;
  for (const ref of refs.slice().sort((a, b) => a.start - b.start)) {
    let replacement = null;
    if (ref.kind === 'meta') replacement = JSON.stringify(`${VIRTUAL_ROOT}${file}`);
    else if ((ref.kind === 'import' || ref.kind === 'dynamic') && ref.target) replacement = { module: ref.target };
    else if (ref.kind === 'url' && ref.target && !isModulePath(ref.target)) replacement = { file: ref.target };
    if (replacement === null) continue;
    parts.push(source.slice(at, ref.start), replacement);
    at = ref.end;
  }
  parts.push(source.slice(at));
  // Join adjacent strings.
  const out = [];
  for (const part of parts) {
    if (typeof part === 'string' && typeof out[out.length - 1] === 'string') out[out.length - 1] += part;
    else if (part !== '') out.push(part);
  }
  return out;
}

// ---------------------------------------------------------------------------
// The page's loader. Its source is put into the HTML as the only inline
// script (allowed by its hash): it reads the bundle, makes the blob: URLs,
// installs the prelude and imports the entry modules.
//
// What a page opened from a file may do (Chromium): its own opaque origin
// lets it import the module blobs it makes and start a *classic* worker from
// a blob, but a module worker from a blob, or a worker importing the page's
// blobs, fails. So a worker here is a classic bootstrap that receives the
// module texts and the files (as Blobs) in its first message, makes its own
// blob: URLs and imports the worker module from them; messages that arrive
// meanwhile are held and delivered once the module has installed its
// listeners.

function qalamSingleFileLoader(bundleElementId) {
  // fetch() of a `qalam:/` URL answered from the files' blob: URLs; with
  // `makeWorker`, also `new Worker()` of a `qalam:/` module. Self-contained:
  // its source is also put into each worker.
  function installPrelude(root, files, makeWorker) {
    const nativeFetch = globalThis.fetch.bind(globalThis);
    const virtualPath = (input) => {
      const url = typeof input === 'string' ? input : (input instanceof URL ? input.href : input?.url);
      if (typeof url !== 'string' || !url.startsWith(root)) return null;
      return decodeURIComponent(url.slice(root.length).replace(/[?#].*$/, ''));
    };
    globalThis.fetch = function fetch(input, init) {
      const file = virtualPath(input);
      if (file === null) return nativeFetch(input, init);
      const blobUrl = files[file];
      if (!blobUrl) return Promise.resolve(new Response(`${file}: not in this file`, { status: 404, statusText: 'Not Found' }));
      return nativeFetch(blobUrl);
    };
    if (makeWorker) {
      const NativeWorker = globalThis.Worker;
      globalThis.Worker = class Worker extends NativeWorker {
        constructor(url, options = {}) {
          const file = virtualPath(url);
          if (file === null) {
            super(url, options);
          } else {
            const { script, message } = makeWorker(file);
            super(script, { name: options.name });
            super.postMessage(message);
          }
        }
      };
    }
  }

  // Blob URLs for the modules (listed dependencies first), each with its
  // dependencies' URLs in place of its relative specifiers and the files'
  // URLs (of this context) where the browser loads them by itself.
  function linkModules(modules, files) {
    const urls = new Map();
    const url = (part) => (part.module !== undefined ? urls.get(part.module) : files[part.file]);
    for (const module of modules) {
      const text = module.parts.map((part) => (typeof part === 'string' ? part : JSON.stringify(url(part)))).join('');
      urls.set(module.path, URL.createObjectURL(new Blob([text], { type: 'text/javascript' })));
    }
    return urls;
  }

  // Runs as a classic worker script.
  function workerBootstrap(install, link) {
    const held = [];
    let booting = false;
    const hold = (event) => {
      event.stopImmediatePropagation();
      if (booting) {
        held.push(event);
        return;
      }
      booting = true;
      const { root, entry, modules, assets } = event.data;
      const files = {};
      for (const [file, blob] of Object.entries(assets)) files[file] = URL.createObjectURL(blob);
      install(root, files, null);
      import(link(modules, files).get(entry)).then(() => {
        self.removeEventListener('message', hold);
        for (const message of held) self.dispatchEvent(new MessageEvent('message', { data: message.data, ports: [...message.ports] }));
      }, (error) => {
        setTimeout(() => {
          throw error;
        });
      });
    };
    self.addEventListener('message', hold);
  }

  const bundle = JSON.parse(document.getElementById(bundleElementId).textContent);
  const assets = {};
  const files = {};
  for (const asset of bundle.assets) {
    const text = atob(asset.base64);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    assets[asset.path] = new Blob([bytes], { type: asset.type });
    files[asset.path] = URL.createObjectURL(assets[asset.path]);
  }
  const bootstrap = URL.createObjectURL(new Blob(
    [`(${workerBootstrap.toString()})(${installPrelude.toString()}, ${linkModules.toString()});\n`],
    { type: 'text/javascript' },
  ));
  const makeWorker = (entry) => ({
    script: bootstrap,
    message: { root: bundle.root, entry, modules: bundle.modules, assets },
  });
  installPrelude(bundle.root, files, makeWorker);
  const modules = linkModules(bundle.modules, files);
  for (const entry of bundle.entries) import(modules.get(entry));
}


// ---------------------------------------------------------------------------

function sha256(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function escapeScriptData(json) {
  // Inside <script type="application/json"> only `</script` (and `<!--`)
  // matter; escaping every `<` covers both.
  return json.replace(/</g, '\\u003c');
}

function attribute(tag, name) {
  const match = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return match ? (match[1] ?? match[2] ?? match[3]) : null;
}

// Inlines url(...) references of a stylesheet as data: URLs.
async function inlineCssUrls(site, cssPath, css) {
  let out = '';
  let at = 0;
  for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
    const target = match[2];
    if (/^(data|blob):/i.test(target) || target.startsWith('#')) continue;
    const file = resolveInSite(cssPath, target);
    if (file === null || !existsSync(path.join(site, file))) throw new Error(`${cssPath}: url(${target}) is not in the site`);
    const bytes = await readFile(path.join(site, file));
    out += `${css.slice(at, match.index)}url("data:${mimeType(file)};base64,${bytes.toString('base64')}")`;
    at = match.index + match[0].length;
  }
  return out + css.slice(at);
}

export async function buildSingleFile(site, { warn = (message) => console.warn(`build-single-file: ${message}`) } = {}) {
  const indexPath = path.join(site, 'index.html');
  if (!existsSync(indexPath)) throw new Error(`${site} has no index.html (stage the site first)`);
  let html = await readFile(indexPath, 'utf8');

  // Module scripts become entries of the bundle; classic or inline scripts
  // have no place in a page with this policy.
  const entries = [];
  html = html.replace(/<script\b[^>]*>\s*<\/script>\s*/gi, (tag) => {
    const src = attribute(tag, 'src');
    if (!src || (attribute(tag, 'type') ?? '').toLowerCase() !== 'module') throw new Error(`index.html: only module scripts with src are supported: ${tag}`);
    const file = resolveInSite('index.html', src);
    if (file === null || !existsSync(path.join(site, file))) throw new Error(`index.html: ${src} is not in the site`);
    entries.push(file);
    return '';
  });
  if (/<script\b(?![^>]*type="application\/(?:ld\+)?json")/i.test(html)) throw new Error('index.html: an inline script is left');

  // Stylesheets: inlined, each allowed by its hash.
  const styleHashes = [];
  const stylesheets = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase();
    if (rel === 'stylesheet') stylesheets.push(tag);
  }
  for (const tag of stylesheets) {
    const href = attribute(tag, 'href');
    const file = resolveInSite('index.html', href);
    if (file === null || !existsSync(path.join(site, file))) throw new Error(`index.html: stylesheet ${href} is not in the site`);
    const css = await inlineCssUrls(site, file, await readFile(path.join(site, file), 'utf8'));
    if (/<\/style/i.test(css)) throw new Error(`${file}: contains </style`);
    styleHashes.push(sha256(css));
    html = html.replace(tag, () => `<style>${css}</style>`);
  }
  html = html.replace(/<link\b[^>]*\brel="(?:modulepreload|preload|manifest)"[^>]*>\s*/gi, '');

  const { modules, assets } = await readModuleGraph(site, entries, warn);
  const files = (await listFiles(site)).filter((file) => !EXCLUDED.some((pattern) => pattern.test(file)));
  for (const file of files) {
    if (ASSET_FOLDERS.some((folder) => file.startsWith(folder)) && !modules.some((m) => m.path === file)) assets.add(file);
  }

  const bundle = {
    root: VIRTUAL_ROOT,
    entries,
    modules: modules.map((module) => ({ path: module.path, parts: moduleParts(module) })),
    assets: [],
  };
  for (const file of [...assets].sort()) {
    let bytes = await readFile(path.join(site, file));
    if (file.endsWith('.css')) bytes = Buffer.from(await inlineCssUrls(site, file, bytes.toString('utf8')));
    bundle.assets.push({ path: file, type: mimeType(file), base64: bytes.toString('base64') });
  }

  const bundleId = 'qalam-single-file-bundle';
  const loader = `(${qalamSingleFileLoader.toString()})(${JSON.stringify(bundleId)});\n`;
  const policy = [
    "default-src 'none'",
    `script-src ${sha256(loader)} blob: 'wasm-unsafe-eval'`,
    'worker-src blob:',
    'connect-src blob:',
    `style-src ${[...styleHashes, 'blob:'].join(' ')}`,
    'img-src data: blob:',
    'font-src data:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  const csp = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  const existing = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i;
  html = existing.test(html) ? html.replace(existing, () => csp) : html.replace(/<head>/i, (head) => `${head}\n  ${csp}`);
  html = html.replace(/<\/head>/i, (end) => `  <script type="module">${loader}</script>\n${end}`);
  html = html.replace(/<\/body>/i, (end) => `<script type="application/json" id="${bundleId}">${escapeScriptData(JSON.stringify(bundle))}</script>\n${end}`);
  return { html, policy, modules: modules.map((m) => m.path), assets: [...assets].sort() };
}

async function main(argv) {
  if (argv.length !== 2 || argv[0].startsWith('-')) {
    console.error('usage: node scripts/build-single-file.mjs SITE_DIR OUT.html');
    process.exit(2);
  }
  const [site, out] = argv;
  const { html, modules, assets } = await buildSingleFile(site);
  await writeFile(out, html);
  const raw = Buffer.byteLength(html);
  const gzipped = gzipSync(html, { level: 9 }).length;
  console.log(`${out}: ${raw} bytes, ${gzipped} gzipped (${modules.length} modules, ${assets.length} files)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`build-single-file: ${error.message}`);
    process.exit(1);
  });
}
