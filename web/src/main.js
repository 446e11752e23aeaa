// Page bootstrap: starts the search worker, opens the last corpus (or the
// sample), and mounts the shell — a tab bar with the results and every view
// of views/registry.js, switched by state.view — the corpus list and the
// import controls. The view state (state.js) is read from the URL fragment
// at start and written back on every change.
//
// Views are mounted with context {client, state, t, ui}:
//   client  the promise API of client.js (client.call(type, payload) for
//           the views' own message types)
//   state   the store of state.js (get, set, subscribe)
//   t       t(key, params): the page's strings in the UI language
//   ui      { language (getter: 'en' | 'fa'), direction ('ltr' | 'rtl'),
//             languageName(code), element, appendHighlighted (results/dom.js),
//             onLanguageChange(fn) -> unsubscribe }
//
// Corpus text is untrusted: every node is built with createElement and
// textContent, never from HTML strings.

import { createRecoveringClient, isWorkerLost } from './client.js';
import { createI18n, directionOf } from './i18n.js';
import { createImportPanel } from './import/import-panel.js';
import { issueLocation } from './issue-location.js';
import { registerOffline } from './offline.js';
import { appendHighlighted, element } from './results/dom.js';
import { renderQueryHelp } from './results/query-help.js';
import { createResultsView } from './results/results-view.js';
import { bindToLocation, createState, formatFragment, parseFragment } from './state.js';
import { SAMPLE, createCorpusLibrary } from './storage/corpus-library.js';
import { renderCorpusPanel } from './storage/corpus-panel.js';
import { views } from './views/registry.js';

const SAMPLE_URL = new URL('../data/sample.jsonl', import.meta.url);
const SAMPLE_NAME = 'sample.jsonl';
const RESULTS_VIEW = 'results';

const byId = (id) => document.getElementById(id);
const root = document.documentElement;
const input = byId('query');
const searchButton = byId('search-button');
const crossScript = byId('cross-script');
const status = byId('status');
const issuesList = byId('issues');

const store = createState(parseFragment(window.location.hash));
const i18n = createI18n(store.get().ui);
const languageListeners = new Set();
let client = null;
let library = null;
let resultsView = null;
let importPanel = null;
let corpusBusy = false;
let openingName = null;
let lastStatus = null; // {key, params} of #status, re-translated on a language switch

function setPageState(value) {
  root.dataset.state = value;
}

function setStatus(key, params = {}) {
  lastStatus = { key, params };
  status.textContent = i18n.t(key, params);
}

function fail(error, key = 'status.failed') {
  setPageState('error');
  status.classList.add('is-error');
  setStatus(key, { code: error.code ? ` (${error.code})` : '', message: error.message });
  input.disabled = true;
  searchButton.disabled = true;
  crossScript.disabled = true;
}

function showIssues(issues) {
  issuesList.replaceChildren(...issues.map((issue) => element('li', {
    text: `${issueLocation(issue)}: ${issue.code} — ${issue.message}`,
    dir: 'auto',
  })));
  issuesList.hidden = issues.length === 0;
}

function fragmentFor(partial) {
  return formatFragment({ ...store.get(), ...partial }) || '#';
}

// Tabs

const tabList = byId('view-tabs');
const panelHost = byId('view-panels');
const tabs = new Map(); // id -> {tab, panel, view: {show, hide} | null}

function hasView(id) {
  return tabs.has(id);
}

function addTab(id, label, panel) {
  const tab = element('button', { className: 'view-tab', attrs: { role: 'tab', 'aria-controls': panel.id } });
  tab.type = 'button';
  tab.id = `tab-${id}`;
  tab.dataset.view = id;
  tab.dataset.label = JSON.stringify(label);
  tab.textContent = label[i18n.language] ?? label.en;
  tab.addEventListener('click', () => store.set({ view: id }));
  tab.addEventListener('keydown', (event) => {
    const order = [...tabs.keys()];
    const forward = i18n.direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = i18n.direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    let next = null;
    const at = order.indexOf(id);
    if (event.key === forward) next = order[(at + 1) % order.length];
    else if (event.key === backward) next = order[(at - 1 + order.length) % order.length];
    else if (event.key === 'Home') next = order[0];
    else if (event.key === 'End') next = order[order.length - 1];
    if (next === null) return;
    event.preventDefault();
    store.set({ view: next });
    tabs.get(next).tab.focus();
  });
  tabList.append(tab);
  tabs.set(id, { tab, panel, view: null });
}

function uiContext() {
  return {
    get language() {
      return i18n.language;
    },
    get direction() {
      return i18n.direction;
    },
    languageName: (code) => i18n.languageName(code),
    element,
    appendHighlighted,
    onLanguageChange(listener) {
      languageListeners.add(listener);
      return () => languageListeners.delete(listener);
    },
  };
}

