// The corpus's entities: a table (type, name, counts, spellings) with a type
// filter, each name a results filter; the co-occurrence network of the top
// entities; one entity's documents over time; CSV/JSON export; and merge,
// rename and split where the search module can edit entities (kept across
// reloads through context.saveCorpus(), see applyEdit).

import { MessageType } from '../protocol.js';
import { barChart } from './bar_chart.js';
import { cooccurrenceGraph } from './cooccurrence_graph.js';
import { requester, button, el, formatNumber, latestOnly, offerDownload, select, translator, uiLanguage } from './dom.js';
import { ENTITY_EXPORT_COLUMNS, describeEdit, mergeEdit, renameEdit, splitEdit } from './entity_edits.js';
import { ENTITY_TYPES, entityTypeClass, isFilterableType } from './entity_types.js';
import { issueLocation } from '../issue-location.js';
import { toCsv, toJson } from './export_format.js';
import { entityFilterValue, entityIdOfFilter, knownEntityTypes, rememberEntityTypes } from './query.js';
import { bucketize } from './timeline_buckets.js';

const TABLE_ROWS = 300;
const NETWORK_TOP = 15;

export const entitiesView = {
  id: 'entities',
  label: { en: 'Entities', fa: 'موجودیت‌ها' },
  mount(panel, context) {
    const { client, state } = context;
    const request = requester(client);
    const t = translator(context);
    const latest = latestOnly();
    let visible = false;
    let stale = true;
    let type = '';
    let entities = [];
    let canEdit = false;
    let timelineEntity = null;
    const selected = new Set();

    const root = el('section', { className: 'entities-view', attrs: { id: 'entities-view' } });
    const controls = el('div', { className: 'entities-controls' });
    const status = el('p', { className: 'entities-status', attrs: { id: 'entities-status', role: 'status' } });
    const filterNote = el('p', { className: 'entities-filter-note', attrs: { id: 'entities-filter-note' } });
    const tableBlock = el('div', { className: 'entities-table-block' });
    const timeline = el('section', { className: 'entities-timeline', attrs: { id: 'entities-timeline', 'aria-live': 'polite' } });
    const editor = el('section', { className: 'entities-editor', attrs: { id: 'entities-editor', 'aria-labelledby': 'entities-editor-heading' } });
    const network = el('section', { className: 'entities-network-section', attrs: { 'aria-labelledby': 'entities-network-heading' } });
    const downloads = el('div', { className: 'entities-downloads views-downloads' });
    const lists = el('section', { className: 'entities-lists', attrs: { id: 'entities-lists', 'aria-labelledby': 'entities-lists-heading' } });
    root.append(controls, status, filterNote, tableBlock, downloads, lists, editor, timeline, network);
    panel.append(root);

    function setFilter(entity) {
      knownEntityTypes.set(entity.id, entity.type);
      state.set({ filters: { entity: entityFilterValue(entity.id, entity.type) }, page: 0 });
    }

    function renderControls() {
      const types = select('entities-type', t('entities.type'), [
        { value: '', label: t('entities.allTypes') },
        ...ENTITY_TYPES.map((code) => ({ value: code, label: `${code} — ${t(`type.${code}`)}` })),
      ], type, (value) => {
        type = value;
        loadTable();
      });
      controls.replaceChildren(types,
        button(t('entities.exportCsv'), () => offerDownload(downloads, 'entities.csv', toCsv(entities, ENTITY_EXPORT_COLUMNS), 'text/csv;charset=utf-8'), { attrs: { id: 'entities-export-csv' } }),
        button(t('entities.exportJson'), () => offerDownload(downloads, 'entities.json', toJson(entities), 'application/json'), { attrs: { id: 'entities-export-json' } }));
    }

    function renderFilterNote() {
      const id = entityIdOfFilter(state.get().filters.entity);
      filterNote.replaceChildren();
      if (!id) return;
      const name = entities.find((e) => e.id === id)?.name ?? id;
      filterNote.append(t('entities.filterActive', { name }), ' ',
        button(t('entities.clearFilter'), () => state.set({ filters: { entity: '' }, page: 0 }), { attrs: { id: 'entities-clear-filter' } }));
    }

    function renderTable() {
      const ui = uiLanguage(context);
      status.textContent = t('entities.count', { count: formatNumber(entities.length, ui), n: entities.length });
      const table = el('table', { className: 'entities-table', attrs: { id: 'entities-table' } });
      const headings = ['entities.select', 'entities.type', 'entities.name', 'entities.mentions', 'entities.documents', 'entities.surfaces', 'entities.aliases', 'entities.merged', 'entities.timeline'];
      table.append(el('thead', {}, el('tr', {}, ...headings.map((key) => el('th', {
        text: key === 'entities.timeline' ? t('entities.showTimeline') : t(key), attrs: { scope: 'col' },
      })))));
      const body = el('tbody');
      const active = entityIdOfFilter(state.get().filters.entity);
      for (const entity of entities.slice(0, TABLE_ROWS)) {
        const row = el('tr', { className: entity.id === active ? 'is-active' : '', attrs: { 'data-entity-id': entity.id, 'data-type': entity.type } });
        const check = el('input', { attrs: { type: 'checkbox', 'aria-label': `${t('entities.select')} ${entity.name}`, 'data-entity-id': entity.id } });
        check.checked = selected.has(entity.id);
        check.addEventListener('change', () => {
          if (check.checked) selected.add(entity.id);
          else selected.delete(entity.id);
          renderEditor();
        });
        const name = el('bdi', { text: entity.name, dir: 'auto' });
        let nameCell;
        if (isFilterableType(entity.type)) {
          const action = button('', () => setFilter(entity), { className: 'entities-filter', attrs: { 'aria-label': t('entities.filter', { name: entity.name }) } });
          action.append(name);
          nameCell = el('td', {}, action);
        } else {
          nameCell = el('td', {}, name);
        }
        nameCell.append(el('bdi', { className: 'entities-id', text: entity.id }));
        const surfaces = el('ul', { className: 'entities-surfaces' }, ...entity.surfaces.map((s) => el('li', {}, el('bdi', { text: s, dir: 'auto' }))));
        // Names from the curated list and from edits, each with its language.
        const aliases = el('ul', { className: 'entities-aliases' }, ...(entity.aliases ?? []).map((alias) => el('li', { attrs: { 'data-lang': alias.lang ?? '' } },
          el('bdi', { text: alias.text, dir: 'auto', lang: alias.lang }), alias.lang ? el('span', { className: 'entities-alias-lang', text: ` (${alias.lang})` }) : null)));
        const merged = el('ul', { className: 'entities-merged' }, ...(entity.merged ?? []).map((id) => el('li', {}, el('bdi', { className: 'entities-id', text: id }))));
        row.append(
          el('td', {}, check),
          el('td', {}, el('span', { className: `document-entity-type ${entityTypeClass(entity.type)}`, text: entity.type, attrs: { title: t(`type.${entity.type}`) } })),
          nameCell,
          el('td', { className: 'views-number', text: formatNumber(entity.mentions, ui) }),
          el('td', { className: 'views-number', text: formatNumber(entity.documents, ui) }),
          el('td', {}, surfaces),
          el('td', {}, aliases),
          el('td', {}, merged),
          el('td', {}, button(t('entities.showTimeline'), () => loadTimeline(entity), { className: 'entities-show-timeline', attrs: { 'aria-label': `${t('entities.showTimeline')}: ${entity.name}` } })),
        );
        body.append(row);
      }
      table.append(body);
      tableBlock.replaceChildren(el('div', { className: 'views-table-scroll' }, table));
      renderFilterNote();
    }

    async function loadTable() {
      renderControls();
      status.textContent = t('entities.loading');
      try {
        await latest(() => request(MessageType.ENTITIES, type ? { types: type } : {}), (list) => {
          entities = list;
          rememberEntityTypes(list);
          for (const id of [...selected]) if (!list.some((e) => e.id === id)) selected.delete(id);
          renderTable();
          renderEditor();
        });
      } catch (error) {
        status.textContent = t('entities.error', { code: error.code ?? 'error', message: error.message });
      }
    }

    let timelineChart = null;
    async function loadTimeline(entity) {
      timelineEntity = entity;
      const counts = await request(MessageType.ENTITY_TIMELINE, { id: entity.id });
      if (timelineEntity !== entity) return;
      const rows = bucketize(counts, new Map(), 'month');
      const caption = t('entities.timeline', { name: entity.name });
      let chart = null;
      if (rows.length) {
        chart = await barChart({
          id: 'entities-timeline',
          caption,
          series: [{ key: 'documents', label: t('timeline.documents'), className: 'views-series-documents' }],
          rows: rows.map((row) => ({ period: row.period, values: { documents: row.documents } })),
          barLabel: (row) => t('timeline.barDocuments', { period: row.period, documents: row.values.documents }),
          headers: { period: t('timeline.period'), table: t('timeline.table') },
        });
        if (timelineEntity !== entity) {
          chart.destroy();
          return;
        }
      }
      timelineChart?.destroy();
      timelineChart = chart;
      timeline.dataset.entityId = entity.id;
      timeline.replaceChildren(el('h3', { text: caption }), chart ? chart.element : el('p', { text: t('timeline.empty') }));
    }

    async function loadNetwork() {
      const data = await request(MessageType.COOCCURRENCE, { top: NETWORK_TOP });
      rememberEntityTypes(data.entities);
      network.replaceChildren(
        el('h3', { text: t('entities.network'), attrs: { id: 'entities-network-heading' } }),
        el('p', { className: 'entities-network-help', text: t('entities.networkHelp') }),
        await cooccurrenceGraph(data, {
          caption: t('entities.network'),
          help: t('entities.networkHelp'),
          pairsCaption: t('entities.pairs'),
          headers: { pair: t('entities.pair'), shared: t('entities.shared') },
          onSelect: setFilter,
        }),
      );
    }

    // Editing -------------------------------------------------------------
    const editStatus = el('p', { className: 'entities-edit-status', attrs: { id: 'entities-edit-status', role: 'status' } });
    const editsList = el('ul', { className: 'entities-edits', attrs: { id: 'entities-edits' } });

    function selectedIds() {
      // In table order, so "merge into" defaults to the most mentioned.
      return entities.filter((e) => selected.has(e.id)).map((e) => e.id);
    }

    async function applyEdit(built) {
      if (built.problem) {
        editStatus.textContent = t(built.problem);
        return;
      }
      try {
        const result = await request(MessageType.EDIT_ENTITIES, { edits: [built.edit] });
        if (result.error) {
          editStatus.textContent = t('entities.editFailed', { code: result.error.code, message: result.error.message });
        } else {
          editStatus.textContent = t('entities.applied', { count: result.applied ?? 0 });
          for (const issue of result.issues ?? []) editStatus.append(el('span', { className: 'entities-edit-issue', text: ` ${issue.message ?? JSON.stringify(issue)}` }));
          // The saved index carries the edit log: the shell stores the open
          // corpus again (context.saveCorpus(), when it offers one) so the
          // edits survive a reload.
          if (result.applied && typeof context.saveCorpus === 'function') {
            try {
              await context.saveCorpus();
            } catch (error) {
              editStatus.append(el('span', { className: 'entities-edit-issue', text: ` ${t('entities.notSaved', { code: error.code ?? 'error', message: error.message })}` }));
            }
          }
        }
        selected.clear();
        await Promise.all([loadTable(), loadNetwork(), loadEdits()]);
      } catch (error) {
        editStatus.textContent = t('entities.editFailed', { code: error.code ?? 'error', message: error.message });
      }
    }

    async function loadEdits() {
      if (!canEdit) return;
      const edits = await request(MessageType.ENTITY_EDITS, {});
      editsList.replaceChildren(...(edits.length ? edits.map((e) => el('li', { text: describeEdit(e), dir: 'auto' })) : [el('li', { text: t('entities.noEdits') })]));
    }

    // The person's own entity lists (JSON or CSV, docs/ENTITIES.md): found in
    // the documents at once and kept with the corpus by the shell.
    function renderLists() {
      const input = el('input', { attrs: { id: 'entities-list-file', type: 'file', accept: '.json,.csv,application/json,text/csv', multiple: '' } });
      const report = el('div', { className: 'entities-list-report', attrs: { id: 'entities-list-report', role: 'status' } });
      input.disabled = typeof context.addEntityList !== 'function';
      input.addEventListener('change', async () => {
        const files = [...input.files];
        input.value = '';
        report.replaceChildren();
        for (const file of files) {
          try {
            const result = await context.addEntityList(file.name, new Uint8Array(await file.arrayBuffer()));
            report.append(result.error
              ? el('p', { className: 'entities-list-error', text: t('entities.listFailed', { file: file.name, message: result.error.message }), dir: 'auto' })
              : el('p', { className: 'entities-list-added', text: t('entities.listAdded', { file: file.name, count: formatNumber(result.entities ?? 0, uiLanguage(context)) }), dir: 'auto' }));
            if ((result.issues ?? []).length > 0) {
              report.append(el('ul', { className: 'entities-list-issues' },
                ...result.issues.map((issue) => el('li', { text: `${issueLocation(issue)}: ${issue.message}`, dir: 'auto' }))));
            }
          } catch (error) {
            report.append(el('p', { className: 'entities-list-error', text: t('entities.listFailed', { file: file.name, message: error.message }), dir: 'auto' }));
          }
        }
        await Promise.all([loadTable(), loadNetwork()]);
      });
      lists.replaceChildren(
        el('h3', { text: t('entities.lists'), attrs: { id: 'entities-lists-heading' } }),
        el('p', { text: t('entities.listsHelp') }),
        el('label', { text: t('entities.listFile'), attrs: { for: 'entities-list-file' } }), input, report);
    }

    function renderEditor() {
      const ids = selectedIds();
      const heading = el('h3', { text: t('entities.edit'), attrs: { id: 'entities-editor-heading' } });
      const fieldset = el('fieldset', { className: 'entities-edit-fields', attrs: { id: 'entities-edit-fields' } });
      fieldset.disabled = !canEdit;
      if (!canEdit) {
        const note = el('p', { className: 'entities-edit-unavailable', text: t('entities.editUnavailable'), attrs: { id: 'entities-edit-unavailable' } });
        fieldset.setAttribute('aria-describedby', 'entities-edit-unavailable');
        editor.replaceChildren(heading, note, fieldset);
      } else {
        editor.replaceChildren(heading, fieldset, editStatus, el('h4', { text: t('entities.editsInEffect') }), editsList);
      }

      // Merge: the checked entities into the chosen one.
      const names = new Map(entities.map((e) => [e.id, e.name]));
      const into = el('select', { attrs: { id: 'entities-merge-into' } }, ...ids.map((id) => el('option', { text: `${names.get(id)} (${id})`, attrs: { value: id } })));
      const merge = el('div', { className: 'entities-edit-merge' },
        el('label', { text: t('entities.mergeInto'), attrs: { for: 'entities-merge-into' } }), into,
        button(t('entities.merge'), () => applyEdit(mergeEdit(ids, into.value)), { attrs: { id: 'entities-merge' } }));

      // Rename: the one checked entity.
      const newName = el('input', { attrs: { id: 'entities-rename-name', type: 'text', dir: 'auto' } });
      if (ids.length === 1) newName.value = names.get(ids[0]) ?? '';
      const rename = el('div', { className: 'entities-edit-rename' },
        el('label', { text: t('entities.renameTo'), attrs: { for: 'entities-rename-name' } }), newName,
        button(t('entities.rename'), () => applyEdit(renameEdit(ids, newName.value)), { attrs: { id: 'entities-rename' } }));

      // Split: spellings of the one checked entity into a new one.
      const surfaces = el('fieldset', { className: 'entities-split-surfaces', attrs: { id: 'entities-split-surfaces' } }, el('legend', { text: t('entities.splitSurfaces') }));
      const chosen = ids.length === 1 ? entities.find((e) => e.id === ids[0]) : null;
      for (const [i, surface] of (chosen?.surfaces ?? []).entries()) {
        const box = el('input', { attrs: { type: 'checkbox', id: `entities-split-${i}`, value: surface } });
        surfaces.append(el('span', { className: 'views-check' }, box, el('label', { attrs: { for: box.id } }, el('bdi', { text: surface }))));
      }
      const splitName = el('input', { attrs: { id: 'entities-split-name', type: 'text', dir: 'auto' } });
      const split = el('div', { className: 'entities-edit-split' }, surfaces,
        el('label', { text: t('entities.splitName'), attrs: { for: 'entities-split-name' } }), splitName,
        button(t('entities.split'), () => {
          const picked = [...surfaces.querySelectorAll('input:checked')].map((box) => box.value);
          applyEdit(splitEdit(ids, picked, splitName.value));
        }, { attrs: { id: 'entities-split' } }));
      fieldset.append(el('legend', { text: t('entities.selected', { count: ids.length }) }), merge, rename, split);
    }

    async function refresh() {
      stale = false;
      try {
        canEdit = (await request(MessageType.ENTITY_CAPABILITIES, {})).edit === true;
      } catch {
        canEdit = false;
      }
      renderLists();
      await Promise.all([loadTable(), loadNetwork(), loadEdits()]);
      if (timelineEntity) await loadTimeline(timelineEntity);
      else timeline.replaceChildren(el('p', { text: t('entities.timelineNone') }));
    }

    state.subscribe((next, previous) => {
      if (next.ui !== previous.ui || next.corpus !== previous.corpus) {
        stale = true;
        if (visible) refresh();
      } else if (next.filters.entity !== previous.filters.entity && entities.length) {
        renderTable();
      }
    });

    return {
      show() {
        visible = true;
        if (stale) refresh().catch((error) => {
          status.textContent = t('entities.error', { code: error.code ?? 'error', message: error.message });
        });
      },
      hide() {
        visible = false;
      },
    };
  },
};
