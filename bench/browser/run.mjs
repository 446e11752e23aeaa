// Qalam in headless Chromium against Qalam under Node, in one run: measures
// the wasm build under Node first (bench/regression/node-qalam.mjs, the peer
// harness's Qalam engine and loop), then serves a benchmark page with the
// staged site's wasm files (scripts/serve-static.mjs) and runs
// bench-worker.js in Chromium on the same file. Prints a table and writes
// results/<date>-<slice|full>.json. See docs/BENCHMARKS.md.
//
//   node --expose-gc bench/browser/run.mjs --site DIR [--full] [--batch N] [--rounds N] [--repeat N] [--skip-node]
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { startServer } from '../../scripts/serve-static.mjs';
import { loadCorpus, loadQueries } from '../peers/corpus.mjs';
import { MB } from '../peers/measure.mjs';
import { QUERIES_FILE, ROOT, measureNodeQalam } from '../regression/node-qalam.mjs';
import { chromiumVersion, launch, newProfile, removeProfile, watchProblems } from './chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const full = args.includes('--full');
const site = path.resolve(option('--site', process.env.QALAM_SITE_DIR || path.join(ROOT, 'build/wasm-release/site')));
const batch = Number(option('--batch', 500));
const rounds = Number(option('--rounds', 20));
// Builds in one call and loads of the saved index are repeated and the fastest
// kept: on a shared machine the fastest run is the least disturbed one.
const repeat = Number(option('--repeat', 3));
const limit = 1000;
const cacheDir = process.env.QALAM_CACHE || path.join(os.homedir(), '.cache/qalam');
const corpusFile = path.join(cacheDir, 'bench-corpus', full ? 'corpus.jsonl' : 'slice-10mb.jsonl');

// The served folder: the page and worker laid out as web/ is (src/ beside
// wasm/ and data/), so the worker's relative URLs are the explorer's own.
function assembleRoot() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qalam-bench-browser-'));
  for (const sub of ['src', 'wasm', 'data', 'corpus']) mkdirSync(path.join(dir, sub));
  copyFileSync(path.join(here, 'index.html'), path.join(dir, 'index.html'));
  copyFileSync(path.join(here, 'bench-page.js'), path.join(dir, 'src/bench-page.js'));
  copyFileSync(path.join(here, 'bench-worker.js'), path.join(dir, 'src/bench-worker.js'));
  for (const f of ['qalam.mjs', 'qalam.wasm', 'icudt72l.dat', 'gazetteer.bin']) copyFileSync(path.join(site, 'wasm', f), path.join(dir, 'wasm', f));
  copyFileSync(path.join(site, 'data/curated.json'), path.join(dir, 'data/curated.json'));
  const corpusTarget = path.join(dir, 'corpus', path.basename(corpusFile));
  try {
    linkSync(corpusFile, corpusTarget); // same file system: no 200 MB copy
  } catch {
    copyFileSync(corpusFile, corpusTarget);
  }
  return dir;
}

// Sub-millisecond latencies need a fine clock: performance.now() steps by
// 0.1 ms unless the page is cross-origin isolated, so the page and its worker
// script are answered with COOP/COEP added (everything is same-origin).
async function isolate(context, url) {
  const isolated = new Set([url, `${url}index.html`, `${url}src/bench-worker.js`]);
  await context.route((u) => isolated.has(u.href), async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' },
    });
  });
}

