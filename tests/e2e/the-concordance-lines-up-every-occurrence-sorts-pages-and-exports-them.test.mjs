// A person opens the concordance for a query from a shared link: every
// occurrence is one line, the matches stand in one centred column whatever
// the line's direction, the core's sort and the context size apply, long
// results page, a line opens its document, and the lines export as CSV
// (every field quoted, formula-like cells neutralised) and JSON — with
// nothing written to the console.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { saveScreenshot, useExplorerPage } from './support.mjs';
import { VIEW_TIMEOUT_MS, downloadText, exportedCell, fragmentParams, openView, parseCsv, sampleDocuments } from './views-support.mjs';

const QUERY = 'Almaty';
const MANY = 'Central Asia OR Kazakhstan OR Afghanistan OR Almaty OR Tokayev';

async function waitForLines(page, query, sort = 'doc') {
  await page.waitForFunction(([q, s]) => {
    const view = document.getElementById('kwic-view');
    return view && view.dataset.query === q && view.dataset.sort === s && !view.hasAttribute('aria-busy');
  }, [query, sort], { timeout: VIEW_TIMEOUT_MS });
}

async function lines(page) {
  return page.$$eval('#kwic-lines .kwic-line', (buttons) => buttons.map((b) => ({
    doc: Number(b.dataset.doc),
    dir: b.dir,
    left: b.querySelector('.kwic-left').textContent,
    match: b.querySelector('.kwic-match').textContent,
    right: b.querySelector('.kwic-right').textContent,
    partDirs: [...b.querySelectorAll('bdi')].slice(0, 3).map((x) => x.dir),
    matchCentre: (() => {
      const r = b.querySelector('.kwic-match').getBoundingClientRect();
      return r.left + r.width / 2;
    })(),
  })));
}

