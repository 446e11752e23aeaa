// A person imports a corpus of 450 documents, searches a word all of them
// carry and exports the hits: the CSV and the JSON each hold every hit (past
// the worker's 200-hit page) in the result list's order, with id, title,
// date, language, source and score, and titles that a spreadsheet would run
// as formulas neutralised — with nothing written to the console.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { importFiles, openExplorer, searchFor, useExplorerPage } from './support.mjs';
import { downloadText, exportedCell, parseCsv } from './views-support.mjs';

const COUNT = 450;
const LANGS = ['en', 'ru', 'kk'];
const SOURCES = ['Harbour Desk', '+Wire', 'Coast Times'];
const DATES = ['2023-04-02', '2024-11-30', ''];

// Every fifth title starts like a spreadsheet formula.
const documents = Array.from({ length: COUNT }, (_, i) => ({
  id: `exp-${i}`,
  title: i % 5 === 0 ? `=HYPERLINK("http://x.invalid/${i}","harbour ${i}")` : `Harbour note ${i}`,
  text: `The harbour ${'harbour '.repeat(i % 7)}report number ${i} about ships and cargo.`,
  lang: LANGS[i % LANGS.length],
  source: SOURCES[i % SOURCES.length],
  date: DATES[i % DATES.length],
}));
const byId = new Map(documents.map((d) => [d.id, d]));

describe('every hit of a query exports as CSV and JSON', () => {
  const explorer = useExplorerPage();
  let csvRows;

  test('the imported corpus is searched', { timeout: 90_000 }, async () => {
    await openExplorer(explorer.page, explorer.server.url);
    const report = await importFiles(explorer.page, [{ name: 'harbour.jsonl', text: `${documents.map((d) => JSON.stringify(d)).join('\n')}\n` }], { name: 'harbour' });
    assert.match(report, /450/);
    await searchFor(explorer.page, 'harbour');
    assert.equal(await explorer.page.isVisible('#results-export-csv'), true);
    explorer.ready = true;
  });

  test('the CSV holds every hit with its fields, formulas neutralised', { timeout: 60_000 }, async () => {
    explorer.requireReady();
    const { name, text } = await downloadText(explorer.page, () => explorer.page.click('#results-export-csv'));
    assert.equal(name, 'hits.csv');
    const { rows, allQuoted } = parseCsv(text);
    assert.ok(allQuoted);
    assert.deepEqual(rows[0], ['rank', 'id', 'title', 'date', 'lang', 'source', 'score']);
    csvRows = rows.slice(1);
    assert.equal(csvRows.length, COUNT);
    assert.deepEqual(new Set(csvRows.map((r) => r[1])), new Set(byId.keys()));
    csvRows.forEach((row, i) => {
      const d = byId.get(row[1]);
      assert.deepEqual(row.slice(0, 6), [String(i + 1), d.id, d.title, d.date, d.lang, d.source].map(exportedCell));
      assert.ok(Number(row[6]) > 0, `score ${row[6]}`);
      if (i > 0) assert.ok(Number(row[6]) <= Number(csvRows[i - 1][6]), `scores not in rank order at ${i}`);
    });
    assert.ok(csvRows.some((r) => r[2].startsWith('\'=HYPERLINK(')), 'a formula title was not neutralised');
    assert.ok(csvRows.some((r) => r[5] === '\'+Wire'));
    assert.match(await explorer.page.textContent('#results-export-status'), /450 hits exported/);
  });

  test('the JSON holds the same hits, and its first page is the result list\'s', { timeout: 60_000 }, async () => {
    explorer.requireReady();
    const { name, text } = await downloadText(explorer.page, () => explorer.page.click('#results-export-json'));
    assert.equal(name, 'hits.json');
    const json = JSON.parse(text);
    assert.equal(json.query, 'harbour');
    assert.deepEqual(json.hits.map((h) => h.id), csvRows.map((r) => r[1]));
    for (const hit of json.hits) {
      const d = byId.get(hit.id);
      assert.deepEqual([hit.title, hit.date, hit.lang, hit.source], [d.title, d.date, d.lang, d.source]);
      assert.equal(typeof hit.score, 'number');
    }
    const listed = await explorer.page.$$eval('#results li.hit', (items) => items.map((i) => i.dataset.id));
    assert.equal(listed.length, 20);
    assert.deepEqual(json.hits.slice(0, 20).map((h) => h.id), listed);
  });

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(explorer.problems, []);
  });
});
