// The search worker: owns the wasm module and the one Corpus. Runs as a module
// worker (new Worker(url, {type: 'module'})). This is the only file that loads
// ../wasm/qalam.mjs. Every reply follows protocol.js; handlers never let an
// exception escape: failures become `{code, message}` values.
//
// Requests are handled one at a time in arrival order, so `addDocuments`
// sent right after `init` waits for the module to be ready. Two exceptions:
// `cancel` is handled the moment it arrives, and `importFiles` only starts in
// turn: it builds a corpus of its own between other requests (which keep
// answering from the open corpus) and swaps it in when it is complete.

import {
  ErrorCode, MAX_SEARCH_DEPTH, MessageType, isMessageType, toErrorValue,
} from './protocol.js';
import { analysisHandlers } from './worker_analysis.js';
import { ImportCancelled, runImport } from './import/import-job.js';
import { occurrenceCountsHandlers } from './views/timeline_counts.js';

const WASM_DIR = new URL('../wasm/', import.meta.url);
const WASM_URL = new URL('qalam.wasm', WASM_DIR);
const ICU_DATA_URL = new URL('../wasm/icudt72l.dat', import.meta.url);
const GAZETTEER_URL = new URL('../wasm/gazetteer.bin', import.meta.url);
const TAGGER_URL = new URL('../wasm/name-tagger.bin', import.meta.url);
const CURATED_URL = new URL('../data/curated.json', import.meta.url);
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 200;
const NAMED_ENTITY_TYPES = 'PER,ORG,GPE,LOC,FAC';
const FILTER_BY_TYPE = { PER: 'person', ORG: 'org', GPE: 'place', LOC: 'place', FAC: 'place' };

let module = null;
let corpus = null;
let initPromise = null;
let aborted = null; // reason string once the module has aborted
let closed = false;
const metadataCache = new Map(); // doc index -> {id, title, lang, date, source}
let entityCache = null; // entity id -> {name, type} of the open corpus
let lexiconBytes = null; // {gazetteer, curated}: fed to every corpus this worker makes
let currentImport = null; // {id, cancelled} while an importFiles request runs

class RequestError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

function isFatal(error) {
  return aborted !== null || error instanceof WebAssembly.RuntimeError;
}

async function fetchBytes(url, what) {
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    throw new RequestError(ErrorCode.FETCH_FAILED, `${what}: ${error.message}`);
  }
  if (!response.ok) {
    throw new RequestError(ErrorCode.FETCH_FAILED, `${what}: HTTP ${response.status} for ${url.pathname}`);
  }
  return new Uint8Array(await response.arrayBuffer());
}

// Compiles qalam.wasm ourselves (Emscripten's instantiateWasm hook) so that a
// missing file or a host with the wrong MIME type gives a clear message, and
// no console noise: streaming compilation needs `application/wasm`; anything
// else falls back to compiling from an ArrayBuffer.
async function instantiateQalamWasm(imports) {
  let response;
  try {
    response = await fetch(WASM_URL, { credentials: 'same-origin' });
  } catch (error) {
    throw new RequestError(ErrorCode.WASM_LOAD, `qalam.wasm: ${error.message}`);
  }
  if (!response.ok) throw new RequestError(ErrorCode.WASM_LOAD, `qalam.wasm: HTTP ${response.status} for ${WASM_URL.pathname}`);
  const type = (response.headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/wasm' && typeof WebAssembly.instantiateStreaming === 'function') {
    return WebAssembly.instantiateStreaming(response, imports);
  }
  return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}

