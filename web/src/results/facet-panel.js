// Counts beside the results — language, source, year, month, entity — as
// toggle buttons that set or clear a filter of the view state, and the
// active filters with a button each to remove them. Selection is said in
// words and aria-pressed, not by colour alone.

import { button, element } from './dom.js';

const PER_GROUP = 12;

function groups(facets, i18n) {
  return [
    { key: 'lang', title: i18n.t('facets.lang'), filter: 'lang', items: facets.lang.map((f) => ({ ...f, label: i18n.languageName(f.value), lang: '' })) },
    { key: 'source', title: i18n.t('facets.source'), filter: 'source', items: facets.source.map((f) => ({ ...f, label: f.value })) },
    { key: 'year', title: i18n.t('facets.year'), filter: 'date', items: facets.year.map((f) => ({ ...f, label: f.value })) },
    { key: 'month', title: i18n.t('facets.month'), filter: 'date', items: facets.month.map((f) => ({ ...f, label: f.value })) },
    { key: 'entity', title: i18n.t('facets.entity'), filter: 'entity', items: facets.entity.map((f) => ({ ...f, label: f.name || f.value, value: f.filter })) },
  ];
}

function filterLabel(key, value, i18n) {
  if (key === 'lang') return i18n.languageName(value);
  if (key === 'entity') return value.replace(/^(person|org|place):"(.*)"$/, '$1: $2');
  return value;
}

// Active filters, each with a remove button; `onChange(key, value)`.
export function renderActiveFilters(container, filters, { i18n, onChange }) {
  container.replaceChildren();
  const active = Object.entries(filters).filter(([, value]) => value);
  if (active.length === 0) return;
  const list = element('ul', { className: 'active-filter-list' });
  list.setAttribute('aria-label', i18n.t('facets.active'));
  for (const [key, value] of active) {
    const text = `${i18n.t(`filter.${key}`)}: ${filterLabel(key, value, i18n)}`;
    const remove = button('', { className: 'filter-remove', label: i18n.t('facets.remove', { filter: text }) });
    remove.append(element('span', { text, dir: 'auto' }), element('span', { className: 'filter-remove-mark', text: ' ×', attrs: { 'aria-hidden': 'true' } }));
    remove.dataset.filter = key;
    remove.addEventListener('click', () => onChange(key, ''));
    list.append(element('li', {}));
    list.lastChild.append(remove);
  }
  container.append(list);
}

// `facets`: the search reply's counts, or null to clear.
export function renderFacets(container, facets, filters, { i18n, onChange }) {
  container.replaceChildren();
  if (!facets) return;
  for (const group of groups(facets, i18n)) {
    if (group.items.length === 0) continue;
    const section = element('section', { className: `facet-group facet-${group.key}` });
    const headingId = `facet-heading-${group.key}`;
    const heading = element('h3', { className: 'facet-title', text: group.title });
    heading.id = headingId;
    const list = element('ul', { className: 'facet-list' });
    list.setAttribute('aria-labelledby', headingId);
    for (const item of group.items.slice(0, PER_GROUP)) {
      const active = filters[group.filter] === item.value;
      const control = button('', { className: 'facet-button' });
      control.dataset.facet = group.key;
      control.dataset.value = item.value;
      control.setAttribute('aria-pressed', String(active));
      const label = element('span', { className: 'facet-label', text: item.label, dir: 'auto' });
      const count = element('span', { className: 'facet-count', text: i18n.number(item.count) });
      control.append(element('span', { className: 'facet-check', text: active ? '✓ ' : '', attrs: { 'aria-hidden': 'true' } }), label, ' ', count);
      control.addEventListener('click', () => onChange(group.filter, active ? '' : item.value));
      list.append(element('li', {}));
      list.lastChild.append(control);
    }
    section.append(heading, list);
    container.append(section);
  }
}
