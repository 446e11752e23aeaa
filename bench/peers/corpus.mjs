// The benchmark corpus and the query set, shared by every engine: documents
// are numbered by their line in the JSON Lines file, which is also the order
// Qalam gives them, so result sets compare across engines by number.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

// `parseMs`: the time to turn the file's bytes into the documents the
// JavaScript and SQLite peers are given (decoding, splitting, JSON.parse):
// Qalam's build reads the bytes itself, so "from the file" figures add it
// to the peers' build.
export function loadCorpus(file) {
  const bytes = readFileSync(file);
  const parseStart = performance.now();
  const docs = [];
  let textBytes = 0;
  const lines = bytes.toString('utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let d;
    try {
      d = JSON.parse(line);
    } catch (e) {
      throw new Error(`${file}:${i + 1}: not JSON: ${e.message}`);
    }
    if (typeof d.title !== 'string' || typeof d.text !== 'string') throw new Error(`${file}:${i + 1}: title and text must be strings`);
    docs.push({ title: d.title, text: d.text, lang: d.lang || '' });
    textBytes += Buffer.byteLength(d.title) + Buffer.byteLength(d.text);
  });
  const parseMs = performance.now() - parseStart;
  return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), docs, textBytes, parseMs };
}

export function loadQueries(file) {
  const { queries } = JSON.parse(readFileSync(file, 'utf8'));
  return queries.map((q, i) => {
    const terms = q.terms || q.q.split(/\s+/u);
    if (!q.class || !terms.length) throw new Error(`${file}: query ${i + 1} needs a class and q or terms`);
    return { ...q, terms, label: q.terms ? q.terms.join(' ') : q.q };
  });
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

// Relevant documents of a variant query: lower-cased title+text holds one of
// its equivalent spellings as a whole word (no letter or mark right before or
// after). ZWNJ is neither, so it counts as a word edge.
export function relevantDocs(docs, equivalents) {
  const alternatives = equivalents.map((e) => escapeRegExp(e.toLowerCase())).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternatives})(?![\\p{L}\\p{M}])`, 'u');
  const out = new Set();
  docs.forEach((d, i) => {
    if (re.test(`${d.title}\n${d.text}`.toLowerCase())) out.add(i);
  });
  return out;
}

// The letters-and-marks word splitter used by the JavaScript peers that take
// a custom tokenizer: splits on anything that is not a letter, mark or digit
// (ZWNJ included, as Persian writers treat it as a soft word edge).
export function unicodeWords(s) {
  return s.normalize('NFC').toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
}