async function initialize() {
  let createQalamModule;
  try {
    ({ default: createQalamModule } = await import('../wasm/qalam.mjs'));
  } catch (error) {
    throw new RequestError(ErrorCode.FETCH_FAILED, `loading qalam.mjs: ${error.message}`);
  }
  // Fetch ICU data while the module compiles (handled below; the no-op catch
  // only keeps an early failure from being reported as unhandled).
  const icuPromise = fetchBytes(ICU_DATA_URL, 'ICU data');
  icuPromise.catch(() => {});
  const gazetteerPromise = fetchBytes(GAZETTEER_URL, 'the gazetteer');
  gazetteerPromise.catch(() => {});
  const curatedPromise = fetchBytes(CURATED_URL, 'the curated entity list');
  curatedPromise.catch(() => {});
  // Optional: a build without the labelled corpora ships no tagger, and
  // names then come from rules and lists only.
  const taggerPromise = fetchBytes(TAGGER_URL, 'the name tagger').catch(() => null);

  // The module's own promise never settles if our instantiateWasm fails, so
  // race it against that failure.
  let wasmFailed;
  const wasmFailure = new Promise((resolve, reject) => {
    wasmFailed = reject;
  });
  const instance = await Promise.race([
    createQalamModule({
      // Say explicitly where files live (beside qalam.mjs) rather than rely on
      // how this Emscripten version guesses its script directory in a worker.
      locateFile: (path) => new URL(path, WASM_DIR).href,
      instantiateWasm(imports, receiveInstance) {
        instantiateQalamWasm(imports)
          .then(({ instance: wasm, module: compiled }) => receiveInstance(wasm, compiled))
          .catch((error) => wasmFailed(error instanceof RequestError
            ? error
            : new RequestError(ErrorCode.WASM_LOAD, `qalam.wasm: ${error.message}`)));
        return {}; // instantiation is asynchronous
      },
      onAbort: (what) => {
        aborted = String(what ?? 'abort');
      },
    }),
    wasmFailure,
  ]);
  const icu = await icuPromise;
  const icuError = instance.loadIcuData(icu);
  if (icuError) throw new RequestError(icuError.code || ErrorCode.ICU_DATA, `ICU data: ${icuError.message}`);
  const tagger = await taggerPromise;
  const taggerError = tagger ? instance.loadTagger(tagger) : null;
  if (taggerError) throw new RequestError(ErrorCode.ENTITY_DATA, `name tagger: ${taggerError.message}`);
  module = instance;
  lexiconBytes = { gazetteer: await gazetteerPromise, curated: await curatedPromise };
  corpus = newCorpus();
  return { documents: corpus.size() };
}

// Known entities: places from the gazetteer, then the curated list. Without
// re-extraction: a corpus loaded from a saved index keeps its entities.
function loadLexicon(target) {
  const gazetteerError = target.loadGazetteer(lexiconBytes.gazetteer, false);
  if (gazetteerError) throw new RequestError(ErrorCode.ENTITY_DATA, `gazetteer: ${gazetteerError.message}`);
  const curated = JSON.parse(target.addEntityList('curated.json', lexiconBytes.curated, 'curated', false));
  if (curated.error) throw new RequestError(ErrorCode.ENTITY_DATA, `curated.json: ${curated.error.message}`);
}

function newCorpus() {
  const made = new module.Corpus();
  try {
    loadLexicon(made);
  } catch (error) {
    made.delete();
    throw error;
  }
  return made;
}

// Replaces the open corpus with `next` (already complete).
function swapCorpus(next) {
  const previous = corpus;
  corpus = next;
  metadataCache.clear();
  entityCache = null;
  previous?.delete();
}

// "QALAMIDX", u32 format version, u32 analyzer version (saved_index.hpp).
function indexVersions(bytes) {
  if (bytes.byteLength < 16) return { indexFormat: 0, analyzerVersion: 0 };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { indexFormat: view.getUint32(8, true), analyzerVersion: view.getUint32(12, true) };
}

function entityInfo(id) {
  if (!entityCache) {
    entityCache = new Map();
    for (const entity of JSON.parse(requireCorpus().entities(NAMED_ENTITY_TYPES, 0xffffffff))) {
      entityCache.set(entity.id, { name: entity.name, type: entity.type });
    }
  }
  return entityCache.get(id) ?? null;
}

function quoted(value) {
  return `"${String(value).replace(/"/g, '')}"`;
}

function facetsFor(target, query, crossScript) {
  const raw = JSON.parse(target.facets(query, crossScript));
  const entity = [];
  for (const { value, count } of raw.entity ?? []) {
    const info = entityInfo(value);
    const field = info ? FILTER_BY_TYPE[info.type] : undefined;
    if (field) entity.push({ value, count, name: info.name, type: info.type, filter: `${field}:${quoted(value)}` });
  }
  return { lang: raw.lang ?? [], source: raw.source ?? [], year: raw.year ?? [], month: raw.month ?? [], entity };
}

// The ranked documents [offset, offset + limit), each with its highlighted
// snippet (the core makes snippets for the page's hits only).
function rankedPage(target, query, offset, limit, crossScript) {
  const results = target.searchPage(query, offset, Math.max(0, Math.min(limit, MAX_SEARCH_DEPTH - offset)), crossScript);
  const found = [];
  let total;
  let totalExact;
  let error;
  try {
    total = results.total();
    totalExact = results.totalExact();
    error = results.error();
    // docs()/scores()/highlights() are views into wasm memory that any later
    // call may invalidate: copy each at once.
    const docs = results.docs().slice();
    const scores = results.scores().slice();
    const count = Math.min(results.count(), docs.length);
    for (let i = 0; i < count; i++) {
      found.push({ doc: docs[i], score: scores[i], snippet: results.snippet(i), highlights: results.highlights(i).slice() });
    }
  } finally {
    results.delete();
  }
  return { total, totalExact, error, found, highlighted: true };
}

