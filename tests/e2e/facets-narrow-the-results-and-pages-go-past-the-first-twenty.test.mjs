// A person searches, narrows the hits with the language, year and entity
// counts beside them, pages through, removes a filter and runs an example
// from the query syntax help — each step reflected in the URL, with
// nothing written to the console.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  generatedCorpus, importFiles, openExplorer, saveScreenshot, searchFor, SEARCH_TIMEOUT_MS, useExplorerPage,
} from './support.mjs';

const COUNT = 70;
const LANGS = ['en', 'ru', 'kk'];
const DATES = ['2023-05-01', '2024-02-10', '2024-07-20', '2025-01-05'];

// Documents of the generated corpus matching a language and a year prefix.
function expected(lang, year = '') {
  let n = 0;
  for (let i = 0; i < COUNT; i++) if (LANGS[i % LANGS.length] === lang && DATES[i % DATES.length].startsWith(year)) n++;
  return n;
}

function fragment(page) {
  return new URLSearchParams(new URL(page.url()).hash.slice(1));
}

function summary(page) {
  return page.textContent('#search-status').then((text) => text.trim());
}

// Waits for the results of the state the URL now holds to be on screen.
async function settled(page, check) {
  await page.waitForFunction(check, null, { timeout: SEARCH_TIMEOUT_MS });
}

describe('facets narrow the results and pages go past the first twenty', () => {
  const explorer = useExplorerPage();

  test('the page is ready', { timeout: 60_000 }, async () => {
    await openExplorer(explorer.page, explorer.server.url);
    explorer.ready = true;
  });

  test('an entity count filters the sample corpus to the documents naming it', { timeout: 30_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await searchFor(page, 'Tokayev');
    const before = await page.locator('#results li.hit').count();
    const entity = page.locator('.facet-entity .facet-button').first();
    const value = await entity.getAttribute('data-value');
    assert.match(value, /^(person|org|place):"[^"]+"$/);
    await entity.click();
    await settled(page, () => document.querySelector('.facet-entity .facet-button[aria-pressed="true"]') !== null);
    assert.equal(fragment(page).get('entity'), value);
    assert.ok(await page.locator('#results li.hit').count() <= before);
    assert.equal(await page.locator('.active-filter-list .filter-remove').count(), 1);
    await page.click('.active-filter-list .filter-remove');
    await settled(page, () => document.querySelector('.active-filter-list') === null);
    assert.equal(fragment(page).get('entity'), null);
  });

  test('a generated corpus is imported', { timeout: 60_000 }, async () => {
    explorer.requireReady();
    const text = generatedCorpus({ count: COUNT, prefix: 'pel', word: 'Pelican', langs: LANGS, sources: ['North Desk', 'South Desk'], dates: DATES });
    assert.match(await importFiles(explorer.page, [{ name: 'pelicans.jsonl', text }], { name: 'Pelicans' }), /70 documents added/);
  });

  test('the counts beside the results add up and a language narrows them', { timeout: 30_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await searchFor(page, 'Pelican');
    assert.match(await summary(page), /^Showing 20 of 70 results \(\d+(\.\d)? ms\)$/);
    const langs = await page.$$eval('.facet-lang .facet-button', (buttons) => buttons.map((b) => [b.dataset.value, Number(b.querySelector('.facet-count').textContent)]));
    assert.deepEqual(Object.fromEntries(langs), { en: expected('en'), ru: expected('ru'), kk: expected('kk') });
    const sources = await page.$$eval('.facet-source .facet-button', (buttons) => buttons.map((b) => b.dataset.value).sort());
    assert.deepEqual(sources, ['North Desk', 'South Desk']);
    await saveScreenshot(page, 'facets.png');

    await page.click('.facet-lang .facet-button[data-value="ru"]');
    await settled(page, () => document.querySelector('.facet-lang .facet-button[data-value="ru"]')?.getAttribute('aria-pressed') === 'true');
    assert.equal(fragment(page).get('lang'), 'ru');
    assert.equal(await summary(page).then((text) => text.replace(/ \(.*$/, '')), `Showing 20 of ${expected('ru')} results`);
    const titles = await page.$$eval('#results li.hit .hit-title', (items) => items.map((item) => item.lang));
    assert.ok(titles.every((lang) => lang === 'ru'), JSON.stringify(titles));
  });

  test('the next page shows the hits after the first twenty', { timeout: 30_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    const first = await page.$$eval('#results li.hit', (items) => items.map((item) => item.dataset.id));
    await page.click('#pager .pager-next');
    await settled(page, () => document.getElementById('results').dataset.page === '1');
    assert.equal(fragment(page).get('page'), '1');
    const second = await page.$$eval('#results li.hit', (items) => items.map((item) => item.dataset.id));
    assert.equal(second.length, expected('ru') - 20);
    assert.ok(second.every((id) => !first.includes(id)), 'a hit of page 1 came again on page 2');
    assert.equal((await summary(page)).replace(/ \(.*$/, ''), `Showing 21–${expected('ru')} of ${expected('ru')} results`);
    assert.equal(await page.isDisabled('#pager .pager-next'), true);
    assert.equal(await page.isEnabled('#pager .pager-previous'), true);
  });

  test('a year narrows further and starts again at the first page', { timeout: 30_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await page.click('.facet-year .facet-button[data-value="2024"]');
    await settled(page, () => document.querySelector('.facet-year .facet-button[data-value="2024"]')?.getAttribute('aria-pressed') === 'true'
      && document.getElementById('results').dataset.page === '0');
    assert.equal(fragment(page).get('date'), '2024');
    assert.equal(fragment(page).get('page'), null);
    assert.equal(await page.locator('#results li.hit').count(), expected('ru', '2024'));
    const dates = await page.$$eval('#results li.hit .hit-date', (items) => items.map((item) => item.textContent));
    assert.ok(dates.every((date) => date.startsWith('2024')), JSON.stringify(dates));
  });

  test('removing the language filter keeps the year', { timeout: 30_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await page.click('.active-filter-list .filter-remove[data-filter="lang"]');
    await settled(page, () => document.querySelectorAll('.active-filter-list .filter-remove').length === 1);
    const total = LANGS.reduce((sum, lang) => sum + expected(lang, '2024'), 0);
    assert.equal((await summary(page)).replace(/ \(.*$/, ''), `Showing 20 of ${total} results`);
    assert.equal(fragment(page).get('lang'), null);
    assert.equal(fragment(page).get('date'), '2024');
  });

  test('an example from the query syntax help runs as the query', { timeout: 30_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await page.click('.active-filter-list .filter-remove');
    await page.click('#query-syntax > summary');
    const example = page.locator('.syntax-example', { hasText: 'date:>=2025' });
    await example.click();
    await settled(page, () => document.getElementById('results').dataset.query === 'date:>=2025');
    assert.equal(await page.inputValue('#query'), 'date:>=2025');
    assert.equal(await page.locator('#results li.hit').count(), LANGS.reduce((sum, lang) => sum + expected(lang, '2025'), 0));
    await saveScreenshot(page, 'query-syntax.png');
  });

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(explorer.problems, []);
  });
});
