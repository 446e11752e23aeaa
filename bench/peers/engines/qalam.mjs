// Qalam's own wasm build, loaded as tests/js/load-module.mjs does: module
// bytes and ICU data handed over explicitly. Entity extraction is off (index
// only), cross-script matching off (the peers have none; every query here is
// same-script).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function create({ root }) {
  const dir = process.env.QALAM_WASM_DIR || path.join(root, 'build/wasm-release/wasm');
  const icuFile = process.env.QALAM_ICU_DATA || path.join(root, 'build/wasm-release/icudt72l.dat');
  const { default: createQalamModule } = await import(pathToFileURL(path.join(dir, 'qalam.mjs')).href);
  const module = await createQalamModule({ wasmBinary: await readFile(path.join(dir, 'qalam.wasm')) });
  const error = module.loadIcuData(new Uint8Array(await readFile(icuFile)));
  if (error) throw new Error(`ICU data ${icuFile}: ${error.code}: ${error.message}`);
  let corpus = null;

  const queryText = (q) => {
    if (q.class === 'phrase') return `"${q.terms.join(' ')}"`;
    if (q.class === 'prefix') return `${q.terms[0]}*`;
    return q.terms.join(' ');
  };

  return {
    name: 'Qalam',
    version: 'wasm-release',
    settings: 'setEntityExtraction(false); searchDocuments(query, limit, crossScript=false) (ids and scores, no snippets, as the peers); phrase "a b", prefix a*',
    wasmBytes: () => module.HEAP8.buffer.byteLength,
    async build({ bytes }) {
      corpus = new module.Corpus();
      corpus.setEntityExtraction(false);
      const report = JSON.parse(corpus.addJsonLines('corpus.jsonl', bytes));
      if (report.issues.length) throw new Error(`Qalam import: ${JSON.stringify(report.issues.slice(0, 3))}`);
    },
    // save() compresses the sections with zlib; saveUncompressed() stores
    // them as they are (larger, nothing to inflate when loading).
    async serialize() {
      const data = corpus.save();
      return { bytes: data.length, data };
    },
    async serializeAlternative() {
      const data = corpus.saveUncompressed();
      return { label: 'uncompressed save', bytes: data.length, data };
    },
    async load(data) {
      corpus.delete();
      corpus = new module.Corpus();
      corpus.setEntityExtraction(false);
      const err = corpus.loadFrom(data);
      if (err) throw new Error(`Qalam loadFrom: ${err.code}: ${err.message}`);
    },
    supports: () => true,
    async search(q, limit) {
      const hits = corpus.searchDocuments(queryText(q), limit, false);
      try {
        const err = hits.error();
        if (err) throw new Error(`Qalam query ${queryText(q)}: ${err.code}: ${err.message}`);
        // docs() is a view into wasm memory, gone with hits.delete(): copied
        // out as a Uint32Array (one block copy, as the worker does), the
        // binding's own form; the harness only filters and counts the ids.
        // Array.from instead boxed every id and gave stalls of about 4 ms
        // in about 1 query of 200 on this machine.
        return { total: hits.total(), docs: hits.docs().slice() };
      } finally {
        hits.delete();
      }
    },
    release() {
      if (corpus) corpus.delete();
      corpus = null;
    },
  };
}