function requireCorpus() {
  if (!corpus) throw new RequestError(ErrorCode.NOT_INITIALIZED, 'the search module is not initialized yet');
  return corpus;
}

function metadata(doc) {
  let meta = metadataCache.get(doc);
  if (!meta) {
    const record = JSON.parse(requireCorpus().documentJson(doc));
    if (!record) return null;
    meta = {
      id: String(record.id ?? ''),
      title: String(record.title ?? ''),
      lang: String(record.lang ?? ''),
      date: String(record.date ?? ''),
      source: String(record.source ?? ''),
    };
    metadataCache.set(doc, meta);
  }
  return meta;
}

const handlers = {
  [MessageType.INIT]() {
    initPromise ??= initialize();
    return initPromise.then((value) => ({ value }));
  },

  [MessageType.ADD_DOCUMENTS](payload) {
    const target = requireCorpus();
    const { name, bytes } = payload ?? {};
    if (typeof name !== 'string' || !(bytes instanceof ArrayBuffer || ArrayBuffer.isView(bytes))) {
      throw new RequestError(ErrorCode.BAD_REQUEST, 'addDocuments needs {name: string, bytes: ArrayBuffer}');
    }
    const view = bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const report = JSON.parse(target.addJsonLines(name, view));
    return { value: { ...report, documents: target.size() } };
  },

  [MessageType.SEARCH](payload) {
    const target = requireCorpus();
    const { query, queryId = null, crossScript = true, facets = false } = payload ?? {};
    let { limit = DEFAULT_LIMIT, offset = 0 } = payload ?? {};
    if (typeof query !== 'string') throw new RequestError(ErrorCode.BAD_REQUEST, 'search needs {query: string}');
    if (typeof crossScript !== 'boolean') throw new RequestError(ErrorCode.BAD_REQUEST, 'search needs {crossScript: boolean} when given');
    if (!Number.isInteger(limit) || limit < 1) limit = DEFAULT_LIMIT;
    limit = Math.min(limit, MAX_LIMIT);
    if (!Number.isInteger(offset) || offset < 0) offset = 0;
    offset = Math.min(offset, MAX_SEARCH_DEPTH);

    const page = rankedPage(target, query, offset, limit, crossScript);
    const hits = [];
    for (const hit of page.found) {
      const meta = metadata(hit.doc) ?? { id: '', title: '', lang: '', date: '', source: '' };
      hits.push({ doc: hit.doc, ...meta, score: hit.score, snippet: hit.snippet, highlights: hit.highlights });
    }
    const facetCounts = facets && !page.error && query.trim() ? facetsFor(target, query, crossScript) : null;
    return {
      value: {
        queryId,
        total: page.total,
        totalExact: page.totalExact,
        offset,
        depthCap: MAX_SEARCH_DEPTH,
        highlighted: page.highlighted,
        hits,
        facets: facetCounts,
        error: page.error ? toErrorValue(page.error) : null,
      },
      transfer: hits.map((hit) => hit.highlights.buffer),
    };
  },

  [MessageType.DOCUMENT](payload) {
    const target = requireCorpus();
    const { doc } = payload ?? {};
    if (!Number.isInteger(doc) || doc < 0) throw new RequestError(ErrorCode.BAD_REQUEST, 'document needs {doc: non-negative integer}');
    const record = JSON.parse(target.documentJson(doc));
    if (!record) throw new RequestError(ErrorCode.NOT_FOUND, `no document ${doc}`);
    return {
      value: {
        doc,
        id: String(record.id ?? ''),
        title: String(record.title ?? ''),
        text: String(record.text ?? ''),
        lang: String(record.lang ?? ''),
        date: String(record.date ?? ''),
        source: String(record.source ?? ''),
      },
    };
  },

  async [MessageType.IMPORT_FILES](payload, id) {
    requireCorpus();
    const { files, base = 'empty', batch } = payload ?? {};
    if (!Array.isArray(files) || files.length === 0 || !files.every((f) => typeof f?.name === 'string' && f.data)) {
      throw new RequestError(ErrorCode.BAD_REQUEST, 'importFiles needs {files: [{name, data}]}');
    }
    if (base !== 'empty' && base !== 'current') throw new RequestError(ErrorCode.BAD_REQUEST, "importFiles takes base 'empty' or 'current'");
    if (currentImport) throw new RequestError(ErrorCode.BUSY, 'another import is running');
    const job = { id, cancelled: false };
    currentImport = job;
    let target = null;
    try {
      target = newCorpus();
      if (base === 'current') {
        const loadError = target.loadFrom(corpus.saveUncompressed());
        if (loadError) throw new RequestError(loadError.code || ErrorCode.IMPORT_FAILED, `copying the open corpus: ${loadError.message}`);
        loadLexicon(target);
      }
      const report = await runImport({
        module,
        target,
        files,
        batch,
        onProgress: (progress) => self.postMessage({ id, progress }),
        cancelled: () => job.cancelled,
      });
      if (job.cancelled) throw new ImportCancelled();
      const index = target.save();
      swapCorpus(target);
      target = null;
      return {
        value: { ...report, documents: corpus.size(), index, ...indexVersions(index) },
        transfer: [index.buffer],
      };
    } catch (error) {
      if (error instanceof ImportCancelled) throw new RequestError(ErrorCode.CANCELLED, error.message);
      throw error;
    } finally {
      target?.delete();
      if (currentImport === job) currentImport = null;
    }
  },

  [MessageType.OPEN_INDEX](payload) {
    requireCorpus();
    const { bytes } = payload ?? {};
    if (!(bytes instanceof ArrayBuffer || ArrayBuffer.isView(bytes))) {
      throw new RequestError(ErrorCode.BAD_REQUEST, 'openIndex needs {bytes: ArrayBuffer}');
    }
    if (currentImport) throw new RequestError(ErrorCode.BUSY, 'an import is running');
    const view = bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const next = new module.Corpus();
    try {
      const loadError = next.loadFrom(view);
      if (loadError) throw new RequestError(loadError.code || ErrorCode.BAD_REQUEST, `the saved index: ${loadError.message}`);
      loadLexicon(next);
    } catch (error) {
      next.delete();
      throw error;
    }
    swapCorpus(next);
    return { value: { documents: corpus.size(), ...indexVersions(view) } };
  },

  [MessageType.SAVE_INDEX]() {
    const target = requireCorpus();
    if (currentImport) throw new RequestError(ErrorCode.BUSY, 'an import is running');
    const index = target.save();
    return { value: { index, documents: target.size(), ...indexVersions(index) }, transfer: [index.buffer] };
  },

  [MessageType.MEMORY]() {
    const target = requireCorpus();
    return { value: { wasmBytes: module.HEAPU8.buffer.byteLength, documents: target.size() } };
  },
};

