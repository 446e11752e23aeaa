// The corpora kept in this browser, with the sample first: which one is
// open, documents and bytes of each, a button to open and one to remove it,
// and how much of the browser's storage the page uses.

import { button, element } from '../results/dom.js';
import { storageEstimate } from './corpus-store.js';

export function formatBytes(bytes, i18n) {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return i18n.t(`bytes.${units[unit]}`, { value: unit === 0 ? value : Number(value.toFixed(1)) });
}

function entryItem({ label, detail, isOpen, onOpen, onRemove, i18n, busy }) {
  const item = element('li', { className: 'corpus-item' });
  if (isOpen) item.classList.add('is-open');
  const name = element('span', { className: 'corpus-name', text: label, dir: 'auto' });
  const info = element('span', { className: 'corpus-detail', text: detail });
  item.append(name, info);
  if (isOpen) {
    item.append(element('span', { className: 'corpus-open-mark', text: i18n.t('corpora.isOpen') }));
  } else {
    const opener = button(i18n.t('corpora.open'), { className: 'corpus-open', label: i18n.t('corpora.openNamed', { name: label }) });
    opener.disabled = busy;
    opener.addEventListener('click', onOpen);
    item.append(opener);
  }
  if (onRemove) {
    const remover = button(i18n.t('corpora.remove'), { className: 'corpus-remove', label: i18n.t('corpora.removeNamed', { name: label }) });
    remover.disabled = busy;
    remover.addEventListener('click', onRemove);
    item.append(remover);
  }
  return item;
}

// `entries`: the stored corpora; `open`: the open entry (id '' for the sample).
export async function renderCorpusPanel({ list, usage, current }, { entries, open, available, busy, i18n, onOpen, onRemove }) {
  const items = [entryItem({
    label: i18n.t('corpora.sample'),
    detail: i18n.t('corpora.sampleDetail'),
    isOpen: open.id === '' && !open.unsaved,
    onOpen: () => onOpen(null),
    i18n,
    busy,
  })];
  for (const entry of entries) {
    items.push(entryItem({
      label: entry.name,
      detail: i18n.t('corpora.detail', {
        count: entry.documents,
        documents: entry.documents,
        bytes: formatBytes(entry.sourceBytes + entry.indexBytes, i18n),
        date: new Date(entry.created).toLocaleDateString(i18n.language),
      }),
      isOpen: open.id === entry.id,
      onOpen: () => onOpen(entry),
      onRemove: () => onRemove(entry),
      i18n,
      busy,
    }));
  }
  list.replaceChildren(...items);
  current.textContent = open.id === '' && !open.unsaved ? `— ${i18n.t('corpora.sample')}` : `— ${open.name}`;

  if (!available) {
    usage.textContent = i18n.t('storage.unavailable');
    return;
  }
  const stored = entries.reduce((sum, entry) => sum + entry.sourceBytes + entry.indexBytes, 0);
  const estimate = await storageEstimate();
  usage.textContent = estimate
    ? i18n.t('storage.use', { corpora: formatBytes(stored, i18n), usage: formatBytes(estimate.usage, i18n), quota: formatBytes(estimate.quota, i18n) })
    : i18n.t('storage.corpora', { corpora: formatBytes(stored, i18n) });
}
