// Lunr 2: its trimmer strips \W (every non-ASCII letter) and its stemmer and
// stop words are English, so for this corpus the pipeline is emptied and the
// tokenizer splits on anything but Unicode letters, marks and digits (the
// documented `lunr.tokenizer.separator`). Every term is REQUIRED (AND);
// prefix queries use a trailing wildcard; no phrase search (run as AND).
import lunr from 'lunr';

export async function create({ version }) {
  let index = null;
  lunr.tokenizer.separator = /[^\p{L}\p{M}\p{N}]+/u;
  return {
    name: 'Lunr',
    version,
    settings: 'separator /[^\\p{L}\\p{M}\\p{N}]+/u; pipeline and searchPipeline emptied (no ASCII trimmer, English stemmer or stop words); terms REQUIRED',
    wasmBytes: () => null,
    async build({ docs }) {
      index = lunr(function () {
        this.pipeline.reset();
        this.searchPipeline.reset();
        this.ref('id');
        this.field('title');
        this.field('text');
        docs.forEach((d, id) => this.add({ id, title: d.title.normalize('NFC'), text: d.text.normalize('NFC') }));
      });
    },
    async serialize() {
      const data = JSON.stringify(index);
      return { bytes: Buffer.byteLength(data), data };
    },
    async load(data) {
      index = lunr.Index.load(JSON.parse(data));
    },
    supports: (q) => (q.class === 'phrase' ? 'no phrase search: run as AND' : true),
    async search(q, limit) {
      const words = q.terms.flatMap((t) => t.normalize('NFC').toLowerCase().split(lunr.tokenizer.separator)).filter(Boolean);
      const hits = index.query((query) => {
        for (const w of words) {
          query.term(w, {
            presence: lunr.Query.presence.REQUIRED,
            wildcard: q.class === 'prefix' ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
            usePipeline: false,
          });
        }
      });
      return { total: hits.length, docs: hits.slice(0, limit).map((h) => Number(h.ref)) };
    },
    release() {
      index = null;
    },
  };
}
