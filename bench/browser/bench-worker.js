// The browser benchmark's module worker. It starts the wasm module as the
// explorer's worker (web/src/worker.js) does: qalam.mjs imported from
// ../wasm/, qalam.wasm compiled through the instantiateWasm hook (streaming
// when served as application/wasm), ICU data, gazetteer and curated list
// fetched beside it and loaded in the same order. Then it measures, on one
// JSON Lines file: import through ImportSession in batches, wasm memory, the
// saved index, loading it into a fresh Corpus, and query latency with the
// peer harness's queries and settings (entity extraction and cross-script
// matching off, searchDocuments, a limit of 1000, rounds after one untimed
// run). Messages in: {type: 'run', oneCall, ...options}; out: {type: 'progress'|'result'|'error'}.

const WASM_DIR = new URL('../wasm/', import.meta.url);
const WASM_URL = new URL('qalam.wasm', WASM_DIR);
const ICU_DATA_URL = new URL('../wasm/icudt72l.dat', import.meta.url);
const GAZETTEER_URL = new URL('../wasm/gazetteer.bin', import.meta.url);
const CURATED_URL = new URL('../data/curated.json', import.meta.url);
const MB = 1024 * 1024;

async function fetchBytes(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function instantiateQalamWasm(imports) {
  const response = await fetch(WASM_URL, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`qalam.wasm: HTTP ${response.status}`);
  const type = (response.headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/wasm' && typeof WebAssembly.instantiateStreaming === 'function') {
    return WebAssembly.instantiateStreaming(response, imports);
  }
  return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}

async function startModule() {
  const { default: createQalamModule } = await import('../wasm/qalam.mjs');
  const icuPromise = fetchBytes(ICU_DATA_URL);
  icuPromise.catch(() => {});
  const gazetteerPromise = fetchBytes(GAZETTEER_URL);
  gazetteerPromise.catch(() => {});
  const curatedPromise = fetchBytes(CURATED_URL);
  curatedPromise.catch(() => {});
  let wasmFailed;
  const wasmFailure = new Promise((resolve, reject) => {
    wasmFailed = reject;
  });
  const module = await Promise.race([
    createQalamModule({
      locateFile: (file) => new URL(file, WASM_DIR).href,
      instantiateWasm(imports, receiveInstance) {
        instantiateQalamWasm(imports)
          .then(({ instance, module: compiled }) => receiveInstance(instance, compiled))
          .catch((error) => wasmFailed(error));
        return {};
      },
      onAbort: (what) => wasmFailed(new Error(`wasm abort: ${what}`)),
    }),
    wasmFailure,
  ]);
  const icuError = module.loadIcuData(await icuPromise);
  if (icuError) throw new Error(`ICU data: ${icuError.code}: ${icuError.message}`);
  const gazetteer = await gazetteerPromise;
  const curated = await curatedPromise;
  return { module, gazetteer, curated };
}

// A Corpus as the explorer's worker makes one (gazetteer, then the curated
// list), with extraction then switched off to match the Node harness.
function newCorpus({ module, gazetteer, curated }) {
  const corpus = new module.Corpus();
  const gazetteerError = corpus.loadGazetteer(gazetteer, false);
  if (gazetteerError) throw new Error(`gazetteer: ${gazetteerError.message}`);
  const list = JSON.parse(corpus.addEntityList('curated.json', curated, 'curated', false));
  if (list.error) throw new Error(`curated.json: ${list.error.message}`);
  corpus.setEntityExtraction(false);
  return corpus;
}

function queryText(q) {
  if (q.class === 'phrase') return `"${q.terms.join(' ')}"`;
  if (q.class === 'prefix') return `${q.terms[0]}*`;
  return q.terms.join(' ');
}

function percentile(sorted, p) {
  if (!sorted.length) return null;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

function summarize(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), n: s.length };
}

// The smallest step performance.now() takes here: 0.1 ms unless the page is
// cross-origin isolated, which decides how far sub-millisecond latencies can be trusted.
function timerStepMs() {
  let smallest = Infinity;
  for (let i = 0; i < 200; i++) {
    const a = performance.now();
    let b = performance.now();
    while (b === a) b = performance.now();
    smallest = Math.min(smallest, b - a);
  }
  return smallest;
}

