// One page of ranked hits: title (a link that opens the document), language,
// date, source and the snippet with the matched words marked.

import { appendHighlighted, element } from './dom.js';

function renderMeta(hit, i18n) {
  const meta = element('p', { className: 'hit-meta' });
  meta.append(element('span', { className: 'hit-lang', text: i18n.languageName(hit.lang) }));
  if (hit.date) {
    const time = element('time', { className: 'hit-date', text: hit.date, dir: 'auto' });
    if (/^\d{4}-\d{2}-\d{2}$/.test(hit.date)) time.dateTime = hit.date;
    meta.append(time);
  }
  if (hit.source) meta.append(element('span', { className: 'hit-source', text: hit.source, dir: 'auto' }));
  return meta;
}

// `open(doc)` is called when the title link is followed; `href(doc)` is the
// fragment that reopens the same view with the document open.
export function renderHit(hit, { i18n, href, open }) {
  const item = element('li', { className: 'hit' });
  item.dataset.doc = String(hit.doc);
  if (hit.id) item.dataset.id = hit.id;

  const title = element('h3', { className: 'hit-title', dir: 'auto', lang: hit.lang });
  const link = element('a', { className: 'hit-link', text: hit.title || hit.id || i18n.t('hit.untitled', { doc: hit.doc }) });
  link.href = href(hit.doc);
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    open(hit.doc);
  });
  title.append(link);

  const snippet = element('p', { className: 'hit-snippet', dir: 'auto', lang: hit.lang });
  appendHighlighted(snippet, hit.snippet, hit.highlights);
  item.append(title, renderMeta(hit, i18n), snippet);
  return item;
}

// "20 results (3.1 ms)", "Showing 20 of 35 results", "Showing 21–40 of 1,000+ results".
export function summaryText(result, elapsedMs, i18n) {
  const time = i18n.t('results.time', { ms: elapsedMs < 10 ? elapsedMs.toFixed(1) : String(Math.round(elapsedMs)) });
  const shown = result.hits.length;
  if (shown === 0) {
    return result.offset > 0 ? i18n.t('results.pastEnd', { time }) : i18n.t('results.none', { time });
  }
  const total = result.totalExact ? i18n.number(result.total) : `${i18n.number(result.total)}+`;
  const count = result.total;
  if (result.offset > 0) {
    return i18n.t('results.range', { first: result.offset + 1, last: result.offset + shown, total, count, time });
  }
  if (!result.totalExact || result.total > shown) return i18n.t('results.showing', { shown, total, count, time });
  return i18n.t('results.all', { total, count, time });
}