function mountViews() {
  addTab(RESULTS_VIEW, { en: createI18n('en').t('tabs.results'), fa: createI18n('fa').t('tabs.results') }, byId('panel-results'));
  for (const entry of views) {
    const panel = element('section', { className: 'view-panel', attrs: { role: 'tabpanel', tabindex: '-1' } });
    panel.id = `panel-${entry.id}`;
    panel.setAttribute('aria-labelledby', `tab-${entry.id}`);
    panel.hidden = true;
    panelHost.append(panel);
    addTab(entry.id, entry.label, panel);
    try {
      tabs.get(entry.id).view = entry.mount(panel, {
        client,
        state: store,
        t: i18n.t,
        ui: uiContext(),
        // After an entity edit: the open corpus stored again, edits and all.
        saveCorpus: () => library.saveOpen().then(() => refreshCorpusPanel()),
        // The person's own entity list (JSON or CSV), kept with the corpus.
        addEntityList: (name, bytes) => library.addEntityList(name, bytes).then((report) => {
          refreshCorpusPanel();
          return report;
        }),
      });
    } catch (error) {
      panel.replaceChildren(element('p', { className: 'hit-error', text: i18n.t('tabs.failed', { message: error.message }) }));
    }
  }
}

function showView(id) {
  const current = tabs.has(id) ? id : RESULTS_VIEW;
  for (const [viewId, { tab, panel, view }] of tabs) {
    const selected = viewId === current;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    panel.hidden = !selected;
    if (selected) view?.show();
    else view?.hide();
  }
}

// Language

function applyLanguage() {
  root.lang = i18n.language;
  root.dir = directionOf(i18n.language);
  i18n.apply(document);
  document.title = i18n.t('page.title');
  const switcher = byId('ui-language');
  const other = i18n.language === 'fa' ? 'en' : 'fa';
  switcher.textContent = other === 'fa' ? 'فارسی' : 'English';
  switcher.lang = other;
  switcher.dir = directionOf(other);
  byId('ui-language-help').textContent = i18n.t(other === 'fa' ? 'ui.switchToFa' : 'ui.switchToEn');
  for (const { tab } of tabs.values()) {
    const label = JSON.parse(tab.dataset.label);
    tab.textContent = label[i18n.language] ?? label.en;
  }
  renderQueryHelp(byId('query-syntax-body'), { i18n, use: useExample });
  if (lastStatus) status.textContent = i18n.t(lastStatus.key, lastStatus.params);
  resultsView?.relabel();
  importPanel?.relabel();
  refreshCorpusPanel();
  for (const listener of languageListeners) listener(i18n.language);
}

function useExample(example) {
  input.value = example;
  store.set({ query: example, page: 0, doc: null, view: RESULTS_VIEW });
  resultsView?.run();
  input.focus();
}

// Corpora

async function refreshCorpusPanel() {
  if (!library) return;
  await renderCorpusPanel({ list: byId('corpus-list'), usage: byId('storage-use'), current: byId('corpus-current') }, {
    entries: await library.list(),
    open: library.open,
    available: library.available,
    busy: corpusBusy || Boolean(importPanel?.busy),
    i18n,
    onOpen: (entry) => switchCorpus(entry ? entry.name : ''),
    onRemove: removeCorpus,
  });
}

// html[data-corpus-origin] says how the open corpus came: sample,
// saved-index (reopened without indexing), rebuilt (indexed again from its
// stored files) or import.
function corpusLoaded(result) {
  if (result.origin) root.dataset.corpusOrigin = result.origin;
  status.classList.remove('is-error');
  const skipped = result.report?.skipped ?? 0;
  if (skipped) setStatus('status.loadedSkipped', { count: result.documents, documents: result.documents, skipped });
  else setStatus('status.loaded', { count: result.documents, documents: result.documents });
  if (result.rebuilt) setStatus('status.rebuilt', { count: result.documents, documents: result.documents });
  showIssues(result.report?.issues ?? []);
}

async function withCorpusLock(task) {
  corpusBusy = true;
  byId('import-files').disabled = true;
  await refreshCorpusPanel();
  try {
    return await task();
  } finally {
    corpusBusy = false;
    byId('import-files').disabled = false;
    await refreshCorpusPanel();
  }
}

// Opens the corpus called `name` ('' for the sample) and searches again.
async function switchCorpus(name) {
  if (corpusBusy || importPanel?.busy) return;
  const wanted = name ?? '';
  openingName = wanted;
  await withCorpusLock(async () => {
    setStatus('status.opening', { name: wanted || i18n.t('corpora.sample') });
    try {
      const result = await library.openByName(wanted);
      corpusLoaded(result);
    } catch (error) {
      status.classList.add('is-error');
      setStatus('status.openFailed', { code: error.code ?? 'error', message: error.message });
    }
    const openName = library.open === SAMPLE ? '' : library.open.name;
    if (store.get().corpus !== openName) store.set({ corpus: openName, page: 0, doc: null });
    openingName = null;
    resultsView.refresh();
  });
}

