// The results panel: runs the search the view state describes (the typed
// query plus the filters, one page at a time, with facets), drops replies
// to superseded searches, and renders hits, counts, facets and pages, with
// an export of every hit (hits-export.js). A hit opens its document through
// state.doc.

import { ErrorCode } from '../protocol.js';
import { element } from './dom.js';
import { renderDocumentFallback } from './document-fallback.js';
import { renderActiveFilters, renderFacets } from './facet-panel.js';
import { createHitsExport } from './hits-export.js';
import { PAGE_SIZE, renderPager } from './pager.js';
import { composeQuery } from './query-filters.js';
import { renderHit, summaryText } from './result-list.js';

const SEARCH_DELAY_MS = 120;
const FATAL = new Set([ErrorCode.MODULE_ABORTED, ErrorCode.WORKER_FAILED, ErrorCode.TERMINATED]);

export function createResultsView({ client, store, i18n, nodes, hasDocumentView, fragmentFor, onFatal }) {
  let timer = 0;
  let shown = null; // {state, result, elapsed, wordsAt} of the search on screen
  let documentShown = null;

  // Shown above the list while a search with hits is on screen.
  const exportBar = element('div', { className: 'results-export', attrs: { id: 'results-export' } });
  exportBar.hidden = true;
  nodes.results.before(exportBar);
  const hitsExport = createHitsExport(exportBar, {
    client,
    language: () => i18n.language,
    search: () => {
      if (!shown || shown.result.error || shown.result.total === 0) return null;
      return { query: composeQuery(shown.state.query, shown.state.filters).text, crossScript: shown.state.crossScript };
    },
  });

  function showStatus(text, { error = false } = {}) {
    nodes.searchStatus.classList.toggle('is-error', error);
    nodes.searchStatus.replaceChildren();
    if (text) nodes.searchStatus.textContent = text;
  }

  // "Query error (query-syntax) at character 8: …" plus the query with the
  // offending character marked.
  function showQueryError(query, error, wordsAt) {
    nodes.searchStatus.classList.add('is-error');
    const raw = Number.isInteger(error.position) ? error.position : -1;
    const position = wordsAt >= 0 && raw >= wordsAt && raw - wordsAt <= query.length ? raw - wordsAt : -1;
    const where = position >= 0 ? i18n.t('query.errorAt', { at: position + 1 }) : '';
    nodes.searchStatus.replaceChildren(i18n.t('query.error', { code: error.code, where, message: error.message }));
    if (position >= 0) {
      const echo = element('span', { className: 'query-echo', dir: 'auto' });
      const codePoint = query.codePointAt(position);
      const width = codePoint === undefined ? 0 : String.fromCodePoint(codePoint).length;
      echo.append(query.slice(0, position));
      echo.append(element('mark', { className: 'query-error-at', text: width ? query.slice(position, position + width) : '\u2420' }));
      echo.append(query.slice(position + width));
      nodes.searchStatus.append(' ', i18n.t('query.in'), ' ', echo);
    }
  }

  function openDocument(doc) {
    store.set({ doc, ...(hasDocumentView() ? { view: 'document' } : {}) });
  }

  function onFilter(key, value) {
    store.set({ filters: { [key]: value }, page: 0 });
  }

  function clear() {
    shown = null;
    exportBar.hidden = true;
    nodes.results.replaceChildren();
    nodes.results.dataset.query = '';
    delete nodes.results.dataset.crossScript;
    showStatus('');
    renderFacets(nodes.facetGroups, null, store.get().filters, { i18n, onChange: onFilter });
    renderActiveFilters(nodes.activeFilters, store.get().filters, { i18n, onChange: onFilter });
    nodes.facets.hidden = true;
    renderPager(nodes.pager, null, 0, { i18n, onPage: () => {} });
    nodes.depthNote.hidden = true;
  }

  function render() {
    if (!shown) return;
    const { state, result, elapsed, wordsAt } = shown;
    const query = state.query.trim();
    nodes.results.replaceChildren(...result.hits.map((hit) => renderHit(hit, {
      i18n,
      href: (doc) => fragmentFor({ doc }),
      open: openDocument,
    })));
    nodes.results.dataset.query = query;
    nodes.results.dataset.crossScript = String(state.crossScript);
    nodes.results.dataset.page = String(state.page);
    exportBar.hidden = Boolean(result.error) || result.total === 0;
    if (result.error) showQueryError(query, result.error, wordsAt);
    else showStatus(summaryText(result, elapsed, i18n));
    nodes.facets.hidden = false;
    renderActiveFilters(nodes.activeFilters, state.filters, { i18n, onChange: onFilter });
    renderFacets(nodes.facetGroups, result.facets, state.filters, { i18n, onChange: onFilter });
    renderPager(nodes.pager, result, state.page, { i18n, onPage: (page) => store.set({ page }) });
    const notes = [];
    if (result.offset + result.hits.length >= result.depthCap) notes.push(i18n.t('results.depthCap', { cap: result.depthCap }));
    nodes.depthNote.textContent = notes.join(' ');
    nodes.depthNote.hidden = notes.length === 0;
  }

  async function run() {
    clearTimeout(timer);
    timer = 0;
    const state = store.get();
    const { text, wordsAt } = composeQuery(state.query, state.filters);
    if (!text) {
      // Supersede any search still in flight, then clear.
      client.search('', { limit: 1 }).catch(() => {});
      clear();
      return;
    }
    const started = performance.now();
    let result;
    try {
      result = await client.search(text, {
        limit: PAGE_SIZE, offset: state.page * PAGE_SIZE, crossScript: state.crossScript, facets: true,
      });
    } catch (error) {
      if (FATAL.has(error.code)) onFatal(error);
      else showStatus(i18n.t('search.failed', { code: error.code ?? 'error', message: error.message }), { error: true });
      return;
    }
    if (result.stale) return;
    shown = { state, result, elapsed: performance.now() - started, wordsAt };
    render();
  }

  async function showDocument(doc) {
    if (hasDocumentView() || doc === null) {
      documentShown = null;
      renderDocumentFallback(nodes.docFallback, null, { i18n, close: () => {} });
      return;
    }
    try {
      documentShown = await client.document(doc);
    } catch (error) {
      documentShown = null;
      nodes.docFallback.replaceChildren(element('p', { className: 'hit-error', text: i18n.t('doc.failed', { message: error.message }) }));
      nodes.docFallback.hidden = false;
      return;
    }
    if (store.get().doc !== doc) return;
    renderDocumentFallback(nodes.docFallback, documentShown, { i18n, close: () => store.set({ doc: null }) });
    nodes.docFallback.scrollIntoView?.({ block: 'nearest' });
  }

  return {
    // Called on every state change once the corpus is open.
    update(state, previous) {
      const searchChanged = state.crossScript !== previous.crossScript || state.page !== previous.page
        || Object.keys(state.filters).some((key) => state.filters[key] !== previous.filters[key]);
      if (searchChanged) run();
      else if (state.query !== previous.query) {
        clearTimeout(timer);
        timer = setTimeout(run, SEARCH_DELAY_MS);
      }
      if (state.doc !== previous.doc) showDocument(state.doc);
    },
    // A new corpus or a first start: search again, reopen the document.
    refresh() {
      run();
      showDocument(store.get().doc);
    },
    // The UI language changed: render again without searching.
    relabel() {
      hitsExport.relabel();
      if (shown) render();
      if (documentShown) renderDocumentFallback(nodes.docFallback, documentShown, { i18n, close: () => store.set({ doc: null }) });
    },
    run,
  };
}
