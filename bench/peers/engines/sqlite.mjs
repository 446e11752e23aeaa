// SQLite FTS5 from the official wasm build, in memory: tokenizer unicode61
// with remove_diacritics 2 (its documented Unicode setting), prefix indexes
// for 2 to 4 characters, ranked by bm25 (ORDER BY rank). Quoted strings make
// each word literal; adjacent strings are an implicit AND; "a b" is a phrase
// and "a" * a prefix. The saved index is the database image
// (sqlite3_js_db_export), loaded back with sqlite3_deserialize.
import sqlite3InitModule from '@sqlite.org/sqlite-wasm';

export async function create({ version }) {
  const sqlite3 = await sqlite3InitModule();
  let db = null;
  const quote = (w) => `"${w.replaceAll('"', '""')}"`;
  const match = (q) => {
    if (q.class === 'phrase') return quote(q.terms.join(' '));
    if (q.class === 'prefix') return `${quote(q.terms[0])} *`;
    return q.terms.map(quote).join(' ');
  };
  return {
    name: 'SQLite FTS5',
    version: `${version} (SQLite ${sqlite3.version.libVersion})`,
    settings: "fts5(title, text, tokenize='unicode61 remove_diacritics 2', prefix='2 3 4'), ORDER BY rank",
    wasmBytes: () => sqlite3.wasm.heap8u().buffer.byteLength,
    async build({ docs }) {
      db = new sqlite3.oo1.DB(':memory:');
      db.exec("CREATE VIRTUAL TABLE d USING fts5(title, text, tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')");
      db.transaction(() => {
        const stmt = db.prepare('INSERT INTO d(rowid, title, text) VALUES (?, ?, ?)');
        docs.forEach((d, n) => stmt.bind([n, d.title, d.text]).stepReset());
        stmt.finalize();
      });
    },
    async serialize() {
      const data = sqlite3.capi.sqlite3_js_db_export(db);
      return { bytes: data.length, data };
    },
    async load(data) {
      db.close();
      db = new sqlite3.oo1.DB(':memory:');
      const p = sqlite3.wasm.allocFromTypedArray(data);
      const c = sqlite3.capi;
      const rc = c.sqlite3_deserialize(db.pointer, 'main', p, data.length, data.length, c.SQLITE_DESERIALIZE_FREEONCLOSE | c.SQLITE_DESERIALIZE_RESIZEABLE);
      if (rc) throw new Error(`sqlite3_deserialize: ${rc}`);
    },
    supports: () => true,
    async search(q, limit) {
      const docs = db.selectValues('SELECT rowid FROM d WHERE d MATCH ? ORDER BY rank LIMIT ?', [match(q), limit]);
      return { total: docs.length, docs };
    },
    release() {
      if (db) db.close();
      db = null;
    },
  };
}