describe('the concordance lines up every occurrence, sorts, pages and exports them', () => {
  const explorer = useExplorerPage();
  let docs;

  test('the concordance opens from the link with one line per occurrence', { timeout: 60_000 }, async () => {
    docs = await sampleDocuments();
    await openView(explorer, `q=${encodeURIComponent(QUERY)}&view=kwic`, 'kwic');
    explorer.ready = true;
    await waitForLines(explorer.page, QUERY);
    const shown = await lines(explorer.page);
    const summary = (await explorer.page.textContent('#kwic-summary')).trim();
    assert.equal(summary, `Lines 1–${shown.length} of ${shown.length}`);
    assert.ok(shown.length >= 10, `only ${shown.length} lines`);
    for (const line of shown) {
      const text = docs[line.doc].text;
      assert.ok(text.includes(`${line.left}${line.match}${line.right}`), `line not a slice of document ${line.doc}: ${line.left}[${line.match}]${line.right}`);
      assert.match(line.match, /alma|алма|آلما|ألما/i);
      const rtl = ['fa', 'ar'].includes(docs[line.doc].lang);
      assert.equal(line.dir, rtl ? 'rtl' : 'ltr', `direction of a ${docs[line.doc].lang} line`);
      assert.deepEqual(line.partDirs, [line.dir, line.dir, line.dir]);
    }
    assert.ok(shown.some((l) => l.dir === 'rtl') && shown.some((l) => l.dir === 'ltr'), 'the sample has lines in both directions');
    await saveScreenshot(explorer.page, 'view-kwic.png');
  });

  test('the matches form one centred column in lines of both directions', async () => {
    explorer.requireReady();
    const centres = (await lines(explorer.page)).map((l) => l.matchCentre);
    const spread = Math.max(...centres) - Math.min(...centres);
    assert.ok(spread <= 2, `match centres spread over ${spread}px: ${centres.join(', ')}`);
  });

  test('fewer words of context and a sort by the first word after the match', async () => {
    explorer.requireReady();
    const before = await lines(explorer.page);
    await explorer.page.selectOption('#kwic-context', '3');
    await explorer.page.waitForFunction(() => document.querySelector('#kwic-context')?.value === '3'
      && !document.getElementById('kwic-view').hasAttribute('aria-busy'), null, { timeout: VIEW_TIMEOUT_MS });
    await explorer.page.waitForFunction(() => [...document.querySelectorAll('#kwic-lines .kwic-right')]
      .every((r) => r.textContent.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length <= 3), null, { timeout: VIEW_TIMEOUT_MS });
    const narrow = await lines(explorer.page);
    assert.equal(narrow.length, before.length);
    assert.ok(narrow.some((l, i) => l.right.length < before[i].right.length), 'no line got shorter');

    await explorer.page.selectOption('#kwic-sort', '1R');
    await waitForLines(explorer.page, QUERY, '1R');
    const sorted = await lines(explorer.page);
    const key = (l) => `${l.doc}|${l.left}|${l.match}`;
    assert.deepEqual(sorted.map(key).sort(), narrow.map(key).sort(), 'the same lines');
    assert.notDeepEqual(sorted.map(key), narrow.map(key), 'in another order');
    // Lines with the same first word after the match sort together.
    const firstAfter = sorted.map((l) => (l.right.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/u)?.[0] ?? '').toLowerCase());
    const seen = new Set();
    for (let i = 0; i < firstAfter.length; i++) {
      if (i > 0 && firstAfter[i] === firstAfter[i - 1]) continue;
      assert.ok(!seen.has(firstAfter[i]), `"${firstAfter[i]}" lines are not together: ${firstAfter.join(' / ')}`);
      seen.add(firstAfter[i]);
    }
  });

  test('the lines export as CSV and JSON with the same rows', async () => {
    explorer.requireReady();
    const shown = await lines(explorer.page);
    const json = await downloadText(explorer.page, () => explorer.page.click('#kwic-export-json'));
    assert.equal(json.name, 'concordance.json');
    const data = JSON.parse(json.text);
    assert.equal(data.query, QUERY);
    assert.equal(data.sort, '1R');
    assert.equal(data.lines.length, shown.length);
    assert.deepEqual(data.lines.map((l) => l.match), shown.map((l) => l.match));

    const csv = await downloadText(explorer.page, () => explorer.page.click('#kwic-export-csv'));
    assert.equal(csv.name, 'concordance.csv');
    assert.ok(csv.text.startsWith('\uFEFF"doc","id","direction","before","match","after"\r\n'), csv.text.slice(0, 80));
    const { rows, allQuoted } = parseCsv(csv.text);
    assert.ok(allQuoted, 'every CSV field is quoted');
    assert.equal(rows.length, data.lines.length + 1);
    rows.slice(1).forEach((row, i) => {
      const line = data.lines[i];
      assert.deepEqual(row, [line.doc, line.id, line.direction, line.left, line.match, line.right].map(exportedCell));
    });
  });

  test('a long concordance pages by fifty lines', async () => {
    explorer.requireReady();
    await explorer.page.locator('#query').fill(MANY);
    await waitForLines(explorer.page, MANY, '1R');
    const summary = (await explorer.page.textContent('#kwic-summary')).trim();
    const total = Number(summary.match(/of (\d+)/)[1]);
    assert.ok(total > 50, `${MANY}: ${total} lines`);
    assert.equal(summary, `Lines 1–50 of ${total}`);
    assert.equal(await explorer.page.isDisabled('#kwic-previous'), true);
    await explorer.page.click('#kwic-next');
    await explorer.page.waitForFunction((t) => document.getElementById('kwic-summary').textContent.trim() === `Lines 51–${t} of ${t}`, total, { timeout: VIEW_TIMEOUT_MS });
    assert.equal((await lines(explorer.page)).length, total - 50);
    assert.equal(await explorer.page.isDisabled('#kwic-next'), true);
    await explorer.page.click('#kwic-previous');
    await explorer.page.waitForFunction((t) => document.getElementById('kwic-summary').textContent.trim() === `Lines 1–50 of ${t}`, total, { timeout: VIEW_TIMEOUT_MS });
  });

  test('a line opens its document in the reader', async () => {
    explorer.requireReady();
    const first = explorer.page.locator('#kwic-lines .kwic-line').nth(2);
    const doc = Number(await first.getAttribute('data-doc'));
    await first.click();
    await explorer.page.waitForSelector(`#panel-document:not([hidden]) #document-view[data-doc="${doc}"]`, { timeout: VIEW_TIMEOUT_MS });
    const params = fragmentParams(explorer.page);
    assert.equal(params.get('view'), 'document');
    assert.equal(params.get('doc'), String(doc));
    assert.equal((await explorer.page.textContent('#document-title')).includes(docs[doc].title.slice(0, 10)), true);
  });

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(explorer.problems, []);
  });
});
