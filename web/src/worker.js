// The search worker: owns the wasm module and the one Corpus. Runs as a module
// worker (new Worker(url, {type: 'module'})). This is the only file that loads
// ../wasm/qalam.mjs. Every reply follows protocol.js; handlers never let an
// exception escape: failures become `{code, message}` values.
//
// Requests are handled one at a time in arrival order, so `addDocuments`
// sent right after `init` waits for the module to be ready.

import { ErrorCode, MessageType, isMessageType, toErrorValue } from './protocol.js';
import { analysisHandlers } from './worker_analysis.js';

const WASM_DIR = new URL('../wasm/', import.meta.url);
const WASM_URL = new URL('qalam.wasm', WASM_DIR);
const ICU_DATA_URL = new URL('../wasm/icudt72l.dat', import.meta.url);
const GAZETTEER_URL = new URL('../wasm/gazetteer.bin', import.meta.url);
const CURATED_URL = new URL('../data/curated.json', import.meta.url);
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 200;

let module = null;
let corpus = null;
let initPromise = null;
let aborted = null; // reason string once the module has aborted
let closed = false;
const metadataCache = new Map(); // doc index -> {id, title, lang, date, source}

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
  module = instance;
  corpus = new module.Corpus();
  // Known entities: places from the gazetteer, then the curated list.
  const gazetteerError = corpus.loadGazetteer(await gazetteerPromise, false);
  if (gazetteerError) throw new RequestError(ErrorCode.ENTITY_DATA, `gazetteer: ${gazetteerError.message}`);
  const curated = JSON.parse(corpus.addEntityList('curated.json', await curatedPromise, 'curated', false));
  if (curated.error) throw new RequestError(ErrorCode.ENTITY_DATA, `curated.json: ${curated.error.message}`);
  return { documents: corpus.size() };
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
    const { query, queryId = null, crossScript = true } = payload ?? {};
    let { limit = DEFAULT_LIMIT } = payload ?? {};
    if (typeof query !== 'string') throw new RequestError(ErrorCode.BAD_REQUEST, 'search needs {query: string}');
    if (typeof crossScript !== 'boolean') throw new RequestError(ErrorCode.BAD_REQUEST, 'search needs {crossScript: boolean} when given');
    if (!Number.isInteger(limit) || limit < 1) limit = DEFAULT_LIMIT;
    limit = Math.min(limit, MAX_LIMIT);

    const found = [];
    let total;
    let totalExact;
    let error;
    const results = target.search(query, limit, crossScript);
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
        const snippet = results.snippet(i);
        const highlights = results.highlights(i).slice();
        found.push({ doc: docs[i], score: scores[i], snippet, highlights });
      }
    } finally {
      results.delete();
    }

    const hits = [];
    for (const hit of found) {
      const meta = metadata(hit.doc) ?? { id: '', title: '', lang: '', date: '', source: '' };
      hits.push({ doc: hit.doc, ...meta, score: hit.score, snippet: hit.snippet, highlights: hit.highlights });
    }
    return {
      value: { queryId, total, totalExact, hits, error: error ? toErrorValue(error) : null },
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
};

Object.assign(handlers, analysisHandlers({ requireCorpus, RequestError, ErrorCode, metadata }));

async function handle(message) {
  if (closed) return;
  const id = message?.id;
  try {
    if (!Number.isInteger(id)) throw new RequestError(ErrorCode.BAD_REQUEST, 'request without an integer id');
    if (!isMessageType(message.type)) throw new RequestError(ErrorCode.UNKNOWN_TYPE, `unknown message type ${String(message.type)}`);
    const { value, transfer = [] } = await handlers[message.type](message.payload);
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

let queue = Promise.resolve();
self.addEventListener('message', (event) => {
  queue = queue.then(() => handle(event.data));
});
