// A corpus whose titles, texts, sources, dates, languages, ids and file
// name carry markup — <script>, <img onerror>, javascript: links, SVG with
// handlers, <style> and <iframe> — is imported, searched, faceted and
// opened in every view. Nothing runs (a flag the payloads would set stays
// unset, no dialog opens), no element of theirs is created, the payloads
// show as literal text, and the console stays empty.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { importFiles, openExplorer, saveScreenshot, searchFor, useExplorerPage } from './support.mjs';

const SET = (how) => `window.__qalamPwned='${how}'`;
const PAYLOADS = {
  title: `<script>${SET('title-script')}</script><img src=x onerror="${SET('title-img')}">Hostile headline`,
  text: `Hostile body <svg onload="${SET('svg')}"><script>${SET('svg-script')}</script></svg> `
    + `<a href="javascript:${SET('link')}">click</a> javascript:${SET('bare')} `
    + `<style>body{display:none}</style><iframe src="javascript:${SET('iframe')}"></iframe> President Evil Markup visited Almaty.`,
  source: `</style><style>*{display:none}</style><b onmouseover="${SET('source')}">Hostile desk</b>`,
  date: `<img src=x onerror="${SET('date')}">`,
  lang: `"><script>${SET('lang')}</script>`,
  id: `<iframe srcdoc="<script>${SET('id')}</script>">`,
};
const FILE_NAME = `<img src=x onerror="${SET('file')}">.jsonl`;

const LINES = [
  JSON.stringify({ id: PAYLOADS.id, title: PAYLOADS.title, text: PAYLOADS.text, source: PAYLOADS.source, date: PAYLOADS.date, lang: PAYLOADS.lang }),
  JSON.stringify({ id: 'second', title: `Hostile <svg><animate onbegin="${SET('animate')}" attributeName="x"/></svg> two`, text: 'Hostile text in English about Almaty.', source: 'javascript:alert(1)', date: '2024-05-06', lang: 'en' }),
  `{"id": "<script>${SET('issue')}</script>", "title": `,
].join('\n');

async function assertNothingRan(page, dialogs) {
  assert.equal(await page.evaluate(() => window.__qalamPwned), undefined);
  assert.deepEqual(dialogs, []);
  // Views may draw SVG charts of their own, never with handlers or corpus markup.
  const foreign = await page.evaluate(() => [...document.querySelectorAll('img, svg, iframe, style, object, embed, b, [onerror], [onload], [onbegin], [onmouseover]')]
    .map((node) => node.outerHTML.slice(0, 120))
    .filter((html) => /\son[a-z]+=|qalamPwned|src="x"|srcdoc|<style|<iframe|<img|<b[ >]/i.test(html)));
  assert.deepEqual(foreign, []);
  const scripts = await page.$$eval('script', (nodes) => nodes.map((node) => node.getAttribute('src')));
  assert.deepEqual(scripts, ['src/main.js']);
  const links = await page.$$eval('a[href]', (nodes) => nodes.map((node) => node.getAttribute('href')));
  assert.ok(links.every((href) => !/^\s*javascript:/i.test(href)), JSON.stringify(links));
  assert.equal(await page.isVisible('body'), true);
}

describe('hostile markup in a corpus is shown as text and never runs', () => {
  const explorer = useExplorerPage();
  const dialogs = [];

  test('the hostile corpus is imported; its file name and bad line show as text', { timeout: 60_000 }, async () => {
    const page = explorer.page;
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss().catch(() => {});
    });
    await openExplorer(page, explorer.server.url);
    explorer.ready = true;
    const report = await importFiles(page, [{ name: FILE_NAME, text: LINES }], { name: '<b>Hostile</b> corpus' });
    assert.match(report, /2 documents added/);
    const issue = await page.textContent('.import-issues li');
    assert.ok(issue.startsWith(`${FILE_NAME}:3: `), issue);
    assert.ok((await page.textContent('#corpus-current')).includes('<b>Hostile</b> corpus'));
    await assertNothingRan(page, dialogs);
  });

  test('search results and counts show the payloads literally', { timeout: 30_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await searchFor(page, 'Hostile');
    await saveScreenshot(page, 'hostile-results.png');
    const titles = await page.$$eval('#results li.hit .hit-title', (nodes) => nodes.map((node) => node.textContent));
    assert.ok(titles.includes(PAYLOADS.title), JSON.stringify(titles));
    const sources = await page.$$eval('#results li.hit .hit-source', (nodes) => nodes.map((node) => node.textContent));
    assert.ok(sources.includes(PAYLOADS.source), JSON.stringify(sources));
    const snippets = (await page.$$eval('#results li.hit .hit-snippet', (nodes) => nodes.map((node) => node.textContent))).join(' ');
    assert.ok(snippets.includes('<svg onload='), snippets);
    const facetSources = await page.$$eval('.facet-source .facet-label', (nodes) => nodes.map((node) => node.textContent));
    assert.ok(facetSources.includes(PAYLOADS.source), JSON.stringify(facetSources));
    await page.click(`.facet-source .facet-button[data-value="${PAYLOADS.source.replace(/"/g, '\\"')}"]`);
    await page.waitForFunction(() => document.querySelector('.active-filter-list') !== null);
    await assertNothingRan(page, dialogs);
    await page.click('.active-filter-list .filter-remove');
    await page.waitForFunction(() => document.querySelector('.active-filter-list') === null);
  });

  test('opening the hostile document and every view runs nothing', { timeout: 60_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await searchFor(page, 'Hostile');
    const link = page.locator('#results li.hit .hit-link', { hasText: 'Hostile headline' });
    await link.click();
    await page.waitForTimeout(500);
    const opened = await page.evaluate(() => document.body.innerText);
    assert.ok(opened.includes('<svg onload='), 'the document text is not shown literally');
    await saveScreenshot(page, 'hostile-document.png');
    await assertNothingRan(page, dialogs);
    const views = await page.$$eval('[role="tab"]', (tabs) => tabs.map((tab) => tab.dataset.view));
    for (const view of views) {
      await page.click(`[role="tab"][data-view="${view}"]`);
      await page.waitForTimeout(400);
      await assertNothingRan(page, dialogs);
    }
    await page.click('#ui-language');
    await page.waitForTimeout(300);
    await assertNothingRan(page, dialogs);
  });

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(explorer.problems, []);
  });
});
