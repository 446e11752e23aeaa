// A person types a name in Latin letters and finds it written in Persian,
// Kazakh and Arabic too; unchecking "Match names across scripts" (from the
// keyboard) narrows the same query to English — with nothing at all written
// to the console.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  SEARCH_TIMEOUT_MS, openExplorer, saveScreenshot, searchFor, useExplorerPage,
} from './support.mjs';

const QUERY = 'Tokayev';

// The language of every hit, read from its title and snippet elements.
function hitLanguages(page) {
  return page.$$eval('#results li.hit', (items) => items.map((item) => ({
    title: item.querySelector('.hit-title').lang,
    snippet: item.querySelector('.hit-snippet').lang,
  })));
}

// Waits until the results list shows `query` searched with the given setting.
function waitForResults(page, query, crossScript) {
  return page.waitForFunction(({ expected, setting }) => {
    const results = document.getElementById('results');
    return results.dataset.query === expected && results.dataset.crossScript === setting
      && results.querySelector('li.hit') !== null;
  }, { expected: query, setting: String(crossScript) }, { timeout: SEARCH_TIMEOUT_MS });
}

describe('a Latin name finds its Persian, Kazakh and Arabic spellings', () => {
  const explorer = useExplorerPage();

  test('the page is ready with "Match names across scripts" checked', { timeout: 60_000 }, async () => {
    await openExplorer(explorer.page, explorer.server.url);
    explorer.ready = true;
    const box = explorer.page.getByLabel('Match names across scripts');
    assert.equal(await box.getAttribute('id'), 'cross-script');
    assert.equal(await box.isChecked(), true);
    assert.equal(await box.isEnabled(), true);
    const hint = (await explorer.page.textContent(`#${await box.getAttribute('aria-describedby')}`)).trim();
    assert.ok(hint.length > 0, 'the checkbox has no hint text');
  });

  test(`${QUERY} finds Persian, Kazakh and Arabic documents`, { timeout: 30_000 }, async () => {
    explorer.requireReady();
    await searchFor(explorer.page, QUERY);
    await waitForResults(explorer.page, QUERY, true);
    await saveScreenshot(explorer.page, 'cross-script.png');

    const langs = await hitLanguages(explorer.page);
    for (const hit of langs) assert.equal(hit.snippet, hit.title, JSON.stringify(langs));
    for (const lang of ['fa', 'kk', 'ar']) {
      assert.ok(langs.some((hit) => hit.title === lang), `no ${lang} hit for ${QUERY}: ${JSON.stringify(langs)}`);
    }
  });

  test('unchecking it from the keyboard re-runs the query within Latin script', { timeout: 30_000 }, async () => {
    explorer.requireReady();
    // Reachable with Tab from the search box (past the Search button).
    await explorer.page.focus('#query');
    await explorer.page.keyboard.press('Tab');
    await explorer.page.keyboard.press('Tab');
    assert.equal(await explorer.page.evaluate(() => document.activeElement?.id), 'cross-script');
    await explorer.page.keyboard.press('Space');
    assert.equal(await explorer.page.isChecked('#cross-script'), false);

    await waitForResults(explorer.page, QUERY, false);
    assert.equal(await explorer.page.inputValue('#query'), QUERY);
    const langs = await hitLanguages(explorer.page);
    assert.ok(langs.length >= 1);
    for (const hit of langs) {
      assert.equal(hit.title, 'en', `a non-English hit within Latin script: ${JSON.stringify(langs)}`);
      assert.equal(hit.snippet, 'en');
    }
    const summary = (await explorer.page.textContent('#search-status')).trim();
    assert.match(summary, /^(Showing \d+ of )?\d+ results? \(\d+(\.\d)? ms\)$/);
  });

  test('checking it again brings the other scripts back', { timeout: 30_000 }, async () => {
    explorer.requireReady();
    await explorer.page.check('#cross-script');
    await waitForResults(explorer.page, QUERY, true);
    const langs = await hitLanguages(explorer.page);
    assert.ok(langs.some((hit) => hit.title !== 'en'), JSON.stringify(langs));
  });

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(explorer.problems, []);
  });
});
