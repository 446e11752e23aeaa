// A person opens the explorer, sees the sample corpus loaded, and finds a
// Persian, a Kazakh and an English word, each highlighted in a snippet —
// with nothing at all written to the console.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  openExplorer, sampleDocumentCount, saveScreenshot, searchFor, useExplorerPage,
} from './support.mjs';

const QUERIES = [
  { label: 'Persian', lang: 'fa', query: 'آلماتی' },
  { label: 'Kazakh', lang: 'kk', query: 'Тоқаев' },
  { label: 'English', lang: 'en', query: 'Almaty' },
];

describe('search finds a word in the sample corpus', () => {
  const explorer = useExplorerPage();

  test('the page loads every document of the sample corpus', { timeout: 60_000 }, async () => {
    const expected = await sampleDocumentCount();
    assert.ok(expected > 0, 'the staged sample corpus is empty');
    await openExplorer(explorer.page, explorer.server.url);
    explorer.ready = true;
    const status = (await explorer.page.textContent('#status')).trim();
    assert.equal(status, `${expected} documents loaded`);
    assert.equal(await explorer.page.isEnabled('#query'), true);
  });

  for (const { label, lang, query } of QUERIES) {
    test(`a ${label} word is found and highlighted: ${query}`, { timeout: 30_000 }, async () => {
      explorer.requireReady();
      await searchFor(explorer.page, query);
      await saveScreenshot(explorer.page, `search-results-${lang}.png`);

      const hits = explorer.page.locator('#results li.hit');
      assert.ok(await hits.count() >= 1);
      const marks = await explorer.page.locator('#results li.hit .hit-snippet mark').allTextContents();
      assert.ok(marks.length >= 1, `no <mark> in any snippet for ${query}`);
      assert.ok(marks.every((text) => text.trim().length > 0), `empty highlight for ${query}: ${JSON.stringify(marks)}`);

      // Some hit is in the query's own language, with its title and snippet
      // tagged for bidi-correct rendering.
      const tagged = await explorer.page.$$eval('#results li.hit', (items) => items.map((item) => ({
        titleLang: item.querySelector('.hit-title').lang,
        titleDir: item.querySelector('.hit-title').dir,
        snippetLang: item.querySelector('.hit-snippet').lang,
        snippetDir: item.querySelector('.hit-snippet').dir,
      })));
      assert.ok(tagged.some((hit) => hit.titleLang === lang), `no ${lang} hit for ${query}: ${JSON.stringify(tagged)}`);
      for (const hit of tagged) {
        assert.equal(hit.titleDir, 'auto');
        assert.equal(hit.snippetDir, 'auto');
        assert.equal(hit.snippetLang, hit.titleLang);
      }

      const summary = (await explorer.page.textContent('#search-status')).trim();
      assert.match(summary, /^(Showing \d+ of )?\d+ results? \(\d+(\.\d)? ms\)$/);
    });
  }

  test('clearing the query clears the results', { timeout: 30_000 }, async () => {
    explorer.requireReady();
    await explorer.page.locator('#query').fill('');
    await explorer.page.waitForFunction(() => {
      const results = document.getElementById('results');
      return results.dataset.query === '' && results.childElementCount === 0;
    }, null, { timeout: 5_000 });
    assert.equal((await explorer.page.textContent('#search-status')).trim(), '');
  });

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(explorer.problems, []);
  });
});
