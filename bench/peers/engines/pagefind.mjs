// Pagefind: the index is built by its native binary (a platform package
// installed as an optional dependency) through the Node API, one custom
// record per document with its own language, then searched with the
// pagefind.js it emits, run in this process with `fetch` answered from the
// emitted files in memory. Its build memory is in the binary's own process
// and is not counted here. Multi-word queries match all words; "a b" is its
// quoted exact-phrase syntax; it matches the last word as a prefix anyway.
import * as pagefind from 'pagefind';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function create({ version }) {
  let files = null;
  let api = null;
  let dir = null;
  const realFetch = globalThis.fetch;

  const serveFiles = (byPath) => {
    globalThis.fetch = async (url) => {
      const p = new URL(String(url), 'file:///pf/').pathname.replace(/^\/pf\//u, '');
      const body = byPath.get(p);
      return body ? new Response(body) : new Response(null, { status: 404 });
    };
  };

  return {
    name: 'Pagefind',
    version,
    settings: 'createIndex({forceLanguage: "unknown"}) (one index for all languages), addCustomRecord per document; search via emitted pagefind.js',
    wasmBytes: () => null,
    async build({ docs }) {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'unknown' });
      if (errors.length) throw new Error(`createIndex: ${errors.join('; ')}`);
      for (let n = 0; n < docs.length; n++) {
        const r = await index.addCustomRecord({ url: `/${n}`, content: `${docs[n].title}\n${docs[n].text}`, language: 'unknown', meta: { title: docs[n].title } });
        if (r.errors.length) throw new Error(`addCustomRecord ${n}: ${r.errors.join('; ')}`);
      }
      const out = await index.getFiles();
      if (out.errors.length) throw new Error(`getFiles: ${out.errors.join('; ')}`);
      files = out.files;
    },
    async serialize() {
      // The index proper: entry, meta, index chunks and fragments (not the UI scripts or wasm).
      const data = files.filter((f) => /\.pf_|pagefind-entry\.json/u.test(f.path));
      const bytes = data.reduce((s, f) => s + f.content.length, 0);
      return { bytes, data: files, files: data.length };
    },
    async load(all) {
      dir = mkdtempSync(path.join(os.tmpdir(), 'qalam-pagefind-'));
      for (const f of all) {
        mkdirSync(path.dirname(path.join(dir, f.path)), { recursive: true });
        writeFileSync(path.join(dir, f.path), f.content);
      }
      serveFiles(new Map(all.map((f) => [f.path, Buffer.from(f.content)])));
      api = await import(`${pathToFileURL(path.join(dir, 'pagefind.js')).href}?${Date.now()}`);
      await api.options({ basePath: '/pf/' });
      await api.init();
      await api.search('warmup');
    },
    supports: () => true,
    async search(q, limit) {
      const text = q.class === 'phrase' ? `"${q.terms.join(' ')}"` : q.terms.join(' ');
      const r = await api.search(text);
      const top = r.results.slice(0, limit);
      const data = await Promise.all(top.map((h) => h.data()));
      return { total: r.results.length, docs: data.map((d) => Number(d.url.replace(/^\/|\/$/gu, ''))) };
    },
    async release() {
      globalThis.fetch = realFetch;
      if (dir) rmSync(dir, { recursive: true, force: true });
      await pagefind.close();
      files = api = null;
    },
  };
}
