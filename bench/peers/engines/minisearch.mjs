// MiniSearch over title and text with the Unicode letter splitter as its
// tokenizer (its default splits on Unicode space and punctuation too; ours
// also lower-cases after NFC). AND combination; prefix only for the prefix
// class; no phrase search, so phrases run as AND.
import MiniSearch from 'minisearch';
import { unicodeWords } from '../corpus.mjs';

export async function create({ version }) {
  const options = {
    fields: ['title', 'text'],
    tokenize: (s) => unicodeWords(s),
    processTerm: (t) => t.toLowerCase(),
    searchOptions: { combineWith: 'AND' },
  };
  let index = null;
  return {
    name: 'MiniSearch',
    version,
    settings: 'fields title,text; tokenize = Unicode letter splitter; combineWith AND; prefix only for prefix queries',
    wasmBytes: () => null,
    async build({ docs }) {
      index = new MiniSearch(options);
      index.addAll(docs.map((d, id) => ({ id, title: d.title, text: d.text })));
    },
    async serialize() {
      const data = JSON.stringify(index);
      return { bytes: Buffer.byteLength(data), data };
    },
    async load(data) {
      index = MiniSearch.loadJSON(data, options);
    },
    supports: (q) => (q.class === 'phrase' ? 'no phrase search: run as AND' : true),
    async search(q, limit) {
      const hits = index.search(q.terms.join(' '), { combineWith: 'AND', prefix: q.class === 'prefix' });
      return { total: hits.length, docs: hits.slice(0, limit).map((h) => h.id) };
    },
    release() {
      index = null;
    },
  };
}
