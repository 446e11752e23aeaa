// Orama 3 over title and text. Its built-in tokenizer splits on a per-language
// Latin character class, which drops Arabic and Cyrillic words, so a custom
// tokenizer (the Unicode letter splitter) replaces it, as its components API
// allows. threshold 0 keeps only documents holding every term (AND); exact
// is off: with it on, non-Latin words never matched here, so every word
// also matches as a prefix (Orama's radix-tree lookup).
// No phrase search: phrases run as AND. save/load is its own serialisation.
import { create as createDb, insertMultiple, search, save, load } from '@orama/orama';
import { unicodeWords } from '../corpus.mjs';

export async function create({ version }) {
  const tokenizer = () => ({ language: 'unicode', normalizationCache: new Map(), tokenize: (raw) => unicodeWords(String(raw)) });
  const newDb = () => createDb({ schema: { n: 'number', title: 'string', text: 'string' }, components: { tokenizer: tokenizer() } });
  let db = null;
  return {
    name: 'Orama',
    version,
    settings: 'schema title,text; custom tokenizer = Unicode letter splitter; threshold 0; exact off (exact: true drops non-Latin matches here), so every word also matches as a prefix',
    wasmBytes: () => null,
    async build({ docs }) {
      db = newDb();
      await insertMultiple(db, docs.map((d, n) => ({ id: String(n), n, title: d.title, text: d.text })), 2000);
    },
    async serialize() {
      const data = JSON.stringify(save(db));
      return { bytes: Buffer.byteLength(data), data };
    },
    async load(data) {
      db = newDb();
      load(db, JSON.parse(data));
    },
    supports: (q) => (q.class === 'phrase' ? 'no phrase search: run as AND' : true),
    async search(q, limit) {
      const r = await search(db, {
        term: q.terms.join(' '),
        properties: ['title', 'text'],
        threshold: 0,
        exact: false,
        limit,
      });
      return { total: r.count, docs: r.hits.map((h) => Number(h.id)) };
    },
    release() {
      db = null;
    },
  };
}
