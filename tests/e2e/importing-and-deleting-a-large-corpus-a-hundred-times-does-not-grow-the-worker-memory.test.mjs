// A person imports a 5 MB corpus of Persian, Kazakh and English news,
// deletes it, and does so a hundred times in one session (five to six
// minutes on a 2-core machine). The worker's wasm memory (which never shrinks) reaches what one
// import needs within the first cycles and stays there; the open corpus
// answers searches throughout — with nothing written to the console.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { MARKERS, mixedCorpus, trackWorkers, workerMemory } from './reliability-support.mjs';
import {
  importFiles, openCorporaSection, openExplorer, sampleDocumentCount, searchFor, useExplorerPage,
} from './support.mjs';

const CYCLES = 100;
const WARM_UP = 5; // cycles whose growth sets the high-water mark
const DOCUMENTS = 2500;
const NAME = 'Session corpus';
const MB = 1024 * 1024;
// Emscripten grows the heap by at least a fifth at a time, so any growth
// after the warm-up is larger than this.
const MARGIN_FRACTION = 0.05;

const corpus = Buffer.from(mixedCorpus({ count: DOCUMENTS, prefix: 'session' }), 'utf8');
const markerHits = Math.ceil(DOCUMENTS / 3); // Persian documents: every third, from the first

async function totalShown(page) {
  const text = (await page.textContent('#search-status')).trim();
  const match = /of ([\d,]+) results/.exec(text);
  assert.ok(match, `no total in "${text}"`);
  return Number(match[1].replace(/,/g, ''));
}

async function removeStored(page, sample) {
  await openCorporaSection(page);
  page.once('dialog', (dialog) => dialog.accept());
  await page.click(`#corpus-list .corpus-remove[aria-label="Remove ${NAME}"]`);
  await page.waitForFunction((count) => document.querySelectorAll('#corpus-list .corpus-item').length === 1
    && document.getElementById('status').textContent.trim() === `${count} documents loaded`, sample);
}

describe('importing and deleting a large corpus a hundred times does not grow the worker memory', () => {
  const explorer = useExplorerPage();
  const imported = []; // wasmBytes with the corpus open, per cycle
  const deleted = []; // wasmBytes with it deleted (the sample open again)

  test('the page starts with the sample corpus', { timeout: 60_000 }, async () => {
    assert.ok(corpus.byteLength > 4.5 * MB && corpus.byteLength < 5.5 * MB, `the corpus is ${corpus.byteLength} bytes`);
    await trackWorkers(explorer.page);
    await openExplorer(explorer.page, explorer.server.url);
    explorer.ready = true;
    const { documents, wasmBytes } = await workerMemory(explorer.page);
    assert.equal(documents, await sampleDocumentCount());
    assert.ok(wasmBytes >= 16 * MB, `the module's memory is ${wasmBytes} bytes`);
  });

  test(`${CYCLES} cycles of import and delete`, { timeout: 840_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    const sample = await sampleDocumentCount();
    const started = Date.now();
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const report = await importFiles(page, [{ name: 'session.jsonl', buffer: corpus }], { name: NAME, timeout: 120_000 });
      assert.match(report, /^2,500 documents added/, `cycle ${cycle}`);
      const open = await workerMemory(page);
      assert.equal(open.documents, DOCUMENTS, `cycle ${cycle}`);
      imported.push(open.wasmBytes);
      if (cycle % 10 === 0 || cycle === CYCLES - 1) {
        await searchFor(page, MARKERS.fa);
        assert.equal(await totalShown(page), markerHits, `cycle ${cycle}`);
      }
      await removeStored(page, sample);
      const closed = await workerMemory(page);
      assert.equal(closed.documents, sample, `cycle ${cycle}`);
      deleted.push(closed.wasmBytes);
    }
    const seconds = (Date.now() - started) / 1000;
    const megabytes = (list) => list.map((bytes) => Math.round(bytes / MB)).join(' ');
    console.error(`# ${CYCLES} cycles in ${seconds.toFixed(0)} s; wasm MB with the corpus open: ${megabytes(imported)}; after deleting it: ${megabytes(deleted)}`);
  });

  test('after the first cycles the wasm memory stays at its high-water mark', () => {
    explorer.requireReady();
    assert.equal(imported.length, CYCLES);
    const highWater = Math.max(...imported.slice(0, WARM_UP), ...deleted.slice(0, WARM_UP));
    const limit = highWater * (1 + MARGIN_FRACTION);
    const grown = [...imported, ...deleted].filter((bytes) => bytes > limit);
    assert.deepEqual(grown, [], `high-water mark after ${WARM_UP} cycles: ${highWater} bytes`);
  });

  test('the sample corpus still answers searches', { timeout: 30_000 }, async () => {
    explorer.requireReady();
    await searchFor(explorer.page, 'Almaty');
    assert.ok(await explorer.page.locator('#results li.hit').count() > 0);
  });

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(explorer.problems, []);
  });
});
