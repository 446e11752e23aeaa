// <qalam-explorer>: the explorer as one element for other pages
// (docs/EMBEDDING.md). Importing this module defines it.
//
//   <qalam-explorer corpus-url="news.jsonl" query="Almaty" views="search,results,document" lang="en">
//
// Attributes: corpus-url (JSON Lines, JSON, CSV/TSV or text to fetch and add),
// index-url (a saved index to open first), query (searched once ready, and
// whenever it changes), views (which of search, results, document, entities
// to show; search,results,document by default), lang (en | fa: the
// interface's language and direction), base-url (where src/, wasm/ and data/
// are; beside this file by default).
//
// Events (bubbling, composed): qalam-ready {documents}, qalam-search
// {query, total, hits}, qalam-select {document}, qalam-error {code, message}.
//
// Everything from the corpus is inserted as text. Styles come from
// qalam-explorer.css through a <link> in the shadow root: nothing inline, so
// the host page's policy needs no 'unsafe-inline'.

import { appendHighlighted } from '../results/dom.js';
import { createExplorer } from './api.js';
import { uiStrings } from './strings.js';

const STYLESHEET_URL = new URL('./qalam-explorer.css', import.meta.url);
const VIEWS = Object.freeze(['search', 'results', 'document', 'entities']);
const DEFAULT_VIEWS = Object.freeze(['search', 'results', 'document']);
const SEARCH_DELAY_MS = 150;
const RESULT_LIMIT = 20;
const ENTITY_LIMIT = 30;
const NAMED_TYPES = Object.freeze(['PER', 'ORG', 'GPE', 'LOC', 'FAC', 'EVENT']);

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function isLanguageTag(code) {
  return typeof code === 'string' && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(code);
}

function tagLanguage(node, lang) {
  if (isLanguageTag(lang)) node.lang = lang;
  node.dir = 'auto';
  return node;
}

function fileNameOf(url) {
  const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || '');
  return name || 'corpus.jsonl';
}

