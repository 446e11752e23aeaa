// FlexSearch 0.8 Document index over title and text. Its default encoder
// targets Latin; for a mixed-script corpus the documented way is a custom
// `encode` function, here the Unicode letter splitter. tokenize "forward"
// is its documented partial-match mode, needed for the prefix class (it
// makes every query word a prefix match). Multi-word queries intersect
// (AND); there is no phrase search, so phrases run as AND.
import FlexSearch from 'flexsearch';
import { unicodeWords } from '../corpus.mjs';

export async function create({ version }) {
  const options = () => ({
    document: { id: 'id', index: ['title', 'text'] },
    tokenize: 'forward',
    encode: unicodeWords,
  });
  let index = null;

  const intersect = (results) => {
    // A Document index answers per field; a document matches when it matches
    // in any field.
    const ids = new Set();
    for (const field of results) for (const id of field.result) ids.add(id);
    return [...ids];
  };

  return {
    name: 'FlexSearch',
    version,
    settings: 'Document{title,text}, tokenize "forward", encode = Unicode letter splitter + lower case',
    wasmBytes: () => null,
    async build({ docs }) {
      index = new FlexSearch.Document(options());
      docs.forEach((d, id) => index.add({ id, title: d.title, text: d.text }));
    },
    async serialize() {
      const parts = [];
      let bytes = 0;
      await index.export((key, data) => {
        parts.push([key, data]);
        bytes += Buffer.byteLength(key) + Buffer.byteLength(String(data ?? ''));
      });
      return { bytes, data: parts };
    },
    async load(parts) {
      index = new FlexSearch.Document(options());
      for (const [key, data] of parts) await index.import(key, data);
    },
    supports: (q) => (q.class === 'phrase' ? 'no phrase search: run as AND' : true),
    async search(q, limit) {
      const docs = intersect(index.search(q.terms.join(' '), { limit }));
      return { total: docs.length, docs: docs.slice(0, limit) };
    },
    release() {
      index = null;
    },
  };
}
