// A person opens a link to page 52 of a query with 1,050 hits. The page
// shows hits 1,021–1,040, each snippet with the query's word highlighted as
// on the first page, and the last page ends the list — with nothing written
// to the console.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { generatedCorpus, importFiles, openExplorer, saveScreenshot, SEARCH_TIMEOUT_MS, useExplorerPage } from './support.mjs';

const COUNT = 1050;

function onPage(page, number) {
  return page.waitForFunction((expected) => document.getElementById('results').dataset.page === expected
    && document.getElementById('results').dataset.query === 'Heron', String(number), { timeout: SEARCH_TIMEOUT_MS });
}

describe('a page past the first thousand hits opens from the URL', () => {
  const explorer = useExplorerPage();

  test('a corpus of 1,050 matching documents is imported', { timeout: 90_000 }, async () => {
    await openExplorer(explorer.page, explorer.server.url);
    explorer.ready = true;
    const text = generatedCorpus({ count: COUNT, prefix: 'heron', word: 'Heron' });
    assert.match(await importFiles(explorer.page, [{ name: 'herons.jsonl', text }], { name: 'Herons' }), /1,050 documents added/);
  });

  test('page 52 of the URL shows hits 1,021 to 1,040 with highlighted snippets', { timeout: 30_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await page.evaluate(() => {
      window.location.hash = '#corpus=Herons&q=Heron&page=51';
    });
    await onPage(page, 51);
    const ids = await page.$$eval('#results li.hit', (items) => items.map((item) => item.dataset.id));
    assert.equal(ids.length, 20);
    assert.equal(new Set(ids).size, 20);
    // Every hit's snippet marks the word searched for, and only it.
    const snippets = await page.$$eval('#results li.hit .hit-snippet', (items) => items.map((item) => ({
      text: item.textContent,
      marks: [...item.querySelectorAll('mark')].map((mark) => mark.textContent),
    })));
    assert.equal(snippets.length, 20);
    for (const { text, marks } of snippets) {
      assert.match(text, /The Heron story number \d+ tells of rivers/);
      assert.ok(marks.length >= 1, text);
      assert.ok(marks.every((mark) => mark.toLowerCase() === 'heron'), marks.join(' '));
    }
    assert.match((await page.textContent('#search-status')).trim(), /^Showing 1,021–1,040 of 1,0\d\d\+? results \(\d+(\.\d)? ms\)$/);
    assert.equal(await page.isVisible('#depth-note'), false);
    await saveScreenshot(page, 'deep-page.png');
  });

  test('the next page is the last, highlighted too', { timeout: 30_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await page.click('#pager .pager-next');
    await onPage(page, 52);
    assert.equal(await page.locator('#results li.hit').count(), COUNT - 1040);
    assert.equal(await page.locator('#results li.hit .hit-snippet mark').count(), COUNT - 1040);
    assert.equal(await page.isDisabled('#pager .pager-next'), true);
    assert.equal((await page.textContent('#pager .pager-page')).trim(), 'Page 53');
  });

  test('the first page is highlighted again', { timeout: 30_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await page.evaluate(() => {
      window.location.hash = '#corpus=Herons&q=Heron';
    });
    await onPage(page, 0);
    assert.ok(await page.locator('#results li.hit .hit-snippet mark').count() >= 20);
    assert.equal(await page.isHidden('#depth-note'), true);
  });

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(explorer.problems, []);
  });
});
