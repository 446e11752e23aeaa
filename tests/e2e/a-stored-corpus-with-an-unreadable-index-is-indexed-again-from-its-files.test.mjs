// A stored corpus whose saved index no longer loads (here: its bytes
// changed, as an index from another format version would fail) is indexed
// again from the files stored with it when the page opens, and its new
// index replaces the old one — with nothing written to the console.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { damageIndex, generatedCorpus, importFiles, openExplorer, reloadExplorer, searchFor, useExplorerPage } from './support.mjs';

describe('a stored corpus with an unreadable index is indexed again from its files', () => {
  const explorer = useExplorerPage();

  test('a corpus is imported and stored', { timeout: 60_000 }, async () => {
    await openExplorer(explorer.page, explorer.server.url);
    explorer.ready = true;
    const text = generatedCorpus({ count: 30, prefix: 'ibis', word: 'Ibis' });
    assert.match(await importFiles(explorer.page, [{ name: 'ibis.jsonl', text }], { name: 'Ibises' }), /30 documents added/);
  });

  for (const mode of ['version', 'checksum']) {
    test(`an index with a changed ${mode} is rebuilt on the next start`, { timeout: 60_000 }, async () => {
      explorer.requireReady();
      const page = explorer.page;
      await damageIndex(page, mode);
      await reloadExplorer(page);
      assert.equal(await page.getAttribute('html', 'data-corpus-origin'), 'rebuilt');
      assert.equal((await page.textContent('#status')).trim(), '30 documents loaded (indexed again from its stored files)');
      await searchFor(page, 'Ibis');
      assert.equal(await page.locator('#results li.hit').count(), 20);
      // The rebuilt index was stored: the next start reads it.
      await reloadExplorer(page);
      assert.equal(await page.getAttribute('html', 'data-corpus-origin'), 'saved-index');
      const names = await page.$$eval('#corpus-list .corpus-name', (nodes) => nodes.map((node) => node.textContent));
      assert.deepEqual(names, ['Sample corpus', 'Ibises']);
    });
  }

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(explorer.problems, []);
  });
});