Object.assign(handlers, analysisHandlers({ requireCorpus, RequestError, ErrorCode, metadata }));
Object.assign(handlers, occurrenceCountsHandlers({ requireCorpus, RequestError, ErrorCode }));

async function handle(message) {
  if (closed) return;
  const id = message?.id;
  try {
    if (!Number.isInteger(id)) throw new RequestError(ErrorCode.BAD_REQUEST, 'request without an integer id');
    if (!isMessageType(message.type)) throw new RequestError(ErrorCode.UNKNOWN_TYPE, `unknown message type ${String(message.type)}`);
    const { value, transfer = [] } = await handlers[message.type](message.payload, id);
    self.postMessage({ id, ok: true, payload: value }, transfer);
  } catch (error) {
    if (isFatal(error)) {
      const reason = aborted ?? error.message;
      self.postMessage({ id, ok: false, error: { code: ErrorCode.MODULE_ABORTED, message: `the wasm module aborted: ${reason}` } });
      closed = true;
      self.close();
      return;
    }
    self.postMessage({ id, ok: false, error: toErrorValue(error) });
  }
}

function cancel(message) {
  const target = message.payload?.request;
  const cancelled = currentImport !== null && currentImport.id === target;
  if (cancelled) currentImport.cancelled = true;
  self.postMessage({ id: message.id, ok: true, payload: { cancelled } });
}

let queue = Promise.resolve();
self.addEventListener('message', (event) => {
  const message = event.data;
  if (message?.type === MessageType.CANCEL && Number.isInteger(message.id)) {
    cancel(message);
    return;
  }
  if (message?.type === MessageType.IMPORT_FILES) {
    // Starts in turn, then runs beside the requests that follow it.
    queue = queue.then(() => {
      handle(message);
    });
    return;
  }
  queue = queue.then(() => handle(message));
});
