// Indexes one corpus and runs one query set with Qalam and its in-browser
// peers, in this one Node process, one engine after another; prints a table
// and writes results/<date>-<slice|full>.json. See docs/BENCHMARKS.md.
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadCorpus, loadQueries, relevantDocs } from './corpus.mjs';
import { gc, memorySnapshot, memoryDelta, timed, summarize, MB } from './measure.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const full = process.argv.includes('--full');
const only = process.argv.find((a) => a.startsWith('--engines='))?.slice(10).split(',');
const ROUNDS = 20;
const LIMIT = 1000;
const cacheDir = process.env.QALAM_CACHE || path.join(os.homedir(), '.cache/qalam');
const corpusFile = path.join(cacheDir, 'bench-corpus', full ? 'corpus.jsonl' : 'slice-10mb.jsonl');

const ENGINES = [
  ['qalam', null],
  ['flexsearch', 'flexsearch'],
  ['minisearch', 'minisearch'],
  ['lunr', 'lunr'],
  ['orama', '@orama/orama'],
  ['sqlite', '@sqlite.org/sqlite-wasm'],
  ['pagefind', 'pagefind'],
];

const packageVersion = (name) => JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

async function runEngine(key, pkg, corpus, queries) {
  const out = { key };
  gc();
  const base = memorySnapshot();
  const { create } = await import(`./engines/${key}.mjs`);
  const engine = await create({ root, version: pkg ? packageVersion(pkg) : '' });
  Object.assign(out, { name: engine.name, version: engine.version, settings: engine.settings });
  const wasmBase = engine.wasmBytes() ?? 0;
  let peakHeap = base.heapUsed;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 5);
  try {
    const build = await timed(() => engine.build(corpus));
    clearInterval(sampler);
    out.buildMs = build.ms;
    out.mbPerS = corpus.textBytes / MB / (build.ms / 1000);
    // From the JSON Lines bytes to an index: Qalam reads the bytes in its
    // build; the others were given documents parsed beforehand.
    out.fromFileMs = key === 'qalam' ? build.ms : build.ms + corpus.parseMs;
    out.fromFileMbPerS = corpus.textBytes / MB / (out.fromFileMs / 1000);
    gc();
    const after = memorySnapshot();
    const wasm = engine.wasmBytes();
    out.memory = { ...memoryDelta(after, base), heapPeakSampled: Math.max(peakHeap, after.heapUsed) - base.heapUsed, wasm: wasm === null ? null : wasm - wasmBase, wasmTotal: wasm };
    const saved = await timed(() => engine.serialize());
    out.serializeMs = saved.ms;
    out.indexBytes = saved.value.bytes;
    if (saved.value.files) out.indexFiles = saved.value.files;
    const loaded = await timed(() => engine.load(saved.value.data));
    out.loadMs = loaded.ms;
    // A second way to save, where the engine has one (Qalam: uncompressed,
    // larger and quicker to load): its size and load time beside the first.
    if (engine.serializeAlternative) {
      const alt = await timed(() => engine.serializeAlternative());
      const altLoaded = await timed(() => engine.load(alt.value.data));
      out.alternative = { label: alt.value.label, serializeMs: alt.ms, indexBytes: alt.value.bytes, loadMs: altLoaded.ms };
    }
    out.queries = await runQueries(engine, queries);
  } catch (e) {
    clearInterval(sampler);
    out.error = e instanceof RangeError || /memory|heap/iu.test(String(e)) ? `out of memory: ${e.message}` : String(e.stack || e).split('\n').slice(0, 3).join(' | ');
  } finally {
    try {
      await engine.release();
    } catch {
      // Releasing after a failure may fail again; the error above is the one to report.
    }
  }
  return out;
}

async function runQueries(engine, queries) {
  const perQuery = [];
  for (const q of queries) {
    const supported = engine.supports(q);
    const first = await engine.search(q, LIMIT);
    const samples = [];
    for (let r = 0; r < ROUNDS; r++) samples.push((await timed(() => engine.search(q, LIMIT))).ms);
    const entry = { class: q.class, label: q.label, total: first.total, returned: first.docs.length, ms: summarize(samples), samples };
    if (supported !== true) entry.note = supported;
    if (q.relevant) {
      const found = first.docs.filter((d) => q.relevant.has(d)).length;
      entry.relevant = q.relevant.size;
      entry.recall = q.relevant.size ? found / Math.min(q.relevant.size, LIMIT) : null;
    }
    perQuery.push(entry);
  }
  const classes = {};
  for (const e of perQuery) (classes[e.class] ||= []).push(e);
  const byClass = {};
  for (const [cls, list] of Object.entries(classes)) {
    const recalls = list.map((e) => e.recall).filter((r) => r !== undefined && r !== null);
    byClass[cls] = { ms: summarize(list.flatMap((e) => e.samples)), recall: recalls.length ? recalls.reduce((a, b) => a + b, 0) / recalls.length : null };
  }
  for (const e of perQuery) delete e.samples;
  return { byClass, perQuery };
}

