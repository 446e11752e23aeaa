// A bar chart drawn by Chart.js on a <canvas>, with a legend and a data table
// beside it holding the same numbers (and, when bars can be chosen, a button
// per period, the keyboard's way to choose one). Used by the timeline and by
// an entity's mentions over time.
//
// await barChart({id, caption, series: [{key, label, className}], rows:
// [{period, values: {key: n}}], barLabel(row), onSelect(row)?, selected(row)?,
// headers: {period, table}}) -> {element, chart, destroy()}

import { loadChart } from './chart_library.js';
import { button, el } from './dom.js';

const PERIOD_WIDTH = 28; // px per period before the chart scrolls sideways

// A series' colour and the chart's text and grid colours come from the
// stylesheet (custom properties on the figure), so themes stay in CSS.
function colours(figure, series) {
  const style = getComputedStyle(figure);
  const read = (name, fallback) => style.getPropertyValue(name).trim() || fallback;
  return {
    series: series.map((s) => read(`--${s.className.replace(/^views-/, '')}`, '#0b5cad')),
    selected: read('--views-chart-selected', '#000'),
    text: read('--views-chart-text', '#444'),
    grid: read('--views-chart-grid', '#ddd'),
    font: style.fontFamily,
  };
}

function dataTable({ id, caption, series, rows, barLabel, onSelect, selected, headers }) {
  const table = el('table', { className: 'views-chart-table', attrs: { id: `${id}-table` } });
  table.append(el('caption', { text: caption }));
  const head = el('tr', {}, el('th', { text: headers.period, attrs: { scope: 'col' } }), ...series.map((s) => el('th', { text: s.label, attrs: { scope: 'col' } })));
  table.append(el('thead', {}, head));
  const body = el('tbody');
  for (const row of rows) {
    if (series.every((s) => !row.values[s.key])) continue; // the chart shows the gaps; the table lists what is there
    const period = onSelect
      ? button(row.period, () => onSelect(row), { className: 'views-chart-select', attrs: { 'data-period': row.period, 'aria-label': barLabel(row), 'aria-pressed': String(selected(row)) } })
      : row.period;
    body.append(el('tr', { attrs: { 'data-period': row.period } },
      el('th', { attrs: { scope: 'row' } }, period),
      ...series.map((s) => el('td', { text: String(row.values[s.key] ?? 0) }))));
  }
  table.append(body);
  return table;
}

export async function barChart({ id, caption, series, rows, barLabel, onSelect, selected = () => false, headers }) {
  const Chart = await loadChart();
  const chosen = rows.findIndex((row) => selected(row));
  const canvas = el('canvas', { attrs: { id: `${id}-chart`, role: 'img', 'aria-label': caption, 'aria-describedby': `${id}-table` } });
  canvas.textContent = caption;
  if (chosen >= 0) canvas.dataset.selected = rows[chosen].period;
  const frame = el('div', { className: 'views-chart-canvas' }, canvas);
  frame.style.setProperty('min-inline-size', `${Math.max(rows.length * PERIOD_WIDTH, 240)}px`);
  const legend = el('ul', { className: 'views-chart-legend' }, ...series.map((s) => el('li', {},
    el('span', { className: `views-chart-swatch ${s.className}`, attrs: { 'aria-hidden': 'true' } }), ` ${s.label}`)));
  const table = dataTable({ id, caption, series, rows, barLabel, onSelect, selected, headers });
  // Time runs left to right in either page direction.
  const figure = el('figure', { className: 'views-chart-figure', attrs: { id: `${id}-figure` } },
    el('div', { className: 'views-chart-scroll', dir: 'ltr' }, frame), legend,
    el('details', { className: 'views-chart-data' }, el('summary', { text: headers.table }), table));

  // Colours are read once the figure is in the document (its styles apply).
  const palette = () => colours(figure.isConnected ? figure : document.documentElement, series);
  let theme = palette();
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map((row) => row.period),
      datasets: series.map((s, k) => ({
        label: s.label,
        data: rows.map((row) => row.values[s.key] ?? 0),
        backgroundColor: theme.series[k],
        borderColor: rows.map((_, i) => (i === chosen ? theme.selected : theme.series[k])),
        borderWidth: rows.map((_, i) => (i === chosen ? 2 : 0)),
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { ticks: { color: theme.text, maxRotation: 60, autoSkip: true, font: { family: theme.font } }, grid: { display: false } },
        y: { beginAtZero: true, ticks: { color: theme.text, precision: 0, font: { family: theme.font } }, grid: { color: theme.grid } },
      },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { title: (items) => (items.length ? barLabel(rows[items[0].dataIndex]) : '') } },
      },
      onHover: onSelect ? (event, active) => canvas.style.setProperty('cursor', active.length ? 'pointer' : 'default') : undefined,
      // A click anywhere in a period's column chooses it: small bars stay easy to hit.
      onClick: onSelect ? (event, active) => {
        if (active.length) onSelect(rows[active[0].index]);
      } : undefined,
    },
  });
  // Once in the document, colours from the stylesheet (dark theme included).
  requestAnimationFrame(() => {
    if (!figure.isConnected) return;
    theme = palette();
    chart.data.datasets.forEach((dataset, k) => {
      dataset.backgroundColor = theme.series[k];
      dataset.borderColor = rows.map((_, i) => (i === chosen ? theme.selected : theme.series[k]));
    });
    for (const axis of ['x', 'y']) {
      chart.options.scales[axis].ticks.color = theme.text;
      chart.options.scales[axis].ticks.font.family = theme.font;
    }
    chart.options.scales.y.grid.color = theme.grid;
    chart.update();
  });
  return { element: figure, chart, destroy: () => chart.destroy() };
}
