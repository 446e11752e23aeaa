// A person opens the timeline of a word in a corpus of 1,200 documents that
// say it once, twice or three times each, spread over four months (and some
// undated): the table and the chart give, per month, exactly the documents
// and occurrences the corpus holds — counted in one pass by the core, not by
// paging the concordance — and by year the same sums; with nothing written
// to the console.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { importFiles, openExplorer, useExplorerPage } from './support.mjs';
import { VIEW_TIMEOUT_MS } from './views-support.mjs';

const COUNT = 1200;
const MONTHS = ['2023-11', '2023-12', '2024-01', '2024-02', ''];

function corpus() {
  const lines = [];
  const expected = new Map(); // period -> {documents, hits}
  let undated = 0;
  let occurrences = 0;
  for (let i = 0; i < COUNT; i++) {
    const times = 1 + (i % 3);
    const month = MONTHS[i % MONTHS.length];
    const words = Array.from({ length: times }, (_, k) => `kestrel flight ${k}`).join(', then ');
    lines.push(JSON.stringify({
      id: `k-${i}`,
      title: `Report ${i}`,
      text: `Over the hills a ${words}. Farmers counted birds near the river.`,
      lang: 'en',
      date: month ? `${month}-0${1 + (i % 9)}` : '',
    }));
    occurrences += times;
    if (!month) {
      undated++;
      continue;
    }
    const e = expected.get(month) ?? { period: month, documents: 0, hits: 0 };
    e.documents++;
    e.hits += times;
    expected.set(month, e);
  }
  return { text: `${lines.join('\n')}\n`, months: [...expected.values()], undated, occurrences };
}

const tableRows = (page) => page.$$eval('#timeline-table tbody tr', (rows) => rows.map((r) => ({
  period: r.dataset.period,
  documents: Number(r.cells[1].textContent),
  hits: Number(r.cells[2].textContent),
})));

async function waitForChart(page, unit) {
  await page.waitForFunction((u) => {
    const view = document.getElementById('timeline-view');
    return view?.dataset.drawn === `${view.dataset.query}|${u}|` && !view.hasAttribute('aria-busy') && document.getElementById('timeline-chart');
  }, unit, { timeout: VIEW_TIMEOUT_MS });
}

describe('the timeline counts every occurrence of a word in a generated corpus by month', () => {
  const explorer = useExplorerPage();
  const generated = corpus();

  test('a corpus of 1,200 documents is imported', { timeout: 90_000 }, async () => {
    await openExplorer(explorer.page, explorer.server.url);
    explorer.ready = true;
    assert.match(await importFiles(explorer.page, [{ name: 'kestrels.jsonl', text: generated.text }], { name: 'Kestrels' }), /1,200 documents added/);
  });

  test('per month, the documents and occurrences are those of the corpus', { timeout: 60_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await page.evaluate(() => {
      window.location.hash = '#corpus=Kestrels&q=kestrel&view=timeline';
    });
    await page.waitForSelector('#panel-timeline:not([hidden])', { timeout: VIEW_TIMEOUT_MS });
    await waitForChart(page, 'month');
    assert.deepEqual(await tableRows(page), generated.months);
    const summary = (await page.textContent('#timeline-summary')).trim();
    assert.equal(summary, `${COUNT.toLocaleString('en')} documents, ${generated.occurrences.toLocaleString('en')} occurrences, ${generated.undated} without a date`);
  });

  test('by year, the same occurrences add up', { timeout: 30_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await page.selectOption('#timeline-unit', 'year');
    await waitForChart(page, 'year');
    const years = new Map();
    for (const m of generated.months) {
      const y = years.get(m.period.slice(0, 4)) ?? { period: m.period.slice(0, 4), documents: 0, hits: 0 };
      y.documents += m.documents;
      y.hits += m.hits;
      years.set(y.period, y);
    }
    assert.deepEqual(await tableRows(page), [...years.values()]);
  });

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(explorer.problems, []);
  });
});
