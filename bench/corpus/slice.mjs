// The fixed 10 MB slice: a language-balanced selection from the corpus that
// is the same for the same corpus. Each language with enough text is a
// group of its own; the many small ones (most UDHR translations) share one
// group, taking turns. The group with the least text in the slice so far
// gives the next document, until the byte budget is spent. Within a
// language, documents come in the order of a hash of their id, which mixes
// the sources and does not depend on how many documents a source has.
// Languages with less text than their share give all they have.

import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, writeSync } from 'node:fs';

export const SLICE_BYTES = 10_000_000;
// A language needs this share of the budget in the corpus to be a group,
// unless it is one the explorer is built for: those always are.
const OWN_GROUP_SHARE = 1 / 50;
export const PROJECT_LANGUAGES = new Set(['fa', 'ar', 'kk', 'ru', 'tg', 'en', 'uz']);

function hashOrder(ids, indices) {
  const keyed = indices.map((i) => [createHash('sha1').update(ids[i]).digest('hex'), i]);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return keyed.map(([, i]) => i);
}

// One queue per language, and the minor languages' queues interleaved.
function groups(writer, budget) {
  const byLang = new Map();
  writer.langs.forEach((lang, i) => {
    if (!byLang.has(lang)) byLang.set(lang, { bytes: 0, indices: [] });
    const entry = byLang.get(lang);
    entry.bytes += writer.lineBytes[i];
    entry.indices.push(i);
  });
  const out = [];
  const minor = [];
  for (const lang of [...byLang.keys()].sort()) {
    const { bytes, indices } = byLang.get(lang);
    const ordered = hashOrder(writer.ids, indices);
    if (bytes >= budget * OWN_GROUP_SHARE || PROJECT_LANGUAGES.has(lang)) out.push({ name: lang, queue: ordered });
    else minor.push(ordered);
  }
  if (minor.length) {
    const queue = [];
    for (let round = 0; minor.some((q) => round < q.length); round++) {
      for (const q of minor) if (round < q.length) queue.push(q[round]);
    }
    out.push({ name: `${minor.length} minor languages`, queue });
  }
  return out;
}

// Record indices of the slice, in corpus order.
export function selectSlice(writer, budget = SLICE_BYTES) {
  const open = groups(writer, budget).map((g) => ({ ...g, next: 0, bytes: 0 }));
  const chosen = [];
  let used = 0;
  while (open.length) {
    let g = 0;
    for (let k = 1; k < open.length; k++) {
      if (open[k].bytes < open[g].bytes || (open[k].bytes === open[g].bytes && open[k].name < open[g].name)) g = k;
    }
    const group = open[g];
    const index = group.queue[group.next++];
    const bytes = writer.lineBytes[index];
    // A document that does not fit closes its group: the groups still
    // open share what is left.
    if (used + bytes > budget) {
      open.splice(g, 1);
      continue;
    }
    chosen.push(index);
    used += bytes;
    group.bytes += bytes;
    if (group.next === group.queue.length) open.splice(g, 1);
  }
  return chosen.sort((a, b) => a - b);
}

export function writeSlice(corpusPath, slicePath, writer, indices) {
  const input = openSync(corpusPath, 'r');
  const output = openSync(slicePath, 'w');
  try {
    for (const i of indices) {
      const buffer = Buffer.allocUnsafe(writer.lineBytes[i]);
      const read = readSync(input, buffer, 0, buffer.length, writer.offsets[i]);
      if (read !== buffer.length) throw new Error(`${corpusPath}: short read at byte ${writer.offsets[i]}`);
      writeSync(output, buffer);
    }
  } finally {
    closeSync(input);
    closeSync(output);
  }
}
