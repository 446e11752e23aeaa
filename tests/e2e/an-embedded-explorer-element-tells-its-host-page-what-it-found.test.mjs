// A host page (fixtures/embed/element.html, under the site's strict policy)
// embeds <qalam-explorer corpus-url query views lang>. The element loads the
// corpus, searches its initial query and tells the page through qalam-search;
// a person types another word and opens a hit (qalam-select); the entities
// view lists people and places; switching lang to fa turns the interface
// right-to-left. Nothing is written to the console.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { launchBrowser, READY_TIMEOUT_MS, SEARCH_TIMEOUT_MS, watchPage } from './support.mjs';
import { serveSiteWithHostPages } from './embed-support.mjs';

function eventsOf(page, type) {
  return page.evaluate((wanted) => (globalThis.qalamEvents ?? []).filter((event) => event.type === wanted), type);
}

// Waits until the host page has seen an event of `type` (with `query`, when given).
async function waitForEvent(page, type, { query = null, timeout = SEARCH_TIMEOUT_MS } = {}) {
  await page.waitForFunction(({ wanted, text }) => (globalThis.qalamEvents ?? [])
    .some((event) => event.type === wanted && (text === null || event.query === text)), { wanted: type, text: query }, { timeout });
}

describe('an embedded explorer element tells its host page what it found', () => {
  let site;
  let browser;
  let page;
  let problems;

  before(async () => {
    site = await serveSiteWithHostPages();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    problems = watchPage(page);
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('the element loads its corpus and reports the initial query with hits', { timeout: 60_000 }, async () => {
    await page.goto(new URL('element.html', site.url).href, { waitUntil: 'domcontentloaded' });
    await waitForEvent(page, 'qalam-ready', { timeout: READY_TIMEOUT_MS });
    await waitForEvent(page, 'qalam-search', { query: 'Almaty', timeout: READY_TIMEOUT_MS });
    const [ready] = await eventsOf(page, 'qalam-ready');
    assert.ok(ready.detail.documents > 0, 'no documents loaded');
    assert.equal(ready.target, 'explorer');
    const [search] = await eventsOf(page, 'qalam-search');
    assert.equal(search.query, 'Almaty');
    assert.ok(search.total >= 1 && search.hits.length >= 1, `no hits: ${JSON.stringify(search)}`);
    for (const hit of search.hits) {
      assert.ok(hit.highlights.length >= 2, `hit ${hit.id} has no highlight`);
      assert.ok(hit.highlights[1] <= hit.snippet.length);
    }
    // The hits are drawn inside the shadow root, highlighted, one per hit.
    assert.equal(await page.locator('qalam-explorer li.hit').count(), search.hits.length);
    const marks = await page.locator('qalam-explorer .hit-snippet mark').allTextContents();
    assert.ok(marks.length >= 1 && marks.every((text) => text.trim() !== ''), JSON.stringify(marks));
    assert.equal(await page.evaluate(() => document.querySelector('.hit')), null, 'hits leaked into the light DOM');
  });

  test("the element's stylesheet applies under the page's policy", async () => {
    const style = await page.locator('qalam-explorer li.hit').first()
      .evaluate((hit) => ({ border: getComputedStyle(hit).borderTopStyle, listStyle: getComputedStyle(hit.parentElement).listStyleType }));
    assert.deepEqual(style, { border: 'solid', listStyle: 'none' });
  });

  test('typing a Persian word searches again and reports it', { timeout: 30_000 }, async () => {
    await page.locator('qalam-explorer input.query').fill('آلماتی');
    await waitForEvent(page, 'qalam-search', { query: 'آلماتی' });
    const search = (await eventsOf(page, 'qalam-search')).find((event) => event.query === 'آلماتی');
    assert.ok(search.total >= 1);
    await page.waitForFunction((count) => document.querySelector('qalam-explorer').shadowRoot
      .querySelectorAll('li.hit').length === count, search.hits.length, { timeout: SEARCH_TIMEOUT_MS });
  });

  test('opening a hit shows the document and reports it', { timeout: 30_000 }, async () => {
    const first = page.locator('qalam-explorer li.hit').first();
    const doc = Number(await first.getAttribute('data-doc'));
    await first.locator('.hit-title').click();
    await waitForEvent(page, 'qalam-select');
    const [select] = await eventsOf(page, 'qalam-select');
    assert.equal(select.document.doc, doc);
    assert.ok(select.document.text.length > 0);
    const reader = page.locator('qalam-explorer article.document');
    await reader.waitFor({ state: 'visible', timeout: SEARCH_TIMEOUT_MS });
    assert.equal(await reader.getAttribute('data-doc'), String(doc));
    assert.equal((await reader.locator('.document-title').textContent()), select.document.title);
  });

  test('the entities view lists named entities of the corpus', async () => {
    const items = page.locator('qalam-explorer .entity-list li.entity');
    await items.first().waitFor({ timeout: SEARCH_TIMEOUT_MS });
    const types = await items.evaluateAll((nodes) => nodes.map((node) => node.dataset.type));
    assert.ok(types.length >= 1);
    assert.ok(types.every((type) => ['PER', 'ORG', 'GPE', 'LOC', 'FAC', 'EVENT'].includes(type)), JSON.stringify(types));
  });

  test('views and lang change the element in place', async () => {
    await page.evaluate(() => {
      const explorer = document.getElementById('explorer');
      explorer.setAttribute('views', 'search,results');
      explorer.setAttribute('lang', 'fa');
    });
    assert.equal(await page.locator('qalam-explorer .entities').isHidden(), true);
    assert.equal(await page.locator('qalam-explorer article.document').isHidden(), true);
    assert.equal(await page.locator('qalam-explorer .frame').getAttribute('dir'), 'rtl');
    assert.equal(await page.locator('qalam-explorer .search-button').textContent(), 'جست‌وجو');
  });

  test('setting the query attribute searches', { timeout: 30_000 }, async () => {
    await page.evaluate(() => document.getElementById('explorer').setAttribute('query', 'Тоқаев'));
    await waitForEvent(page, 'qalam-search', { query: 'Тоқаев' });
    const search = (await eventsOf(page, 'qalam-search')).find((event) => event.query === 'Тоқаев');
    assert.ok(search.total >= 1);
  });

  test('nothing was written to the console and no request failed', async () => {
    assert.deepEqual(await eventsOf(page, 'qalam-error'), []);
    assert.deepEqual(problems, []);
  });
});
