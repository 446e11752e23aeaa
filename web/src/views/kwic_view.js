// The concordance (keyword in context) of the current query: one line per
// occurrence, the match in an aligned middle column, sorted by the core,
// paged, each line in its own document's direction; CSV and JSON export.

import { MessageType } from '../protocol.js';
import { requester, button, el, formatNumber, latestOnly, offerDownload, select, translator, uiLanguage } from './dom.js';
import { toCsv, toJson } from './export_format.js';
import { CONTEXT_SIZES, KWIC_EXPORT_COLUMNS, SORT_KEYS, lineDirection, lineParts, pageSummary } from './kwic_lines.js';
import { effectiveQuery, knownEntityTypes } from './query.js';

const PAGE_SIZE = 50;
const EXPORT_LIMIT = 10000;

export const kwicView = {
  id: 'kwic',
  label: { en: 'Concordance', fa: 'هم‌نمایی' },
  mount(panel, context) {
    const { client, state } = context;
    const request = requester(client);
    const t = translator(context);
    const latest = latestOnly();
    const options = { sort: 'doc', context: 5, offset: 0 };
    let visible = false;
    let stale = true;
    let lastResult = null;

    const root = el('section', { className: 'kwic-view', attrs: { id: 'kwic-view' } });
    const controls = el('div', { className: 'kwic-controls' });
    const summary = el('p', { className: 'kwic-summary', attrs: { id: 'kwic-summary', role: 'status' } });
    const list = el('ol', { className: 'kwic-lines', attrs: { id: 'kwic-lines', 'aria-labelledby': 'kwic-summary' } });
    const pager = el('div', { className: 'kwic-pager' });
    const downloads = el('div', { className: 'kwic-downloads views-downloads' });
    root.append(controls, summary, list, pager, downloads);
    panel.append(root);

    let controlsLanguage = null;
    function buildControls() {
      if (controlsLanguage === uiLanguage(context)) return;
      controlsLanguage = uiLanguage(context);
      const sort = select('kwic-sort', t('kwic.sort'), SORT_KEYS.map((key) => ({ value: key, label: t(`sort.${key}`) })), options.sort, (value) => {
        options.sort = value;
        options.offset = 0;
        refresh();
      });
      const size = select('kwic-context', t('kwic.context'), CONTEXT_SIZES.map((n) => ({ value: String(n), label: String(n) })), String(options.context), (value) => {
        options.context = Number(value);
        refresh();
      });
      const csv = button(t('kwic.exportCsv'), () => exportLines('csv'), { attrs: { id: 'kwic-export-csv' } });
      const json = button(t('kwic.exportJson'), () => exportLines('json'), { attrs: { id: 'kwic-export-json' } });
      controls.replaceChildren(sort, size, csv, json);
    }

    function currentQuery() {
      return effectiveQuery(state.get(), knownEntityTypes);
    }

    function renderLine(line) {
      const dir = lineDirection(line);
      const open = el('button', {
        className: 'kwic-line',
        dir,
        lang: line.lang,
        attrs: { type: 'button', 'data-doc': line.doc, 'data-direction': dir, title: t('kwic.open', { id: line.id }) },
      });
      for (const part of lineParts(line)) {
        const cell = el('span', { className: `kwic-${part.part}` });
        cell.append(el('bdi', { className: `kwic-${part.part}-text`, text: part.text, dir: part.dir }));
        open.append(cell);
      }
      open.append(el('span', { className: 'kwic-source' }, el('bdi', { text: line.id || `#${line.doc}`, dir: 'auto' })));
      open.addEventListener('click', () => state.set({ doc: line.doc, view: 'document' }));
      return el('li', { className: 'kwic-item' }, open);
    }

    function renderPager(result) {
      const previous = button(t('kwic.previous'), () => {
        options.offset = Math.max(0, options.offset - PAGE_SIZE);
        refresh();
      }, { attrs: { id: 'kwic-previous' } });
      const next = button(t('kwic.next'), () => {
        options.offset += PAGE_SIZE;
        refresh();
      }, { attrs: { id: 'kwic-next' } });
      previous.disabled = options.offset === 0;
      next.disabled = options.offset + result.lines.length >= result.total;
      pager.replaceChildren(previous, next);
    }

    function render(result) {
      lastResult = result;
      const ui = uiLanguage(context);
      root.dataset.query = result.query;
      root.dataset.sort = options.sort;
      if (result.error) {
        summary.textContent = t('kwic.error', { code: result.error.code, message: result.error.message });
        summary.classList.add('is-error');
        list.replaceChildren();
        pager.replaceChildren();
        return;
      }
      summary.classList.remove('is-error');
      const page = pageSummary(options.offset, result.lines.length, result.total);
      summary.textContent = page
        ? t('kwic.summary', { from: formatNumber(page.from, ui), to: formatNumber(page.to, ui), total: formatNumber(page.total, ui) })
        : t('kwic.empty');
      if (result.truncated) summary.textContent += ` ${t('kwic.truncated', { total: formatNumber(result.total, ui) })}`;
      list.replaceChildren(...result.lines.map(renderLine));
      renderPager(result);
    }

    async function refresh() {
      stale = false;
      buildControls();
      const query = currentQuery();
      if (!query) {
        lastResult = null;
        delete root.dataset.query;
        summary.textContent = t('kwic.noQuery');
        list.replaceChildren();
        pager.replaceChildren();
        return;
      }
      root.setAttribute('aria-busy', 'true');
      try {
        await latest(
          () => request(MessageType.CONCORDANCE, {
            query, crossScript: Boolean(state.get().crossScript), context: options.context, sort: options.sort, offset: options.offset, limit: PAGE_SIZE,
          }),
          (result) => render({ ...result, query }),
        );
      } catch (error) {
        summary.textContent = t('kwic.error', { code: error.code ?? 'error', message: error.message });
        summary.classList.add('is-error');
      } finally {
        root.removeAttribute('aria-busy');
      }
    }

    async function exportLines(format) {
      const query = lastResult?.query;
      if (!query) return;
      const result = await request(MessageType.CONCORDANCE, {
        query, crossScript: Boolean(state.get().crossScript), context: options.context, sort: options.sort, offset: 0, limit: EXPORT_LIMIT,
      });
      const lines = result.lines.map(({ doc, id, lang, direction, left, match, right }) => ({ doc, id, lang, direction, left, match, right }));
      if (format === 'csv') {
        offerDownload(downloads, 'concordance.csv', toCsv(lines, KWIC_EXPORT_COLUMNS), 'text/csv;charset=utf-8');
      } else {
        const document = { query, sort: options.sort, context: options.context, total: result.total, truncated: result.truncated, lines };
        offerDownload(downloads, 'concordance.json', toJson(document), 'application/json');
      }
    }

    state.subscribe((next, previous) => {
      const changed = next.corpus !== previous.corpus || next.query !== previous.query || next.crossScript !== previous.crossScript
        || JSON.stringify(next.filters) !== JSON.stringify(previous.filters);
      if (changed) options.offset = 0;
      if (changed || next.ui !== previous.ui) {
        stale = true;
        if (visible) refresh();
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
