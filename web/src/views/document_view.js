// The document reader: the open document (state.doc) with the current query's
// matches and its entity mentions highlighted, previous/next match (buttons
// and the n/p keys) and the document's entities, each a filter.

import { MessageType } from '../protocol.js';
import { requester, button, directionOfLanguage, el, formatNumber, latestOnly, translator, uiLanguage } from './dom.js';
import { ENTITY_TYPES, entityTypeClass, isFilterableType } from './entity_types.js';
import { entityFilterValue, knownEntityTypes } from './query.js';
import { segmentText } from './text_segments.js';

function mentionRanges(mentions) {
  return mentions.map((m) => ({ begin: m.begin, end: m.end, type: m.type, id: m.id, text: m.text }));
}

// Renders `text` into `parent` with <mark> for matches and a typed span
// (with a visible type label) for each mention.
function renderHighlighted(parent, text, matchRanges, mentions, t) {
  const { runs, matches, mentions: kept } = segmentText(text, matchRanges, mentionRanges(mentions));
  const marks = matches.map(() => []);
  let mentionNode = null;
  for (const run of runs) {
    let node = document.createTextNode(run.text);
    if (run.match !== null) {
      const mark = el('mark', { className: 'document-match', attrs: { 'data-match': run.match, tabindex: '-1' } }, node);
      marks[run.match].push(mark);
      node = mark;
    }
    if (run.mention === null) {
      parent.append(node);
      continue;
    }
    const mention = kept[run.mention];
    if (run.mentionStart || !mentionNode) {
      mentionNode = el('span', {
        className: `document-entity ${entityTypeClass(mention.type)}`,
        attrs: { 'data-entity-id': mention.id, 'data-entity-type': mention.type, title: t(`type.${mention.type}`) },
      });
      parent.append(mentionNode);
    }
    mentionNode.append(node);
    if (run.mentionEnd) {
      mentionNode.append(el('span', { className: 'document-entity-type', text: mention.type, attrs: { 'aria-label': `(${t(`type.${mention.type}`)})` } }));
      mentionNode = null;
    }
  }
  return marks;
}