async function removeCorpus(entry) {
  if (corpusBusy || importPanel?.busy) return;
  if (!window.confirm(i18n.t('corpora.confirmRemove', { name: entry.name }))) return;
  const wasOpen = library.open.id === entry.id;
  await withCorpusLock(async () => {
    const reopened = await library.remove(entry);
    if (reopened) corpusLoaded(reopened);
  });
  if (wasOpen) {
    store.set({ corpus: '', page: 0, doc: null });
    resultsView.refresh();
  }
}

async function startImport(files, options) {
  refreshCorpusPanel();
  let report;
  try {
    ({ report } = await library.importFiles(files, options));
  } catch (error) {
    if (!isWorkerLost(error)) throw error;
    // Out of memory (or a crashed worker): a fresh worker reopens the corpus
    // that was open; the stored corpora were never touched.
    await client.restart();
    let reopened;
    try {
      reopened = await library.openFirst(library.open.id ? library.open : SAMPLE);
    } catch {
      reopened = await library.openFirst(SAMPLE);
    }
    corpusLoaded(reopened);
    resultsView.refresh();
    throw Object.assign(new Error(i18n.t('import.outOfMemory')), { code: error.code });
  }
  corpusLoaded({ documents: report.documents, report });
  root.dataset.corpusOrigin = 'import';
  store.set({ corpus: options.name, page: 0, doc: null });
  resultsView.refresh();
  return { report };
}

// Start

function onStateChange(state, previous) {
  if (state.ui !== previous.ui && i18n.setLanguage(state.ui)) applyLanguage();
  if (state.view !== previous.view) showView(state.view);
  if (state.query !== previous.query && input.value.trim() !== state.query.trim()) input.value = state.query;
  if (state.crossScript !== previous.crossScript) crossScript.checked = state.crossScript;
  if (state.corpus !== previous.corpus && openingName === null && !importPanel?.busy) {
    const openName = library.open === SAMPLE ? '' : library.open.name;
    if (state.corpus !== openName) switchCorpus(state.corpus);
  }
  resultsView.update(state, previous);
}

function wireControls() {
  input.addEventListener('input', () => store.set({ query: input.value, page: 0 }));
  crossScript.addEventListener('change', () => store.set({ crossScript: crossScript.checked, page: 0 }));
  byId('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    store.set({ query: input.value, page: 0 });
    resultsView.run();
  });
  byId('ui-language').addEventListener('click', () => store.set({ ui: i18n.language === 'fa' ? 'en' : 'fa' }));
}

async function start() {
  const initial = store.get();
  input.value = initial.query;
  crossScript.checked = initial.crossScript;
  applyLanguage();
  setStatus('status.loading');
  try {
    client = createRecoveringClient();
    await client.init();
    library = createCorpusLibrary({ client, sampleUrl: SAMPLE_URL, sampleName: SAMPLE_NAME });
    await library.start();
    const entry = await library.initial(initial.corpus);
    setStatus('status.opening', { name: entry === SAMPLE ? i18n.t('corpora.sample') : entry.name });
    let result;
    try {
      result = await library.openFirst(entry);
    } catch (error) {
      if (entry === SAMPLE) throw error;
      // A stored corpus that cannot be opened: the sample instead, and say so.
      result = await library.openFirst(SAMPLE);
      showIssues([{ file: entry.name, line: 0, code: error.code ?? 'error', message: error.message }]);
    }
    corpusLoaded(result);
  } catch (error) {
    fail(error);
    client?.terminate();
    return;
  }

  mountViews();
  resultsView = createResultsView({
    client,
    store,
    i18n,
    nodes: {
      searchStatus: byId('search-status'),
      results: byId('results'),
      facets: byId('facets'),
      facetGroups: byId('facet-groups'),
      activeFilters: byId('active-filters'),
      pager: byId('pager'),
      depthNote: byId('depth-note'),
      docFallback: byId('doc-fallback'),
    },
    hasDocumentView: () => hasView('document'),
    fragmentFor,
    onFatal: (error) => fail(error, 'status.stopped'),
  });
  importPanel = createImportPanel({
    form: byId('corpora'),
    name: byId('import-name'),
    input: byId('import-files'),
    dropZone: byId('drop-zone'),
    area: byId('import-progress-area'),
    progress: byId('import-progress'),
    progressText: byId('import-progress-text'),
    cancel: byId('import-cancel'),
    report: byId('import-report'),
  }, { i18n, startImport, onIdle: refreshCorpusPanel });
  importPanel.enable();

  const openName = library.open === SAMPLE ? '' : library.open.name;
  if (store.get().corpus !== openName) store.set({ corpus: openName });
  bindToLocation(store);
  store.subscribe(onStateChange);
  wireControls();
  showView(store.get().view);
  await refreshCorpusPanel();

  input.disabled = false;
  searchButton.disabled = false;
  crossScript.disabled = false;
  setPageState('ready');
  resultsView.refresh();
  registerOffline();
}


start();
