// A person adds a large file to a stored corpus and cancels half-way. The
// page answered searches while the import ran; after the cancel the open
// corpus, the stored one and what a reload opens are exactly as before —
// with nothing written to the console.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  generatedCorpus, importFiles, openCorporaSection, openExplorer, READY_TIMEOUT_MS, saveScreenshot, searchFor,
  useExplorerPage,
} from './support.mjs';

const NAME = 'Base corpus';
const BASE = 12;
const LARGE = 40_000;

async function hitIds(page) {
  return page.$$eval('#results li.hit', (items) => items.map((item) => item.dataset.id));
}

describe('a cancelled import leaves the open and stored corpora as they were', () => {
  const explorer = useExplorerPage();

  test('a small corpus is imported and stored', { timeout: 60_000 }, async () => {
    await openExplorer(explorer.page, explorer.server.url);
    explorer.ready = true;
    const report = await importFiles(explorer.page, [{ name: 'base.jsonl', text: generatedCorpus({ count: BASE, prefix: 'base', word: 'Basalt' }) }], { name: NAME });
    assert.match(report, /12 documents added/);
  });

  test('a large import into it shows progress, keeps searches answered and is cancelled', { timeout: 120_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await openCorporaSection(page);
    await page.fill('#import-name', NAME);
    await page.check('input[name="import-target"][value="current"]');
    await page.setInputFiles('#import-files', [{
      name: 'large.jsonl',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(generatedCorpus({ count: LARGE, prefix: 'large', word: 'Granite' }), 'utf8'),
    }]);
    await page.waitForFunction(() => /[1-9][\d,]* of 40,000 documents/.test(document.getElementById('import-progress-text').textContent), null, { timeout: 60_000 });
    const progress = await page.textContent('#import-progress-text');
    assert.match(progress, /File 1 of 1: large\.jsonl · [\d,]+ of 40,000 documents · [\d,]+ documents\/s · \d+% of the bytes/);
    assert.ok(await page.$eval('#import-progress', (bar) => bar.value < 1));
    await saveScreenshot(page, 'import-progress.png');

    // The open corpus still answers while the import runs.
    await searchFor(page, 'Basalt');
    assert.equal(await page.$eval('#import-progress-area', (area) => area.hidden), false, 'the import ended before the search was answered');

    await page.click('#import-cancel');
    await page.waitForSelector('#import-report:not([hidden])', { timeout: 30_000 });
    assert.match(await page.textContent('#import-report'), /^Import cancelled/);
  });

  test('the open corpus is as it was', { timeout: 30_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    assert.equal((await page.textContent('#status')).trim(), '12 documents loaded');
    await searchFor(page, 'Basalt');
    assert.equal((await hitIds(page)).length, BASE);
    await page.locator('#query').fill('Granite');
    await page.waitForFunction(() => document.getElementById('results').dataset.query === 'Granite');
    assert.equal(await page.locator('#results li.hit').count(), 0);
    assert.match(await page.textContent('#search-status'), /^No results/);
  });

  test('the stored corpus is as it was, and a reload opens it', { timeout: 60_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    const items = await page.$$eval('#corpus-list .corpus-item', (list) => list.map((item) => item.textContent));
    assert.equal(items.length, 2, JSON.stringify(items));
    assert.match(items[1], /Base corpus12 documents/);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForSelector('html[data-state="ready"]', { timeout: READY_TIMEOUT_MS });
    assert.equal(await page.getAttribute('html', 'data-corpus-origin'), 'saved-index');
    assert.equal((await page.textContent('#status')).trim(), '12 documents loaded');
  });

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(explorer.problems, []);
  });
});
