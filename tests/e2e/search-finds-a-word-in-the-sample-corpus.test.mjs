// A person opens the explorer, sees the sample corpus loaded, and finds a
// Persian, a Kazakh and an English word, each highlighted in a snippet —
// with nothing at all written to the console.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  launchBrowser, openExplorer, sampleDocumentCount, saveScreenshot, searchFor, siteDir, startServer, watchPage,
} from './support.mjs';

const QUERIES = [
  { label: 'Persian', lang: 'fa', query: 'آلماتی' },
  { label: 'Kazakh', lang: 'kk', query: 'Тоқаев' },
  { label: 'English', lang: 'en', query: 'Almaty' },
];

describe('search finds a word in the sample corpus', () => {
  let server;
  let browser;
  let page;
  let problems;
  let ready = false; // later tests fail fast instead of timing out

  const requireReady = () => assert.ok(ready, 'the page never became ready (see the first test)');

  before(async () => {
    server = await startServer({ root: siteDir(), port: 0 });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    problems = watchPage(page);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the page loads every document of the sample corpus', { timeout: 60_000 }, async () => {
    const expected = await sampleDocumentCount();
    assert.ok(expected > 0, 'the staged sample corpus is empty');
    await openExplorer(page, server.url);
    ready = true;
    const status = (await page.textContent('#status')).trim();
    assert.equal(status, `${expected} documents loaded`);
    assert.equal(await page.isEnabled('#query'), true);
  });

  for (const { label, lang, query } of QUERIES) {
    test(`a ${label} word is found and highlighted: ${query}`, { timeout: 30_000 }, async () => {
      requireReady();
      await searchFor(page, query);
      await saveScreenshot(page, `search-results-${lang}.png`);

      const hits = page.locator('#results li.hit');
      assert.ok(await hits.count() >= 1);
      const marks = await page.locator('#results li.hit .hit-snippet mark').allTextContents();
      assert.ok(marks.length >= 1, `no <mark> in any snippet for ${query}`);
      assert.ok(marks.every((text) => text.trim().length > 0), `empty highlight for ${query}: ${JSON.stringify(marks)}`);

      // Some hit is in the query's own language, with its title and snippet
      // tagged for bidi-correct rendering.
      const tagged = await page.$$eval('#results li.hit', (items) => items.map((item) => ({
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

      const summary = (await page.textContent('#search-status')).trim();
      assert.match(summary, /^(Showing \d+ of )?\d+ results? \(\d+(\.\d)? ms\)$/);
    });
  }

  test('clearing the query clears the results', { timeout: 30_000 }, async () => {
    requireReady();
    await page.locator('#query').fill('');
    await page.waitForFunction(() => {
      const results = document.getElementById('results');
      return results.dataset.query === '' && results.childElementCount === 0;
    }, null, { timeout: 5_000 });
    assert.equal((await page.textContent('#search-status')).trim(), '');
  });

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(problems, []);
  });
});