async function fetchBytes(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status} for ${url}`), { code: 'fetch-failed' });
  return new Uint8Array(await response.arrayBuffer());
}

export class QalamExplorerElement extends HTMLElement {
  static get observedAttributes() {
    return ['query', 'views', 'lang', 'corpus-url'];
  }

  #parts;
  #explorer = null;
  #ready = null;
  #stopped = false;
  #timer = 0;
  #documents = 0;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const stylesheet = element('link');
    stylesheet.rel = 'stylesheet';
    stylesheet.href = STYLESHEET_URL.href;

    const frame = element('div', 'frame');
    frame.setAttribute('part', 'frame');
    const form = element('form', 'search');
    form.setAttribute('role', 'search');
    form.setAttribute('part', 'search');
    const input = element('input', 'query');
    input.type = 'search';
    input.dir = 'auto';
    input.spellcheck = false;
    input.autocomplete = 'off';
    input.disabled = true;
    const button = element('button', 'search-button');
    button.type = 'submit';
    button.disabled = true;
    form.append(input, button);

    const status = element('p', 'status');
    status.setAttribute('role', 'status');
    status.setAttribute('part', 'status');
    const results = element('ol', 'results');
    results.setAttribute('part', 'results');
    const reader = element('article', 'document');
    reader.setAttribute('part', 'document');
    reader.hidden = true;
    const entities = element('section', 'entities');
    entities.setAttribute('part', 'entities');
    const entitiesTitle = element('h2', 'entities-title');
    const entityList = element('ul', 'entity-list');
    entities.append(entitiesTitle, entityList);

    frame.append(form, status, results, reader, entities);
    root.append(stylesheet, frame);
    this.#parts = { frame, form, input, button, status, results, reader, entities, entitiesTitle, entityList };

    input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.search(input.value), SEARCH_DELAY_MS);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#timer);
      this.search(input.value);
    });
    this.#renderLanguage();
    this.#renderViews();
    status.textContent = this.#strings.loading;
  }

  // Resolves with {documents} once the corpus is loaded; rejects if starting failed.
  get ready() {
    this.#start();
    return this.#ready;
  }

  // The API object of api.js behind this element (null until started).
  get explorer() {
    return this.#explorer;
  }

  connectedCallback() {
    this.#start();
  }

  disconnectedCallback() {
    // Moving the element within a page disconnects and reconnects it at once.
    queueMicrotask(() => {
      if (!this.isConnected) this.#stop();
    });
  }

  attributeChangedCallback(name, previous, value) {
    if (previous === value) return;
    if (name === 'lang') this.#renderLanguage();
    else if (name === 'views') this.#renderViews();
    else if (name === 'query' && this.#explorer) this.search(value ?? '');
    else if (name === 'corpus-url' && this.#explorer && value) {
      this.#addCorpus(value).catch((error) => this.#fail(error));
    }
  }

  get #strings() {
    return uiStrings(this.getAttribute('lang'));
  }

  #renderLanguage() {
    const text = this.#strings;
    const { frame, input, button, results, reader, entitiesTitle } = this.#parts;
    frame.dir = text.dir;
    input.placeholder = text.placeholder;
    input.setAttribute('aria-label', text.searchLabel);
    button.textContent = text.searchButton;
    results.setAttribute('aria-label', text.resultsLabel);
    reader.setAttribute('aria-label', text.documentLabel);
    entitiesTitle.textContent = text.entitiesTitle;
  }

  #views() {
    const listed = this.getAttribute('views');
    if (listed === null) return new Set(DEFAULT_VIEWS);
    return new Set(listed.split(',').map((view) => view.trim().toLowerCase()).filter((view) => VIEWS.includes(view)));
  }

  #renderViews() {
    const views = this.#views();
    const { form, results, reader, entities } = this.#parts;
    form.hidden = !views.has('search');
    results.hidden = !views.has('results');
    if (!views.has('document')) reader.hidden = true;
    entities.hidden = !views.has('entities');
    if (views.has('entities') && this.#explorer) this.#showEntities().catch((error) => this.#fail(error));
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #start() {
    if (this.#ready) return;
    this.#ready = this.#load();
    this.#ready.catch((error) => this.#fail(error));
  }

  async #load() {
    const baseUrl = this.getAttribute('base-url') ?? undefined;
    const explorer = await createExplorer({ baseUrl });
    if (this.#stopped) {
      explorer.terminate();
      throw Object.assign(new Error('the element was removed'), { code: 'terminated' });
    }
    this.#explorer = explorer;
    const indexUrl = this.getAttribute('index-url');
    if (indexUrl) {
      this.#parts.status.textContent = this.#strings.loadingCorpus;
      const report = await explorer.loadIndex(await fetchBytes(new URL(indexUrl, document.baseURI).href));
      this.#documents = report.documents;
    }
    const corpusUrl = this.getAttribute('corpus-url');
    if (corpusUrl) await this.#addCorpus(corpusUrl);
    const { input, button, status } = this.#parts;
    status.textContent = this.#strings.documents(this.#documents);
    input.disabled = false;
    button.disabled = false;
    this.#emit('qalam-ready', { documents: this.#documents });
    if (this.#views().has('entities')) await this.#showEntities();
    const query = this.getAttribute('query');
    if (query) await this.#search(query);
    return { documents: this.#documents };
  }

  async #addCorpus(url) {
    this.#parts.status.textContent = this.#strings.loadingCorpus;
    const absolute = new URL(url, document.baseURI).href;
    const report = await this.#explorer.addDocuments(fileNameOf(absolute), await fetchBytes(absolute));
    this.#documents = report.documents;
    this.#parts.status.textContent = this.#strings.documents(this.#documents);
    return report;
  }

  #fail(error) {
    if (this.#stopped) return;
    const { input, button, status } = this.#parts;
    status.classList.add('is-error');
    status.textContent = this.#strings.failed(error.message);
    input.disabled = true;
    button.disabled = true;
    this.#emit('qalam-error', { code: error.code ?? 'error', message: error.message });
  }

  #stop() {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#explorer?.terminate();
    this.#explorer = null;
  }

  // Searches and shows the hits; resolves with {query, total, hits} (also the
  // qalam-search event's detail), or null when a newer search superseded it.
  async search(query) {
    await this.ready;
    return this.#search(query);
  }

  async #search(query) {
    const text = String(query ?? '').trim();
    const { input, results, status } = this.#parts;
    if (input.value.trim() !== text) input.value = text;
    status.classList.remove('is-error');
    if (!text) {
      await this.#explorer.search('', { limit: 1 }); // supersedes any search in flight
      results.replaceChildren();
      status.textContent = this.#strings.documents(this.#documents);
      return null;
    }
    const result = await this.#explorer.search(text, { limit: RESULT_LIMIT, crossScript: true });
    if (result.stale) return null;
    results.replaceChildren(...result.hits.map((hit) => this.#renderHit(hit)));
    if (result.error) {
      status.classList.add('is-error');
      status.textContent = this.#strings.queryError(result.error.message);
    } else {
      status.textContent = this.#strings.results(result.hits.length, result.total, result.totalExact);
    }
    const detail = { query: text, total: result.total, hits: result.hits };
    this.#emit('qalam-search', detail);
    return detail;
  }

  // Opens document `doc` in the document view; resolves with the document
  // (also the qalam-select event's detail.document).
  async select(doc) {
    await this.ready;
    const record = await this.#explorer.document(doc);
    if (this.#views().has('document')) this.#renderDocument(record);
    this.#emit('qalam-select', { document: record });
    return record;
  }

  #renderHit(hit) {
    const item = element('li', 'hit');
    item.setAttribute('part', 'hit');
    item.dataset.doc = String(hit.doc);
    const open = tagLanguage(element('button', 'hit-title', hit.title || hit.id || this.#strings.untitled(hit.doc)), hit.lang);
    open.type = 'button';
    open.addEventListener('click', () => this.select(hit.doc).catch((error) => this.#fail(error)));
    const meta = element('p', 'hit-meta', [hit.date, hit.source].filter(Boolean).join(' · '));
    const snippet = tagLanguage(element('p', 'hit-snippet'), hit.lang);
    appendHighlighted(snippet, hit.snippet, hit.highlights);
    item.append(open, meta, snippet);
    return item;
  }

  #renderDocument(record) {
    const { reader } = this.#parts;
    const close = element('button', 'document-close', this.#strings.close);
    close.type = 'button';
    close.addEventListener('click', () => {
      reader.hidden = true;
    });
    const title = tagLanguage(element('h2', 'document-title', record.title || record.id), record.lang);
    const meta = element('p', 'document-meta', [record.date, record.source].filter(Boolean).join(' · '));
    const body = element('div', 'document-text');
    for (const paragraph of record.text.split(/\n+/)) {
      if (paragraph.trim()) body.append(tagLanguage(element('p', null, paragraph), record.lang));
    }
    reader.replaceChildren(close, title, meta, body);
    reader.dataset.doc = String(record.doc);
    reader.hidden = false;
  }

  async #showEntities() {
    const list = await this.#explorer.entities({ types: NAMED_TYPES, limit: ENTITY_LIMIT });
    this.#parts.entityList.replaceChildren(...list.map((entity) => {
      const item = element('li', 'entity');
      item.dataset.type = entity.type;
      item.append(
        tagLanguage(element('span', 'entity-name', entity.name), ''),
        element('span', 'entity-type', entity.type),
        element('span', 'entity-count', this.#strings.entityDocuments(entity.documents)),
      );
      return item;
    }));
  }
}

if (!customElements.get('qalam-explorer')) customElements.define('qalam-explorer', QalamExplorerElement);