async function runBrowser(corpus, queries) {
  const root = assembleRoot();
  const server = await startServer({ root, port: 0 });
  const profile = await newProfile();
  let context;
  try {
    context = await launch(profile);
    await isolate(context, server.url);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(server.url);
    await page.waitForSelector('html[data-ready="true"]');
    const result = await page.evaluate((options) => window.runBenchmark(options), {
      corpusUrl: `../corpus/${path.basename(corpusFile)}`,
      corpusName: path.basename(corpusFile),
      batch,
      queries: queries.map(({ class: cls, terms, label }) => ({ class: cls, terms, label })),
      rounds,
      limit,
      loads: repeat,
    });
    result.buildMBps = corpus.textBytes / MB / (result.buildMs / 1000);
    const oneCall = [];
    for (let i = 0; i < repeat; i++) {
      oneCall.push(await page.evaluate((options) => window.runBenchmark(options), {
        oneCall: true, corpusUrl: `../corpus/${path.basename(corpusFile)}`, corpusName: path.basename(corpusFile),
      }));
    }
    const fastest = Math.min(...oneCall.map((b) => b.buildMs));
    result.addJsonLines = { runsMs: oneCall.map((b) => b.buildMs), buildMs: fastest, mbPerS: corpus.textBytes / MB / (fastest / 1000) };
    result.problems = problems;
    return result;
  } finally {
    await context?.close();
    await removeProfile(profile);
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
}

const fmt = (v, d = 2) => (v === null || v === undefined || !Number.isFinite(v) ? '—' : Number(v).toFixed(d));
const ratio = (a, b) => (a === null || a === undefined || !b ? '—' : `${(a / b).toFixed(2)}×`);

function table(browser, node) {
  const rows = [
    [`build MB/s (addJsonLines in both, fastest of ${repeat})`, browser.addJsonLines.mbPerS, node?.buildMBps, 1],
    [`build MB/s (browser: ImportSession, ${batch} a step, once)`, browser.buildMBps, null, 1],
    ['wasm memory after build MB (whole heap)', browser.heapAfterBuild / MB, node ? node.wasmBytes.total / MB : null, 1],
    ['wasm memory growth during build MB', (browser.heapAfterBuild - browser.heapBeforeBuild) / MB, node ? node.wasmBytes.growth / MB : null, 1],
    ['saved index MB', browser.indexBytes / MB, node ? node.indexBytes / MB : null, 1],
    [`load ms (fastest of ${repeat})`, browser.loadMs, node?.loadMs, 1],
    ['load MB/s (saved index)', browser.loadMBps, node?.loadMBps, 1],
  ];
  for (const [cls, s] of Object.entries(browser.byClass)) {
    for (const p of ['p50', 'p95', 'p99']) rows.push([`${cls} ${p} ms`, s[p], node?.byClass[cls]?.[p], 3]);
  }
  const lines = ['| figure | Chromium | Node | Chromium/Node |', '|---|---|---|---|'];
  for (const [name, b, n, d] of rows) lines.push(`| ${name} | ${fmt(b, d)} | ${fmt(n, d)} | ${ratio(b, n)} |`);
  return lines.join('\n');
}

const loadBefore = os.loadavg()[0];
const corpus = loadCorpus(corpusFile);
const queries = loadQueries(QUERIES_FILE);
console.log(`corpus ${corpusFile}: ${corpus.docs.length} documents, ${(corpus.textBytes / MB).toFixed(1)} MB of title+text; site ${site}`);
process.env.QALAM_WASM_DIR = path.join(site, 'wasm');
process.env.QALAM_ICU_DATA = path.join(site, 'wasm/icudt72l.dat');
let node = null;
if (!args.includes('--skip-node')) {
  process.stdout.write('Node … ');
  node = await measureNodeQalam({ corpusFile, rounds, limit, builds: repeat, loads: repeat });
  delete node.samplesByClass;
  console.log(`built in ${(node.buildMs / 1000).toFixed(2)} s`);
}
process.stdout.write('Chromium … ');
const browser = await runBrowser(corpus, queries);
console.log(`built in ${(browser.buildMs / 1000).toFixed(2)} s; cross-origin isolated: ${browser.crossOriginIsolated}, timer step ${browser.timerStepMs} ms`);
if (browser.problems.length) console.log(`problems:\n  ${browser.problems.join('\n  ')}`);
console.log(`load average ${loadBefore.toFixed(2)} → ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} cores`);
const text = table(browser, node);
console.log(`\n${text}`);

const report = {
  date: new Date().toISOString(),
  machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, memoryGB: os.totalmem() / 1024 ** 3, node: process.version, chromium: await chromiumVersion(), platform: `${os.platform()} ${os.arch()}`, loadAverage: [loadBefore, os.loadavg()[0]] },
  corpus: { file: path.basename(corpusFile), documents: corpus.docs.length, textBytes: corpus.textBytes },
  site,
  wasmBytes: readFileSync(path.join(site, 'wasm/qalam.wasm')).length,
  settings: { batch, rounds, limit, repeat, entityExtraction: false, crossScript: false, call: 'searchDocuments' },
  browser,
  node,
  table: text,
};
const outDir = path.join(here, 'results');
mkdirSync(outDir, { recursive: true });
const file = path.join(outDir, `${report.date.slice(0, 10)}-${full ? 'full' : 'slice'}.json`);
writeFileSync(file, `${JSON.stringify(report, null, 1)}\n`);
console.log(`\nwritten ${path.relative(ROOT, file)}`);
