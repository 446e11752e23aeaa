// The module's loadTagger: the shipped weights change how a Kazakh document's
// names are found, and damaged weights are an error value, never a crash.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';

import { loadQalam } from './load-module.mjs';

const encoder = new TextEncoder();

async function sampleDocument(id) {
  const lines = (await readFile(path.join(process.env.QALAM_SOURCE_DIR, 'data/sample/corpus.jsonl'), 'utf8')).split('\n');
  return lines.find((line) => line.includes(`"id": "${id}"`));
}

// The names of one document as "TYPE[text]", in a corpus made after the
// tagger (if any) was loaded, with the gazetteer as the page has it.
async function namesOf(qalam, line) {
  const corpus = new qalam.Corpus();
  assert.equal(corpus.loadGazetteer(new Uint8Array(await readFile(process.env.QALAM_GAZETTEER)), false), null);
  corpus.addJsonLines('one.jsonl', encoder.encode(line));
  const { text } = JSON.parse(corpus.documentEntities(0));
  corpus.delete();
  return text.filter((m) => !['DATE', 'MONEY', 'PERCENT'].includes(m.type)).map((m) => `${m.type}[${m.text}]`);
}

test('the shipped name tagger separates a Kazakh name from the place after it', async () => {
  const line = await sampleDocument('kk-002');
  const rulesOnly = await namesOf(await loadQalam(), line);
  assert.ok(rulesOnly.includes('PER[Антониу Гутерриш Орталық Азиядағы]'), rulesOnly.join(' '));

  const qalam = await loadQalam();
  const weights = new Uint8Array(await readFile(process.env.QALAM_NAME_TAGGER));
  assert.equal(qalam.loadTagger(weights), null);
  const tagged = await namesOf(qalam, line);
  assert.ok(tagged.includes('PER[Антониу Гутерриш]'), tagged.join(' '));
  assert.ok(tagged.includes('LOC[Орталық Азиядағы]'), tagged.join(' '));
});

test('truncated or damaged tagger weights are an error value and leave the rules in place', async () => {
  const qalam = await loadQalam();
  const weights = new Uint8Array(await readFile(process.env.QALAM_NAME_TAGGER));
  const truncated = qalam.loadTagger(weights.subarray(0, weights.length - 10));
  assert.equal(truncated.code, 'corrupt-index');
  assert.match(truncated.message, /truncated/);
  const damaged = weights.slice();
  damaged[weights.length - 1] ^= 0x55;
  assert.match(qalam.loadTagger(damaged).message, /checksum mismatch/);
  const names = await namesOf(qalam, await sampleDocument('kk-002'));
  assert.ok(names.includes('PER[Антониу Гутерриш Орталық Азиядағы]'), names.join(' '));
});
