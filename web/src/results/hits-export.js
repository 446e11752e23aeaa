// Export of the current search's hits as CSV or JSON: every hit up to the
// search depth cap (MAX_SEARCH_DEPTH), fetched page by page from the worker
// in rank order, with id, title, date, language, source and score. Cells
// that a spreadsheet would run as formulas are neutralised (export_format.js).

import { MAX_SEARCH_DEPTH, MessageType } from '../protocol.js';
import { button, el, offerDownload } from '../views/dom.js';
import { toCsv, toJson } from '../views/export_format.js';
import { text } from '../views/strings.js';

const PAGE = 200; // the worker's largest search page

export const HIT_EXPORT_COLUMNS = Object.freeze([
  { key: 'rank', label: 'rank' },
  { key: 'id', label: 'id' },
  { key: 'title', label: 'title' },
  { key: 'date', label: 'date' },
  { key: 'lang', label: 'lang' },
  { key: 'source', label: 'source' },
  { key: 'score', label: 'score' },
]);

// Every hit of `query`, in rank order. Sent as plain `search` calls without a
// query id, so the result list's own searches are never made stale by it.
export async function collectHits(client, { query, crossScript }, { onProgress = () => {} } = {}) {
  const hits = [];
  for (let offset = 0; offset < MAX_SEARCH_DEPTH; offset += PAGE) {
    const limit = Math.min(PAGE, MAX_SEARCH_DEPTH - offset);
    const page = await client.call(MessageType.SEARCH, { query, limit, offset, crossScript, facets: false });
    if (page.error) throw Object.assign(new Error(page.error.message), { code: page.error.code });
    page.hits.forEach((hit, i) => hits.push({
      rank: offset + i + 1, id: hit.id, title: hit.title, date: hit.date, lang: hit.lang, source: hit.source, score: hit.score,
    }));
    onProgress(hits.length, page.total);
    if (page.hits.length < limit) break;
  }
  return hits;
}

// The export controls in `container`; search() gives {query, crossScript} of
// the search on screen (null when there is none), language() the UI language.
export function createHitsExport(container, { client, search, language }) {
  let busy = false;
  const status = el('span', { className: 'results-export-status', attrs: { id: 'results-export-status', role: 'status' } });
  const links = el('span', { className: 'results-export-links views-downloads' });
  const csv = button('', () => run('csv'), { attrs: { id: 'results-export-csv' } });
  const json = button('', () => run('json'), { attrs: { id: 'results-export-json' } });
  container.replaceChildren(csv, json, status, links);

  function relabel() {
    const ui = language();
    csv.textContent = text(ui, 'hits.exportCsv');
    json.textContent = text(ui, 'hits.exportJson');
  }

  async function run(format) {
    const current = search();
    if (busy || !current) return;
    busy = true;
    csv.disabled = true;
    json.disabled = true;
    const ui = language();
    status.textContent = text(ui, 'hits.collecting', { count: 0 });
    try {
      const hits = await collectHits(client, current, {
        onProgress: (count, total) => {
          status.textContent = text(ui, 'hits.collecting', { count: count.toLocaleString(ui === 'fa' ? 'fa-IR' : 'en'), total });
        },
      });
      if (format === 'csv') offerDownload(links, 'hits.csv', toCsv(hits, HIT_EXPORT_COLUMNS), 'text/csv;charset=utf-8');
      else offerDownload(links, 'hits.json', toJson({ query: current.query, crossScript: current.crossScript, hits }), 'application/json');
      status.textContent = text(ui, 'hits.exported', { count: hits.length.toLocaleString(ui === 'fa' ? 'fa-IR' : 'en') });
    } catch (error) {
      status.textContent = text(ui, 'hits.exportFailed', { code: error.code ?? 'error', message: error.message });
    } finally {
      busy = false;
      csv.disabled = false;
      json.disabled = false;
    }
  }

  relabel();
  return { relabel };
}
