// A person imports a CSV file whose columns the importer does not know
// (heading, article, guid, day): asked to choose the fields first, they find
// one list per document field holding the file's columns, pick heading for
// the title, article for the text, guid for the id and day for the date, and
// the documents come in with those titles and texts. After a reload the
// corpus still has them, and when its saved index can no longer be read it
// is indexed again from the stored file with the same choice — with nothing
// written to the console.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';

import { damageIndex, openCorporaSection, openExplorer, reloadExplorer, saveScreenshot, searchFor, useExplorerPage } from './support.mjs';

const NAME = 'Falcons';
const COUNT = 12;
const CSV = [
  'guid,heading,article,day,note',
  ...Array.from({ length: COUNT }, (_, i) => `falcon-${i},Falcon sighting ${i},"A peregrine falcon, number ${i}, hunted over the cliffs.",2024-0${1 + (i % 3)}-10,extra ${i}`),
].join('\n');

const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// axe-core's serious and critical findings inside the choice of fields.
async function seriousViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() => window.axe.run('#import-mapping', { resultTypes: ['violations'] }));
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}`);
}

const hits = (page) => page.$$eval('#results li.hit', (items) => items.map((item) => ({
  id: item.dataset.id,
  title: item.querySelector('.hit-title').textContent,
  marks: [...item.querySelectorAll('.hit-snippet mark')].map((mark) => mark.textContent),
})));

function checkHits(shown) {
  assert.equal(shown.length, COUNT);
  for (const hit of shown) {
    const [, n] = /^falcon-(\d+)$/.exec(hit.id) ?? [];
    assert.ok(n, hit.id);
    assert.equal(hit.title, `Falcon sighting ${n}`);
    assert.deepEqual(hit.marks, ['peregrine']);
  }
}

describe('a CSV with its own column names is imported after choosing its fields and keeps them after a reload', () => {
  const explorer = useExplorerPage();

  test('choosing the file shows one labelled list of its columns per field, preset to what is detected', { timeout: 60_000 }, async () => {
    await openExplorer(explorer.page, explorer.server.url);
    explorer.ready = true;
    const page = explorer.page;
    await openCorporaSection(page);
    await page.fill('#import-name', NAME);
    await page.check('#import-review-fields');
    await page.waitForSelector('#import-files:not([disabled])');
    await page.setInputFiles('#import-files', [{ name: 'falcons.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') }]);
    await page.waitForSelector('#import-mapping:not([hidden]) #import-field-title');
    // Nothing is imported before the fields are chosen.
    assert.equal(await page.isHidden('#import-report'), true);
    assert.equal(await page.isHidden('#import-progress-area'), true);
    for (const field of ['title', 'text', 'date', 'lang', 'source', 'id']) {
      const label = await page.$eval(`label[for="import-field-${field}"]`, (node) => node.textContent);
      assert.ok(label.trim(), `no label for ${field}`);
      const options = await page.$$eval(`#import-field-${field} option`, (nodes) => nodes.map((node) => node.value));
      assert.deepEqual(options, ['', 'guid', 'heading', 'article', 'day', 'note']);
      // No column is named or aliased like a field: every list starts at its default.
      assert.equal(await page.inputValue(`#import-field-${field}`), '');
    }
    // The lists are reached from the keyboard, in order, after the list that has focus.
    assert.equal(await page.evaluate(() => document.activeElement.id), 'import-field-title');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'import-field-text');
    assert.deepEqual(await seriousViolations(page), []);
    await saveScreenshot(page, 'import-fields.png');
  });

  test('the chosen columns give the documents their ids, titles, texts and dates', { timeout: 60_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await page.selectOption('#import-field-title', 'heading');
    await page.selectOption('#import-field-text', 'article');
    await page.selectOption('#import-field-id', 'guid');
    await page.selectOption('#import-field-date', 'day');
    await page.click('#import-mapping-start');
    await page.waitForSelector('#import-report:not([hidden])', { timeout: 60_000 });
    assert.match(await page.textContent('#import-report'), new RegExp(`${COUNT} documents added to “${NAME}” \\(0 skipped\\)`));
    assert.equal(await page.isHidden('#import-mapping'), true);
    const row = await page.$$eval('.import-fields tbody tr', (trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
    assert.deepEqual(row, [['falcons.csv', 'CSV', String(COUNT), 'heading', 'article', 'day', '—', '—', 'guid']]);
    await searchFor(page, 'peregrine');
    checkHits(await hits(page));
    await searchFor(page, 'sighting date:2024-02..2024-02');
    assert.equal(await page.locator('#results li.hit').count(), COUNT / 3);
  });

  test('after a reload the corpus still has them', { timeout: 60_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await reloadExplorer(page);
    assert.equal(await page.getAttribute('html', 'data-corpus-origin'), 'saved-index');
    await searchFor(page, 'peregrine');
    checkHits(await hits(page));
  });

  test('indexed again from its stored file, it is read with the same fields', { timeout: 60_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await damageIndex(page);
    await reloadExplorer(page);
    assert.equal(await page.getAttribute('html', 'data-corpus-origin'), 'rebuilt');
    assert.equal((await page.textContent('#status')).trim(), `${COUNT} documents loaded (indexed again from its stored files)`);
    await searchFor(page, 'peregrine');
    checkHits(await hits(page));
  });

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(explorer.problems, []);
  });
});
