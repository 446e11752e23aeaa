// The document a hit opens, shown under the results when no reader view is
// registered: title, language, date, source and the full text.

import { button, element } from './dom.js';

export function renderDocumentFallback(container, record, { i18n, close }) {
  container.replaceChildren();
  if (!record) {
    container.hidden = true;
    return;
  }
  const title = element('h2', { className: 'doc-title', text: record.title || record.id, dir: 'auto', lang: record.lang });
  title.id = 'doc-fallback-title';
  const meta = element('p', { className: 'doc-meta' });
  meta.append(element('span', { text: i18n.languageName(record.lang) }));
  if (record.date) meta.append(element('span', { text: record.date, dir: 'auto' }));
  if (record.source) meta.append(element('span', { text: record.source, dir: 'auto' }));
  const body = element('div', { className: 'doc-text' });
  for (const paragraph of record.text.split(/\n+/)) {
    if (paragraph.trim()) body.append(element('p', { text: paragraph, dir: 'auto', lang: record.lang }));
  }
  const closer = button(i18n.t('doc.close'), { className: 'doc-close' });
  closer.addEventListener('click', close);
  container.append(title, meta, body, closer);
  container.hidden = false;
}
