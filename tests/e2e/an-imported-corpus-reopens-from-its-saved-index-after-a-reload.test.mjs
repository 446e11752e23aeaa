// A person imports a corpus; it is kept in the browser. After a reload it
// opens from its saved index without being indexed again, the corpus list
// switches back to the sample and removes the stored corpus, and storage use
// is shown — with nothing written to the console.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  generatedCorpus, importFiles, openCorporaSection, openExplorer, READY_TIMEOUT_MS, sampleDocumentCount,
  saveScreenshot, searchFor, useExplorerPage,
} from './support.mjs';

const NAME = 'Kept corpus';
const COUNT = 50;

function corpusItems(page) {
  return page.$$eval('#corpus-list .corpus-item', (items) => items.map((item) => ({
    name: item.querySelector('.corpus-name').textContent,
    open: item.classList.contains('is-open'),
  })));
}

describe('an imported corpus reopens from its saved index after a reload', () => {
  const explorer = useExplorerPage();

  test('the page starts with the sample corpus', { timeout: 60_000 }, async () => {
    await openExplorer(explorer.page, explorer.server.url);
    explorer.ready = true;
    assert.equal(await explorer.page.getAttribute('html', 'data-corpus-origin'), 'sample');
  });

  test('an import is stored under its name and becomes the open corpus', { timeout: 60_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    const report = await importFiles(page, [{ name: 'kept.jsonl', text: generatedCorpus({ count: COUNT, prefix: 'kept', word: 'Quokka' }) }], { name: NAME });
    assert.match(report, new RegExp(`${COUNT} documents added`));
    await page.waitForFunction((name) => new URL(location.href).hash.includes(`corpus=${encodeURIComponent(name).replace(/%20/g, '+')}`), NAME);
    assert.deepEqual(await corpusItems(page), [{ name: 'Sample corpus', open: false }, { name: NAME, open: true }]);
    await page.waitForFunction(() => /This site uses/.test(document.getElementById('storage-use').textContent));
    const detail = await page.textContent('#corpus-list .corpus-item.is-open .corpus-detail');
    assert.match(detail, /^50 documents · [\d.]+ KB · /);
  });

  test('after a reload it opens from its saved index, not by indexing again', { timeout: 60_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForSelector('html[data-state="ready"]', { timeout: READY_TIMEOUT_MS });
    assert.equal(await page.getAttribute('html', 'data-corpus-origin'), 'saved-index');
    assert.equal((await page.textContent('#status')).trim(), `${COUNT} documents loaded`);
    await searchFor(page, 'Quokka');
    assert.equal(await page.locator('#results li.hit').count(), 20);
    await openCorporaSection(page);
    await saveScreenshot(page, 'corpus-list.png');
  });

  test('the sample corpus is opened from the list, and stays open after a reload', { timeout: 60_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    const sample = await sampleDocumentCount();
    await page.click('#corpus-list .corpus-item:first-child .corpus-open');
    await page.waitForFunction((count) => document.getElementById('status').textContent.trim() === `${count} documents loaded`
      && !window.location.hash.includes('corpus='), sample);
    assert.equal(await page.getAttribute('html', 'data-corpus-origin'), 'sample');
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForSelector('html[data-state="ready"]', { timeout: READY_TIMEOUT_MS });
    assert.equal(await page.getAttribute('html', 'data-corpus-origin'), 'sample');
  });

  test('removing the stored corpus leaves only the sample', { timeout: 60_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await openCorporaSection(page);
    page.once('dialog', (dialog) => dialog.accept());
    await page.click(`#corpus-list .corpus-remove[aria-label="Remove ${NAME}"]`);
    await page.waitForFunction(() => document.querySelectorAll('#corpus-list .corpus-item').length === 1);
    assert.deepEqual(await corpusItems(page), [{ name: 'Sample corpus', open: true }]);
    assert.match(await page.textContent('#storage-use'), /^Stored corpora: 0 B\./);
  });

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(explorer.problems, []);
  });
});