function search(corpus, q, limit) {
  const hits = corpus.searchDocuments(queryText(q), limit, false);
  try {
    const error = hits.error();
    if (error) throw new Error(`query ${queryText(q)}: ${error.code}: ${error.message}`);
    return hits.total();
  } finally {
    hits.delete();
  }
}

// The Node harness's way of building (one addJsonLines call), alone in a
// fresh worker and module, for a like-for-like build figure.
async function buildInOneCall({ corpusUrl, corpusName }) {
  const started = await startModule();
  const bytes = await fetchBytes(new URL(corpusUrl, self.location.href));
  const corpus = newCorpus(started);
  const heapBeforeBuild = started.module.HEAP8.buffer.byteLength;
  const t0 = performance.now();
  const report = JSON.parse(corpus.addJsonLines(corpusName, bytes));
  const buildMs = performance.now() - t0;
  if (report.issues.length) throw new Error(`addJsonLines issues: ${JSON.stringify(report.issues.slice(0, 3))}`);
  const out = { buildMs, documents: corpus.size(), heapBeforeBuild, heapAfterBuild: started.module.HEAP8.buffer.byteLength };
  corpus.delete();
  return out;
}

async function run({ corpusUrl, corpusName, batch, queries, rounds, limit, loads = 1 }) {
  const out = { crossOriginIsolated: self.crossOriginIsolated, timerStepMs: timerStepMs(), batch, rounds, limit };
  let t0 = performance.now();
  const started = await startModule();
  out.moduleStartMs = performance.now() - t0;
  const { module } = started;
  const heap = () => module.HEAP8.buffer.byteLength;

  t0 = performance.now();
  const bytes = await fetchBytes(new URL(corpusUrl, self.location.href));
  out.fetchMs = performance.now() - t0;
  out.fileBytes = bytes.length;

  let corpus = newCorpus(started);
  out.heapBeforeBuild = heap();
  t0 = performance.now();
  const session = new module.ImportSession(corpusName, bytes);
  out.readMs = performance.now() - t0;
  const total = session.total();
  let steps = 0;
  while (session.step(corpus, batch) > 0) {
    steps++;
    if (steps % 10 === 0) self.postMessage({ type: 'progress', done: session.done(), total });
  }
  out.buildMs = performance.now() - t0;
  const report = JSON.parse(session.reportJson());
  session.delete();
  if (report.issues.length) throw new Error(`import issues: ${JSON.stringify(report.issues.slice(0, 3))}`);
  out.documents = corpus.size();
  out.heapAfterBuild = heap();

  t0 = performance.now();
  const saved = corpus.save();
  out.saveMs = performance.now() - t0;
  out.indexBytes = saved.length;
  corpus.delete();

  // Loaded `loads` times, each into a fresh Corpus; the fastest is kept and
  // the last one answers the queries.
  out.loadMs = Infinity;
  for (let i = 0; i < loads; i++) {
    if (i > 0) corpus.delete();
    corpus = newCorpus(started);
    t0 = performance.now();
    const loadError = corpus.loadFrom(saved);
    out.loadMs = Math.min(out.loadMs, performance.now() - t0);
    if (loadError) throw new Error(`loadFrom: ${loadError.code}: ${loadError.message}`);
  }
  out.loadMBps = saved.length / MB / (out.loadMs / 1000);

  const samplesByClass = {};
  const perQuery = [];
  for (const q of queries) {
    const hits = search(corpus, q, limit);
    const list = (samplesByClass[q.class] ||= []);
    const mine = [];
    for (let r = 0; r < rounds; r++) {
      const a = performance.now();
      search(corpus, q, limit);
      mine.push(performance.now() - a);
    }
    list.push(...mine);
    perQuery.push({ class: q.class, label: q.label, total: hits, ms: summarize(mine) });
  }
  out.byClass = Object.fromEntries(Object.entries(samplesByClass).map(([cls, s]) => [cls, summarize(s)]));
  out.perQuery = perQuery;
  corpus.delete();
  out.heapAfterQueries = heap();

  out.heapFinal = heap();
  return out;
}

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'run') return;
  (event.data.oneCall ? buildInOneCall(event.data) : run(event.data)).then(
    (result) => self.postMessage({ type: 'result', result }),
    (error) => self.postMessage({ type: 'error', message: String(error?.stack ?? error) }),
  );
});
