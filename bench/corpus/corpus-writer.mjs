// Writes corpus records as JSON Lines and remembers, for every record, where
// its line is and how much text it holds: what the slice selection and the
// tables need, without keeping 200 MB of text in memory. A source that fails
// half-way is cut back out of the file, so the corpus holds whole sources.

import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs';

const FLUSH_BYTES = 8 << 20;
const LANG = /^[a-z]{2,3}$/;
const DATE = /^(\d{4}(-\d{2}(-\d{2})?)?)?$/;

export class CorpusWriter {
  constructor(path) {
    this.path = path;
    this.fd = openSync(path, 'w');
    this.position = 0; // bytes written or buffered
    this.pending = [];
    this.pendingBytes = 0;
    // One entry per record, in file order.
    this.offsets = [];
    this.lineBytes = [];
    this.textBytes = [];
    this.langs = [];
    this.sources = [];
    this.ids = [];
    this.source = null;
  }

  beginSource(name) {
    this.source = { name, position: this.position, count: this.offsets.length, next: 1 };
  }

  // Adds one record of the current source; throws on a record that breaks
  // the corpus format, which fails the source.
  add({ title, text, lang, date }) {
    const where = `${this.source.name} record ${this.source.next}`;
    if (typeof title !== 'string' || typeof text !== 'string') throw new Error(`${where}: title and text must be strings`);
    if (!text.trim()) throw new Error(`${where}: empty text`);
    if (!LANG.test(lang)) throw new Error(`${where}: bad language code ${JSON.stringify(lang)}`);
    if (!DATE.test(date)) throw new Error(`${where}: bad date ${JSON.stringify(date)}`);
    const id = `${this.source.name}-${this.source.next++}`;
    const line = JSON.stringify({ id, title, text, lang, source: this.source.name, date }) + '\n';
    const bytes = Buffer.byteLength(line);
    this.offsets.push(this.position);
    this.lineBytes.push(bytes);
    this.textBytes.push(Buffer.byteLength(title) + Buffer.byteLength(text));
    this.langs.push(lang);
    this.sources.push(this.source.name);
    this.ids.push(id);
    this.pending.push(line);
    this.pendingBytes += bytes;
    this.position += bytes;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  // Drops everything the current source wrote.
  abortSource() {
    this.flush();
    const { position, count } = this.source;
    ftruncateSync(this.fd, position);
    this.position = position;
    for (const column of [this.offsets, this.lineBytes, this.textBytes, this.langs, this.sources, this.ids]) {
      column.length = count;
    }
  }

  flush() {
    if (this.pending.length === 0) return;
    const chunk = Buffer.from(this.pending.join(''), 'utf8');
    const writtenUpTo = this.position - this.pendingBytes;
    writeSync(this.fd, chunk, 0, chunk.length, writtenUpTo);
    this.pending = [];
    this.pendingBytes = 0;
  }

  close() {
    this.flush();
    closeSync(this.fd);
  }

  get count() {
    return this.offsets.length;
  }

  // Documents and text bytes grouped by a column ('langs' or 'sources').
  totalsBy(column) {
    const totals = {};
    this[column].forEach((key, i) => {
      const t = (totals[key] ??= { documents: 0, bytes: 0 });
      t.documents += 1;
      t.bytes += this.textBytes[i];
    });
    return totals;
  }
}