export const documentView = {
  id: 'document',
  label: { en: 'Document', fa: 'سند' },
  mount(panel, context) {
    const { client, state } = context;
    const request = requester(client);
    const t = translator(context);
    const latest = latestOnly();
    let visible = false;
    let stale = true;
    let marks = [];
    let current = -1;

    const root = el('article', { className: 'document-view', attrs: { id: 'document-view', 'aria-live': 'polite' } });
    panel.append(root);

    function message(text, className = 'document-message') {
      root.replaceChildren(el('p', { className, text }));
    }

    function goTo(index) {
      if (marks.length === 0) return;
      current = (index + marks.length) % marks.length;
      for (const [i, parts] of marks.entries()) for (const part of parts) part.classList.toggle('is-current', i === current);
      const target = marks[current][0];
      target.scrollIntoView({ block: 'center', inline: 'nearest' });
      target.focus({ preventScroll: true });
      const status = root.querySelector('#document-match-status');
      if (status) status.textContent = t('document.matchCount', { current: current + 1, total: marks.length });
    }

    function renderLegend(types) {
      const list = el('ul', { className: 'document-legend-list' });
      for (const type of ENTITY_TYPES.filter((each) => types.has(each))) {
        list.append(el('li', { className: `document-legend-item ${entityTypeClass(type)}` },
          el('span', { className: 'document-entity-type', text: type }),
          ` ${t(`type.${type}`)}`));
      }
      return el('section', { className: 'document-legend', attrs: { 'aria-label': t('document.legend') } },
        el('h3', { text: t('document.legend') }), list);
    }

    function renderEntityList(mentions) {
      const byId = new Map();
      for (const m of mentions) {
        const entry = byId.get(m.id) ?? { id: m.id, type: m.type, text: m.text, count: 0 };
        entry.count++;
        byId.set(m.id, entry);
      }
      const entries = [...byId.values()].sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1));
      const section = el('section', { className: 'document-entities', attrs: { 'aria-labelledby': 'document-entities-heading' } },
        el('h3', { text: t('document.entities'), attrs: { id: 'document-entities-heading' } }));
      if (entries.length === 0) {
        section.append(el('p', { text: t('document.noEntities') }));
        return section;
      }
      const list = el('ul', { className: 'document-entity-list' });
      for (const entry of entries) {
        knownEntityTypes.set(entry.id, entry.type);
        const label = el('bdi', { text: entry.text });
        const type = el('span', { className: `document-entity-type ${entityTypeClass(entry.type)}`, text: entry.type, attrs: { title: t(`type.${entry.type}`) } });
        const count = el('span', { className: 'document-entity-count', text: t('document.mentions', { count: formatNumber(entry.count, uiLanguage(context)), n: entry.count }) });
        const item = el('li', { attrs: { 'data-entity-id': entry.id } });
        if (isFilterableType(entry.type)) {
          const action = button('', () => state.set({ filters: { entity: entityFilterValue(entry.id, entry.type) }, page: 0 }), {
            className: 'document-entity-filter', attrs: { 'aria-label': t('document.filterBy', { name: entry.text }) },
          });
          action.append(type, ' ', label);
          item.append(action, ' ', count);
        } else {
          item.append(type, ' ', label, ' ', count);
        }
        list.append(item);
      }
      section.append(list);
      return section;
    }

    function render(record, entities, matches, query) {
      const t16 = matches.ranges ?? [];
      const ranges = [];
      for (let i = 0; i + 1 < t16.length; i += 2) ranges.push({ begin: t16[i], end: t16[i + 1] });
      const dir = directionOfLanguage(record.lang);
      const title = el('h2', { className: 'document-title', dir: 'auto', lang: record.lang, attrs: { id: 'document-title' } });
      renderHighlighted(title, record.title || record.id || `#${record.doc}`, [], entities.title, t);

      const meta = el('dl', { className: 'document-meta' });
      const add = (key, value, options = {}) => {
        if (!value) return;
        meta.append(el('div', { className: `document-meta-${key}` }, el('dt', { text: t(`document.meta.${key}`) }), el('dd', { text: value, dir: 'auto', ...options })));
      };
      add('id', record.id);
      add('date', record.date);
      add('lang', record.lang);
      add('source', record.source);

      const body = el('div', { className: 'document-text', dir, lang: record.lang, attrs: { id: 'document-text', tabindex: '0' } });
      marks = renderHighlighted(body, record.text, ranges, entities.text, t);
      current = -1;

      const status = el('p', { className: 'document-match-status', attrs: { id: 'document-match-status', role: 'status' } });
      if (!query.trim()) status.textContent = t('document.noQuery');
      else if (matches.error) status.textContent = `${matches.error.code}: ${matches.error.message}`;
      else status.textContent = marks.length ? t('document.matchTotal', { total: marks.length }) : t('document.noMatches');
      const previous = button(t('document.previous'), () => goTo(current - 1), { className: 'document-previous', attrs: { id: 'document-previous', 'aria-keyshortcuts': 'p' } });
      const next = button(t('document.next'), () => goTo(current + 1), { className: 'document-next', attrs: { id: 'document-next', 'aria-keyshortcuts': 'n' } });
      previous.disabled = marks.length === 0;
      next.disabled = marks.length === 0;
      const toolbar = el('div', { className: 'document-toolbar' }, previous, next, status, el('p', { className: 'document-keys', text: t('document.keys') }));

      const types = new Set([...entities.title, ...entities.text].map((m) => m.type));
      root.dataset.doc = String(record.doc);
      root.replaceChildren(
        el('header', { className: 'document-header' }, title, meta),
        toolbar,
        renderLegend(types),
        el('div', { className: 'document-columns' }, body, renderEntityList([...entities.title, ...entities.text])),
      );
    }

    async function refresh() {
      stale = false;
      const { doc, query, crossScript } = state.get();
      if (doc === null || doc === undefined) {
        delete root.dataset.doc;
        message(t('document.none'));
        return;
      }
      root.setAttribute('aria-busy', 'true');
      try {
        await latest(() => Promise.all([
          request(MessageType.DOCUMENT, { doc }),
          request(MessageType.DOCUMENT_ENTITIES, { doc }),
          query.trim()
            ? request(MessageType.DOCUMENT_MATCHES, { doc, query, crossScript: Boolean(crossScript) })
            : Promise.resolve({ ranges: [], error: null }),
        ]), ([record, entities, matches]) => render(record, entities, matches, query));
      } catch (error) {
        message(t('document.error', { message: error.message }), 'document-message is-error');
      } finally {
        root.removeAttribute('aria-busy');
      }
    }

    function onKey(event) {
      if (!visible || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof Element && event.target.closest('input, select, textarea, [contenteditable="true"]')) return;
      if (event.key === 'n') goTo(current + 1);
      else if (event.key === 'p') goTo(current - 1);
      else return;
      event.preventDefault();
    }

    state.subscribe((next, previous) => {
      if (next.doc !== previous.doc || next.corpus !== previous.corpus || next.query !== previous.query || next.crossScript !== previous.crossScript || next.ui !== previous.ui) {
        stale = true;
        if (visible) refresh();
      }
    });

    return {
      show() {
        if (!visible) document.addEventListener('keydown', onKey);
        visible = true;
        if (stale) refresh();
      },
      hide() {
        visible = false;
        document.removeEventListener('keydown', onKey);
      },
    };
  },
};