const fmt = (v, d = 1) => (v === null || v === undefined || Number.isNaN(v) ? '—' : Number(v).toFixed(d));
const ratio = (a, b) => (a === null || a === undefined || !b ? '—' : `${(a / b).toFixed(2)}×`);

function figures(r) {
  const f = {
    'build s': r.buildMs / 1000,
    'MB/s': r.mbPerS,
    'build from the file s': r.fromFileMs / 1000,
    'from the file MB/s': r.fromFileMbPerS,
    'rss MB': r.memory?.rss / MB,
    'heap MB': r.memory?.heapUsed / MB,
    'wasm MB': r.memory?.wasm === null || r.memory?.wasm === undefined ? null : r.memory.wasm / MB,
    'index MB': r.indexBytes / MB,
    'load ms': r.loadMs,
  };
  if (r.alternative) {
    f[`index MB, ${r.alternative.label}`] = r.alternative.indexBytes / MB;
    f[`load ms, ${r.alternative.label}`] = r.alternative.loadMs;
  }
  for (const [cls, c] of Object.entries(r.queries?.byClass || {})) {
    f[`${cls} p50 ms`] = c.ms.p50;
    f[`${cls} p95 ms`] = c.ms.p95;
    f[`${cls} p99 ms`] = c.ms.p99;
    if (c.recall !== null) f[`${cls} recall`] = c.recall;
  }
  return f;
}

function table(results) {
  const qalam = results.find((r) => r.key === 'qalam');
  const peers = results.filter((r) => r.key !== 'qalam');
  const qf = qalam && !qalam.error ? figures(qalam) : {};
  const rows = Object.keys(qf);
  const head = ['figure', 'Qalam', ...peers.flatMap((p) => [p.name, `Q/${p.name}`])];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  const pf = peers.map((p) => (p.error ? null : figures(p)));
  for (const row of rows) {
    const digits = /recall/u.test(row) ? 2 : /ms$/u.test(row) ? 2 : 1;
    const cells = [row, fmt(qf[row], digits)];
    // Qalam's second save is compared with each peer's one index.
    const peerRow = row.replace(/, .*$/u, '');
    peers.forEach((p, i) => cells.push(pf[i] ? fmt(pf[i][peerRow], digits) : 'n/a', pf[i] ? ratio(qf[row], pf[i][peerRow]) : '—'));
    lines.push(`| ${cells.join(' | ')} |`);
  }
  for (const p of peers) if (p.error) lines.push(`\n${p.name}: unavailable — ${p.error}`);
  return lines.join('\n');
}

const corpus = loadCorpus(corpusFile);
const queries = loadQueries(path.join(here, 'queries.json'));
for (const q of queries) if (q.equivalents) q.relevant = relevantDocs(corpus.docs, q.equivalents);
console.log(`corpus ${corpusFile}: ${corpus.docs.length} documents, ${(corpus.textBytes / MB).toFixed(1)} MB of title+text (parsed for the peers in ${fmt(corpus.parseMs / 1000, 2)} s); ${queries.length} queries, ${ROUNDS} rounds, limit ${LIMIT}`);
const results = [];
for (const [key, pkg] of ENGINES) {
  if (only && !only.includes(key)) continue;
  process.stdout.write(`${key} … `);
  const r = await runEngine(key, pkg, corpus, queries);
  console.log(r.error ? `failed: ${r.error}` : `built in ${fmt(r.buildMs / 1000, 2)} s`);
  results.push(r);
}
const text = table(results);
console.log(`\n${text}`);
const date = new Date().toISOString().slice(0, 10);
const report = {
  date: new Date().toISOString(),
  machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, memoryGB: os.totalmem() / 1024 ** 3, node: process.version, platform: `${os.platform()} ${os.arch()}` },
  corpus: { file: path.basename(corpusFile), documents: corpus.docs.length, textBytes: corpus.textBytes, parseMs: corpus.parseMs },
  rounds: ROUNDS,
  limit: LIMIT,
  variantRelevant: Object.fromEntries(queries.filter((q) => q.relevant).map((q) => [q.label, q.relevant.size])),
  results,
  table: text,
};
mkdirSync(path.join(here, 'results'), { recursive: true });
const file = path.join(here, 'results', `${date}-${full ? 'full' : 'slice'}.json`);
writeFileSync(file, `${JSON.stringify(report, null, 1)}\n`);
console.log(`\nwritten ${path.relative(root, file)}`);
