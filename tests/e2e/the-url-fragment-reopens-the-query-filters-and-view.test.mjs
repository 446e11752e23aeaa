// A person opens a link that carries a query, a filter and a view; the page
// shows exactly that. Switching tabs (by mouse and arrow keys), editing the
// fragment by hand and opening a hit are all written back to the URL, and
// the URL opened in a new tab shows the same hits — with nothing written to
// the console.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { openExplorer, saveScreenshot, SEARCH_TIMEOUT_MS, useExplorerPage, watchPage } from './support.mjs';

function fragment(page) {
  return new URLSearchParams(new URL(page.url()).hash.slice(1));
}

function hitIds(page) {
  return page.$$eval('#results li.hit', (items) => items.map((item) => item.dataset.id));
}

function selectedTab(page) {
  return page.$eval('[role="tab"][aria-selected="true"]', (tab) => tab.dataset.view);
}

describe('the URL fragment reopens the query, filters and view', () => {
  const explorer = useExplorerPage();

  test('a link with a query and a language filter shows those results', { timeout: 60_000 }, async () => {
    const page = explorer.page;
    await openExplorer(page, `${explorer.server.url}#q=Almaty&lang=en`);
    explorer.ready = true;
    await page.waitForFunction(() => document.getElementById('results').dataset.query === 'Almaty'
      && document.querySelector('#results li.hit') !== null, null, { timeout: SEARCH_TIMEOUT_MS });
    assert.equal(await page.inputValue('#query'), 'Almaty');
    const langs = await page.$$eval('#results li.hit .hit-title', (items) => items.map((item) => item.lang));
    assert.ok(langs.length > 0 && langs.every((lang) => lang === 'en'), JSON.stringify(langs));
    assert.equal(await page.getAttribute('.facet-lang .facet-button[data-value="en"]', 'aria-pressed'), 'true');
    assert.equal(await selectedTab(page), 'results');
  });

  test('the tabs switch views by click and by arrow keys, and the URL follows', { timeout: 30_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    const ids = await page.$$eval('[role="tab"]', (tabs) => tabs.map((tab) => tab.dataset.view));
    assert.equal(ids[0], 'results');
    assert.ok(ids.length >= 2, `no view registered beside the results: ${ids}`);
    await page.click(`[role="tab"][data-view="${ids[1]}"]`);
    assert.equal(fragment(page).get('view'), ids[1]);
    assert.equal(await page.isHidden('#panel-results'), true);
    assert.equal(await page.isVisible(`#panel-${ids[1]}`), true);
    await saveScreenshot(page, `view-${ids[1]}.png`);
    await page.keyboard.press('ArrowLeft');
    assert.equal(await selectedTab(page), 'results');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.view), 'results');
    assert.equal(fragment(page).get('view'), null);
    await page.keyboard.press('End');
    assert.equal(await selectedTab(page), ids[ids.length - 1]);
    await page.keyboard.press('Home');
    assert.equal(await selectedTab(page), 'results');
  });

  test('a fragment edited by hand is followed', { timeout: 30_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await page.evaluate(() => {
      window.location.hash = '#q=%D0%A2%D0%BE%D2%9B%D0%B0%D0%B5%D0%B2&x=0';
    });
    await page.waitForFunction(() => document.getElementById('results').dataset.query === 'Тоқаев'
      && document.getElementById('results').dataset.crossScript === 'false', null, { timeout: SEARCH_TIMEOUT_MS });
    assert.equal(await page.inputValue('#query'), 'Тоқаев');
    assert.equal(await page.isChecked('#cross-script'), false);
    assert.equal(await page.locator('.active-filter-list').count(), 0, 'the language filter of the old fragment stayed');
  });

  test('opening a hit puts the document in the URL and shows it', { timeout: 30_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    const first = page.locator('#results li.hit').first();
    const doc = await first.getAttribute('data-doc');
    assert.match(await first.locator('.hit-link').getAttribute('href'), new RegExp(`doc=${doc}`));
    await first.locator('.hit-link').click();
    assert.equal(fragment(page).get('doc'), doc);
    const hasReader = await page.$('[role="tab"][data-view="document"]') !== null;
    if (hasReader) {
      assert.equal(await selectedTab(page), 'document');
      assert.equal(await page.isVisible('#panel-document'), true);
    } else {
      await page.waitForSelector('#doc-fallback:not([hidden]) .doc-text p');
    }
    await saveScreenshot(page, 'document-opened.png');
    await page.click('[role="tab"][data-view="results"]');
  });

  test('the same URL in a new tab shows the same hits', { timeout: 60_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    const url = page.url();
    const ids = await hitIds(page);
    const other = await explorer.browser.context.newPage();
    const problems = watchPage(other);
    await openExplorer(other, url);
    await other.waitForFunction(() => document.querySelector('#results li.hit') !== null, null, { timeout: SEARCH_TIMEOUT_MS });
    assert.deepEqual(await hitIds(other), ids);
    assert.equal(await other.isChecked('#cross-script'), false);
    await other.close();
    assert.deepEqual(problems, []);
  });

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(explorer.problems, []);
  });
});
