// The timeline: documents and occurrences of the current query per month or
// year, as a bar chart (Chart.js) with a data table; choosing a period — a
// bar or its button in the table — sets the date filter (date:2024-01..2024-01).

import { MessageType } from '../protocol.js';
import { barChart } from './bar_chart.js';
import { requester, button, el, formatNumber, latestOnly, select, translator, uiLanguage } from './dom.js';
import { effectiveQuery, knownEntityTypes, periodRange } from './query.js';
import { bucketize } from './timeline_buckets.js';

export const timelineView = {
  id: 'timeline',
  label: { en: 'Timeline', fa: 'خط زمانی' },
  mount(panel, context) {
    const { client, state } = context;
    const request = requester(client);
    const t = translator(context);
    const latest = latestOnly();
    let unit = 'month';
    let visible = false;
    let stale = true;
    let counts = null;
    let drawn = null; // the chart on screen, destroyed before the next
    let drawing = 0;

    const root = el('section', { className: 'timeline-view', attrs: { id: 'timeline-view' } });
    const controls = el('div', { className: 'timeline-controls' });
    const summary = el('p', { className: 'timeline-summary', attrs: { id: 'timeline-summary', role: 'status' } });
    const filterNote = el('p', { className: 'timeline-filter', attrs: { id: 'timeline-filter' } });
    const body = el('div', { className: 'timeline-body' });
    root.append(controls, summary, filterNote, body);
    panel.append(root);

    function renderControls() {
      controls.replaceChildren(select('timeline-unit', t('timeline.granularity'), [
        { value: 'month', label: t('timeline.byMonth') },
        { value: 'year', label: t('timeline.byYear') },
      ], unit, (value) => {
        unit = value;
        render();
      }));
      const { date } = state.get().filters;
      filterNote.replaceChildren();
      if (date) filterNote.append(t('timeline.dateFilter', { range: date }), ' ', button('×', () => state.set({ filters: { date: '' }, page: 0 }), { attrs: { id: 'timeline-clear-date', 'aria-label': `${t('timeline.dateFilter', { range: '' })} ×` } }));
    }

    function clearChart(...content) {
      drawing++;
      drawn?.destroy();
      drawn = null;
      delete root.dataset.drawn;
      body.replaceChildren(...content);
    }

    async function render() {
      renderControls();
      if (!counts) return;
      const ui = uiLanguage(context);
      root.dataset.query = counts.query;
      root.dataset.unit = unit;
      if (counts.error) {
        summary.textContent = t('timeline.error', { code: counts.error.code, message: counts.error.message });
        summary.classList.add('is-error');
        clearChart();
        return;
      }
      summary.classList.remove('is-error');
      const documents = unit === 'year' ? counts.years : counts.months;
      const hits = new Map((unit === 'year' ? counts.occurrencesByYear : counts.occurrencesByMonth).map(({ value, count }) => [value, count]));
      const rows = bucketize(documents, hits, unit);
      const dated = (unit === 'year' ? counts.years : counts.months).reduce((sum, f) => sum + f.count, 0);
      summary.textContent = t('timeline.summary', {
        documents: formatNumber(counts.documents, ui),
        hits: formatNumber(counts.occurrences, ui),
        undated: formatNumber(Math.max(0, counts.documents - dated), ui),
      });
      if (rows.length === 0) {
        clearChart(el('p', { text: t('timeline.empty') }));
        return;
      }
      const label = (row) => t('timeline.bar', { period: row.period, documents: row.values.documents, hits: row.values.hits });
      const mine = ++drawing;
      let chart;
      try {
        chart = await barChart({
          id: 'timeline',
          caption: t('timeline.chart', { unit: t(`timeline.${unit}`) }),
          series: [
            { key: 'documents', label: t('timeline.documents'), className: 'views-series-documents' },
            { key: 'hits', label: t('timeline.hits'), className: 'views-series-hits' },
          ],
          rows: rows.map((row) => ({ period: row.period, values: { documents: row.documents, hits: row.hits } })),
          barLabel: label,
          selected: (row) => state.get().filters.date === periodRange(row.period),
          onSelect: (row) => state.set({ filters: { date: periodRange(row.period) }, page: 0 }),
          headers: { period: t('timeline.period'), table: t('timeline.table') },
        });
      } catch (error) {
        if (mine !== drawing) return;
        summary.textContent = t('timeline.error', { code: error.code ?? 'error', message: error.message });
        summary.classList.add('is-error');
        return;
      }
      if (mine !== drawing) {
        chart.destroy();
        return;
      }
      drawn?.destroy();
      drawn = chart;
      body.replaceChildren(chart.element);
      root.dataset.drawn = `${counts.query}|${unit}|${state.get().filters.date}`;
    }

    async function refresh() {
      stale = false;
      renderControls();
      // The chart shows every period; the date filter only marks the chosen one.
      const current = state.get();
      const query = effectiveQuery({ ...current, filters: { ...current.filters, date: '' } }, knownEntityTypes);
      if (!query) {
        counts = null;
        delete root.dataset.query;
        summary.textContent = t('timeline.noQuery');
        clearChart();
        return;
      }
      root.setAttribute('aria-busy', 'true');
      try {
        await latest(
          () => request(MessageType.OCCURRENCE_COUNTS, { query, crossScript: Boolean(state.get().crossScript) }),
          (result) => {
            counts = { ...result, query };
            render();
          },
        );
      } catch (error) {
        summary.textContent = t('timeline.error', { code: error.code ?? 'error', message: error.message });
        summary.classList.add('is-error');
      } finally {
        root.removeAttribute('aria-busy');
      }
    }

    state.subscribe((next, previous) => {
      const { date: nextDate, ...nextFilters } = next.filters;
      const { date: previousDate, ...previousFilters } = previous.filters;
      if (next.corpus !== previous.corpus || next.query !== previous.query || next.crossScript !== previous.crossScript || next.ui !== previous.ui
        || JSON.stringify(nextFilters) !== JSON.stringify(previousFilters)) {
        stale = true;
        if (visible) refresh();
      } else if (nextDate !== previousDate) {
        if (visible) render();
        else stale = true;
      }
    });

    return {
      show() {
        visible = true;
        if (stale) refresh();
      },
      hide() {
        visible = false;
      },
    };
  },
};
