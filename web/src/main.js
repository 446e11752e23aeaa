// Page bootstrap: starts the search worker, loads the sample corpus and wires
// live search to the DOM.
//
// Corpus text is untrusted: every node is built with createElement and
// textContent, never from HTML strings.

import { createClient } from './client.js';
import { ErrorCode } from './protocol.js';

const CORPUS_URL = new URL('../data/sample.jsonl', import.meta.url);
const CORPUS_NAME = 'sample.jsonl';
const SEARCH_DELAY_MS = 120;
const RESULT_LIMIT = 20;

const root = document.documentElement;
const form = document.getElementById('search-form');
const input = document.getElementById('query');
const button = document.getElementById('search-button');
const crossScript = document.getElementById('cross-script');
const status = document.getElementById('status');
const issuesList = document.getElementById('issues');
const searchStatus = document.getElementById('search-status');
const results = document.getElementById('results');

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' });
  } catch {
    return null;
  }
})();

function languageName(code) {
  if (!code) return 'Unknown language';
  try {
    const name = languageNames?.of(code);
    if (name && name !== code) return name;
  } catch {
    // not a valid BCP 47 tag: show it as it is
  }
  return code;
}

function isLanguageTag(code) {
  return typeof code === 'string' && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(code);
}

function element(tag, { className, text, dir, lang } = {}) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  if (dir) node.dir = dir;
  if (lang && isLanguageTag(lang)) node.lang = lang;
  return node;
}

