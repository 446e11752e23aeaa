// A person opens the timeline of a query: documents and occurrences per month
// as a bar chart (Chart.js, on a canvas) with a data table holding the same
// numbers, by month or by year; clicking a month's bars (or, by keyboard, its
// button in the table) sets the date filter, and the results then hold only
// that month's documents — with nothing written to the console (no CSP
// violation either: it would be reported there).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { saveScreenshot, useExplorerPage } from './support.mjs';
import { VIEW_TIMEOUT_MS, fragmentParams, openView, sampleDocuments } from './views-support.mjs';

const QUERY = 'Almaty';

// Waits until the chart of the query by `unit` (and date filter) is drawn.
async function waitForChart(page, unit, date = '') {
  await page.waitForFunction(([u, d]) => {
    const view = document.getElementById('timeline-view');
    return view?.dataset.drawn === `${view.dataset.query}|${u}|${d}` && !view.hasAttribute('aria-busy') && document.getElementById('timeline-chart');
  }, [unit, date], { timeout: VIEW_TIMEOUT_MS });
}

const tableRows = (page) => page.$$eval('#timeline-table tbody tr', (rows) => rows.map((r) => ({
  period: r.dataset.period,
  documents: Number(r.cells[1].textContent),
  hits: Number(r.cells[2].textContent),
})));

// The chart as Chart.js holds it: per period its values, its bars' drawn
// heights and where its column is on the page.
const bars = (page) => page.evaluate(async () => {
  const { Chart } = await import('./src/views/vendor/chart.js/chart.js');
  const canvas = document.getElementById('timeline-chart');
  const chart = Chart.getChart(canvas);
  const box = canvas.getBoundingClientRect();
  const [documents, hits] = chart.data.datasets;
  return chart.data.labels.map((period, i) => ({
    period,
    documents: documents.data[i],
    hits: hits.data[i],
    heights: [0, 1].map((k) => Math.round(chart.getDatasetMeta(k).data[i].height)),
    x: box.left + chart.getDatasetMeta(0).data[i].x,
    y: box.top + (chart.chartArea.top + chart.chartArea.bottom) / 2,
    selected: canvas.dataset.selected === period,
  }));
});

describe('the timeline counts a query by month and a bar sets the date filter', () => {
  const explorer = useExplorerPage();
  let docs;
  let matching;

  test('the chart and its table count documents and occurrences per month', { timeout: 60_000 }, async () => {
    docs = await sampleDocuments();
    await openView(explorer, `q=${QUERY}&view=timeline`, 'timeline');
    explorer.ready = true;
    await waitForChart(explorer.page, 'month');
    const rows = await tableRows(explorer.page);
    const chart = await bars(explorer.page);
    // The chart has every month from the first to the last; the table the months with counts.
    assert.deepEqual(chart.filter((b) => b.documents || b.hits).map(({ period, documents, hits }) => ({ period, documents, hits })), rows);
    for (let i = 1; i < chart.length; i++) {
      const [y0, m0] = chart[i - 1].period.split('-').map(Number);
      const [y1, m1] = chart[i].period.split('-').map(Number);
      assert.equal((y1 * 12 + m1) - (y0 * 12 + m0), 1, `months not consecutive: ${chart[i - 1].period} ${chart[i].period}`);
    }
    for (const bar of chart) {
      assert.equal(bar.heights[0] > 0, bar.documents > 0);
      assert.equal(bar.heights[1] > 0, bar.hits > 0);
    }
    // The table's buttons name each period's counts.
    const labels = await explorer.page.$$eval('#timeline-table .views-chart-select', (b) => b.map((x) => x.getAttribute('aria-label')));
    assert.deepEqual(labels, rows.map((r) => `${r.period}: ${r.documents} documents, ${r.hits} occurrences`));
    assert.equal(await explorer.page.getAttribute('#timeline-chart', 'role'), 'img');
    const summary = (await explorer.page.textContent('#timeline-summary')).trim();
    const [, total, occurrences] = summary.match(/^(\d+) documents, (\d+) occurrences, 0 without a date$/) ?? [];
    assert.ok(total, summary);
    assert.equal(rows.reduce((n, r) => n + r.documents, 0), Number(total));
    assert.equal(rows.reduce((n, r) => n + r.hits, 0), Number(occurrences));
    matching = rows;
    await saveScreenshot(explorer.page, 'view-timeline.png');
  });

  test('by year the same documents fall into years', async () => {
    explorer.requireReady();
    await explorer.page.selectOption('#timeline-unit', 'year');
    await waitForChart(explorer.page, 'year');
    const years = await tableRows(explorer.page);
    assert.ok(years.every((r) => /^\d{4}$/.test(r.period)));
    const expected = new Map();
    for (const r of matching) {
      const y = r.period.slice(0, 4);
      const e = expected.get(y) ?? { period: y, documents: 0, hits: 0 };
      e.documents += r.documents;
      e.hits += r.hits;
      expected.set(y, e);
    }
    assert.deepEqual(years, [...expected.values()]);
    await explorer.page.selectOption('#timeline-unit', 'month');
    await waitForChart(explorer.page, 'month');
  });

  test('choosing a month sets the date filter and the results hold only that month', async () => {
    explorer.requireReady();
    const month = matching.find((r) => r.documents > 0);
    const bar = (await bars(explorer.page)).find((b) => b.period === month.period);
    await explorer.page.mouse.click(bar.x, bar.y);
    await explorer.page.waitForFunction((p) => new URLSearchParams(location.hash.slice(1)).get('date') === `${p}..${p}`, month.period, { timeout: VIEW_TIMEOUT_MS });
    assert.equal(fragmentParams(explorer.page).get('date'), `${month.period}..${month.period}`);
    await waitForChart(explorer.page, 'month', `${month.period}..${month.period}`);
    assert.deepEqual((await bars(explorer.page)).filter((b) => b.selected).map((b) => b.period), [month.period]);
    assert.equal(await explorer.page.getAttribute(`#timeline-table .views-chart-select[data-period="${month.period}"]`, 'aria-pressed'), 'true');
    assert.match((await explorer.page.textContent('#timeline-filter')).trim(), new RegExp(`${month.period}\\.\\.${month.period}`));

    await explorer.page.click('#tab-results');
    await explorer.page.waitForFunction((n) => document.querySelectorAll('#results li.hit').length === n, month.documents, { timeout: VIEW_TIMEOUT_MS });
    const shown = await explorer.page.$$eval('#results li.hit', (items) => items.map((i) => Number(i.dataset.doc)));
    for (const doc of shown) assert.ok(docs[doc].date.startsWith(month.period), `${docs[doc].id} is dated ${docs[doc].date}`);
  });

  test('the keyboard chooses a month too', async () => {
    explorer.requireReady();
    await explorer.page.click('#tab-timeline');
    const month = matching.find((r) => r.documents > 0);
    await waitForChart(explorer.page, 'month', `${month.period}..${month.period}`);
    const other = matching.filter((r) => r.documents > 0)[1];
    await explorer.page.focus('#timeline-figure .views-chart-data summary');
    await explorer.page.keyboard.press('Enter');
    await explorer.page.focus(`#timeline-table .views-chart-select[data-period="${other.period}"]`);
    await explorer.page.keyboard.press('Enter');
    await explorer.page.waitForFunction((p) => new URLSearchParams(location.hash.slice(1)).get('date') === `${p}..${p}`, other.period, { timeout: VIEW_TIMEOUT_MS });
  });

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(explorer.problems, []);
  });
});
