// A person with a stored corpus open drops a file whose index would need more
// than the page's 2 GB search engine: the import stops with a message saying
// so, the engine starts again with the corpus that was open, and the stored
// corpus is as it was — the page stays usable. The engine's own abort note is
// the only thing written to the console.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { generatedCorpus, importFiles, openExplorer, searchFor, useExplorerPage } from './support.mjs';

const NAME = 'Base corpus';
const BASE = 12;
// One document of word-dense text: indexing needs about 35 times its size in
// wasm memory (docs/RELIABILITY.md), so 80 MB is past the 2 GB maximum.
const HUGE_MB = 80;

describe('an import too large for memory stops with a message and the corpora stay', () => {
  const explorer = useExplorerPage();

  test('a small corpus is imported and stored', { timeout: 60_000 }, async () => {
    await openExplorer(explorer.page, explorer.server.url);
    explorer.ready = true;
    const report = await importFiles(explorer.page, [{ name: 'base.jsonl', text: generatedCorpus({ count: BASE, prefix: 'base', word: 'Basalt' }) }], { name: NAME });
    assert.match(report, /12 documents added/);
  });

  test('an 80 MB document added to it runs out of memory and is stopped with a clear message', { timeout: 240_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await page.check('input[name="import-target"][value="current"]');
    await page.evaluate((megabytes) => {
      // Distinct words, as real text has: "w0 w1 w2 …" in base 36.
      const parts = [];
      let size = 0;
      for (let i = 0; size < megabytes * 1_000_000; i++) {
        const word = `w${i.toString(36)} `;
        parts.push(word);
        size += word.length;
      }
      const text = `{"id":"huge","title":"Huge","text":"${parts.join('')}"}\n`;
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'huge.jsonl', { type: 'application/x-ndjson' }));
      const zone = document.getElementById('drop-zone');
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, HUGE_MB);
    await page.waitForSelector('#import-report:not([hidden])', { timeout: 220_000 });
    const report = await page.textContent('#import-report');
    assert.match(report, /^Import failed \(module-aborted\): the import needed more memory than the page's search engine may use \(2 GB\)/);
  });

  test('the open and the stored corpus are as they were, and searches are answered', { timeout: 60_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await page.waitForFunction(() => document.getElementById('status').textContent.trim() === '12 documents loaded', null, { timeout: 30_000 });
    await searchFor(page, 'Basalt');
    assert.equal(await page.locator('#results li.hit').count(), BASE);
    const items = await page.$$eval('#corpus-list .corpus-item', (list) => list.map((item) => item.textContent));
    assert.equal(items.length, 2, JSON.stringify(items));
    assert.match(items[1], /Base corpus12 documents/);
  });

  test('nothing but the engine\'s out-of-memory note was written to the console', () => {
    const others = explorer.problems.filter((problem) => !/Aborted\(|OOM|Cannot enlarge memory|out of memory/i.test(problem));
    assert.deepEqual(others, []);
  });
});