function plural(count, one, many) {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

function setState(state) {
  root.dataset.state = state;
}

// Appends `text` to `parent`, wrapping the [begin, end) UTF-16 ranges of
// `highlights` (flat pairs) in <mark>. Ranges are sorted, clamped and
// de-overlapped so malformed input can never throw or duplicate text.
function appendHighlighted(parent, text, highlights) {
  const ranges = [];
  for (let i = 0; i + 1 < highlights.length; i += 2) {
    const begin = Math.min(highlights[i], text.length);
    const end = Math.min(highlights[i + 1], text.length);
    if (end > begin) ranges.push([begin, end]);
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let at = 0;
  for (const [begin, end] of ranges) {
    if (end <= at) continue;
    const start = Math.max(begin, at);
    if (start > at) parent.append(document.createTextNode(text.slice(at, start)));
    parent.append(element('mark', { text: text.slice(start, end) }));
    at = end;
  }
  if (at < text.length) parent.append(document.createTextNode(text.slice(at)));
}

function renderMeta(hit) {
  const meta = element('p', { className: 'hit-meta' });
  const lang = element('span', { className: 'hit-lang', text: languageName(hit.lang) });
  meta.append(lang);
  if (hit.date) {
    const time = element('time', { className: 'hit-date', text: hit.date });
    if (/^\d{4}-\d{2}-\d{2}$/.test(hit.date)) time.dateTime = hit.date;
    meta.append(time);
  }
  if (hit.source) meta.append(element('span', { className: 'hit-source', text: hit.source }));
  return meta;
}

function renderFullText(container, record) {
  container.replaceChildren();
  for (const paragraph of record.text.split(/\n+/)) {
    if (paragraph.trim()) container.append(element('p', { text: paragraph, dir: 'auto', lang: record.lang }));
  }
}

function renderHit(hit) {
  const item = element('li', { className: 'hit' });
  item.dataset.doc = String(hit.doc);
  if (hit.id) item.dataset.id = hit.id;

  const title = element('h3', { className: 'hit-title', text: hit.title || hit.id || `Document ${hit.doc}`, dir: 'auto', lang: hit.lang });
  const snippet = element('p', { className: 'hit-snippet', dir: 'auto', lang: hit.lang });
  appendHighlighted(snippet, hit.snippet, hit.highlights);

  const more = element('button', { className: 'hit-more', text: 'Show full text' });
  more.type = 'button';
  more.setAttribute('aria-expanded', 'false');
  const full = element('div', { className: 'hit-text' });
  full.id = `hit-text-${hit.doc}`;
  full.hidden = true;
  more.setAttribute('aria-controls', full.id);
  more.addEventListener('click', () => toggleFullText(hit.doc, more, full));

  item.append(title, renderMeta(hit), snippet, more, full);
  return item;
}

async function toggleFullText(doc, control, container) {
  const open = control.getAttribute('aria-expanded') === 'true';
  if (open) {
    container.hidden = true;
    control.setAttribute('aria-expanded', 'false');
    control.textContent = 'Show full text';
    return;
  }
  if (!container.hasChildNodes()) {
    control.disabled = true;
    try {
      renderFullText(container, await client.document(doc));
    } catch (error) {
      container.replaceChildren(element('p', { className: 'hit-error', text: `Could not load the document: ${error.message}` }));
    } finally {
      control.disabled = false;
    }
  }
  container.hidden = false;
  control.setAttribute('aria-expanded', 'true');
  control.textContent = 'Hide full text';
}

function showSearchStatus(text, { error = false } = {}) {
  searchStatus.classList.toggle('is-error', error);
  searchStatus.replaceChildren();
  if (text) searchStatus.textContent = text;
}

// "Query error (query-syntax) at character 8: …" plus the query with the
// offending character marked.
function showQueryError(query, error) {
  searchStatus.classList.add('is-error');
  const position = Number.isInteger(error.position) ? error.position : -1;
  const where = position >= 0 ? ` at character ${position + 1}` : '';
  searchStatus.replaceChildren(`Query error (${error.code})${where}: ${error.message}`);
  if (position >= 0 && position <= query.length) {
    const echo = element('span', { className: 'query-echo', dir: 'auto' });
    const codePoint = query.codePointAt(position);
    const width = codePoint === undefined ? 0 : String.fromCodePoint(codePoint).length;
    echo.append(query.slice(0, position));
    echo.append(element('mark', { className: 'query-error-at', text: width ? query.slice(position, position + width) : '\u2420' }));
    echo.append(query.slice(position + width));
    searchStatus.append(' in ', echo);
  }
}

function clearResults() {
  results.replaceChildren();
  results.dataset.query = '';
  delete results.dataset.crossScript;
  showSearchStatus('');
}

// data-query and data-cross-script on the list say which search it shows.
function renderResults(query, options, result, elapsedMs) {
  results.replaceChildren(...result.hits.map(renderHit));
  results.dataset.query = query;
  results.dataset.crossScript = String(options.crossScript);
  if (result.error) {
    showQueryError(query, result.error);
    return;
  }
  const time = `(${elapsedMs < 10 ? elapsedMs.toFixed(1) : Math.round(elapsedMs)} ms)`;
  if (result.hits.length === 0) {
    showSearchStatus(`No results ${time}`);
  } else if (!result.totalExact) {
    // Past the first thousand matches the search stops counting and skips.
    showSearchStatus(`Showing ${result.hits.length} of ${result.total.toLocaleString('en')}+ results ${time}`);
  } else if (result.total > result.hits.length) {
    showSearchStatus(`Showing ${result.hits.length} of ${plural(result.total, 'result', 'results')} ${time}`);
  } else {
    showSearchStatus(`${plural(result.total, 'result', 'results')} ${time}`);
  }
}

function fail(message) {
  setState('error');
  status.classList.add('is-error');
  status.textContent = message;
  input.disabled = true;
  button.disabled = true;
  crossScript.disabled = true;
}

let client = null;
let timer = 0;

async function runSearch() {
  clearTimeout(timer);
  timer = 0;
  const query = input.value.trim();
  if (!query) {
    // Supersede any search still in flight, then clear.
    client.search('', { limit: 1 }).catch(() => {});
    clearResults();
    return;
  }
  const options = { limit: RESULT_LIMIT, crossScript: crossScript.checked };
  const started = performance.now();
  let result;
  try {
    result = await client.search(query, options);
  } catch (error) {
    if (error.code === ErrorCode.MODULE_ABORTED || error.code === ErrorCode.WORKER_FAILED || error.code === ErrorCode.TERMINATED) {
      fail(`The search engine stopped (${error.code}): ${error.message}`);
    } else {
      showSearchStatus(`Search failed (${error.code ?? 'error'}): ${error.message}`, { error: true });
    }
    return;
  }
  if (result.stale) return;
  renderResults(query, options, result, performance.now() - started);
}

function showIssues(issues) {
  issuesList.replaceChildren(...issues.map((issue) => element('li', {
    text: `${issue.file}:${issue.line}: ${issue.code} — ${issue.message}`,
  })));
  issuesList.hidden = issues.length === 0;
}

async function loadCorpus() {
  const response = await fetch(CORPUS_URL);
  if (!response.ok) throw new Error(`could not fetch the sample corpus (HTTP ${response.status})`);
  const bytes = await response.arrayBuffer();
  return client.addDocuments(CORPUS_NAME, bytes);
}

async function start() {
  try {
    client = createClient();
    await client.init();
    status.textContent = 'Loading the sample corpus…';
    const report = await loadCorpus();
    const issues = report.issues ?? [];
    const skipped = report.skipped ? `, ${plural(report.skipped, 'line', 'lines')} skipped` : '';
    status.textContent = `${plural(report.documents, 'document', 'documents')} loaded${skipped}`;
    showIssues(issues);
  } catch (error) {
    const code = error.code ? ` (${error.code})` : '';
    fail(`Could not start the search engine${code}: ${error.message}`);
    client?.terminate();
    return;
  }

  input.disabled = false;
  button.disabled = false;
  crossScript.disabled = false;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(runSearch, SEARCH_DELAY_MS);
  });
  // Re-run the current query at once with the new setting.
  crossScript.addEventListener('change', () => runSearch());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    runSearch();
  });
  setState('ready');
  if (input.value.trim()) runSearch();
}

start();
