// Page to first result, and the shipped payload. Opens the staged explorer
// (scripts/stage-site.sh) in headless Chromium, types "Almaty" as soon as
// #query is enabled, and times from navigation start (performance.timeOrigin)
// to the first `#results li.hit` for that query: `cold` runs each start a
// browser on a fresh profile, `warm` runs reload one page on one profile after
// a first visit. The payload table lists every response the page and its
// worker receive (the network log), with the file's raw and gzip -9 size.
// Prints both tables and writes results/<date>-first-result.json.
//
//   node bench/browser/first-result.mjs --site DIR [--runs N]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { startServer } from '../../scripts/serve-static.mjs';
import { chromiumVersion, launch, newProfile, removeProfile, watchProblems } from './chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const site = path.resolve(option('--site', process.env.QALAM_SITE_DIR || path.join(ROOT, 'build/wasm-release/site')));
const runs = Number(option('--runs', 5));
const QUERY = 'Almaty';
const TARGET_GZIP_BYTES = 2.5e6;
const TIMEOUT_MS = 60_000;

// Runs in the page before its own scripts (Playwright's init script, outside
// the page's CSP): notes when #query is enabled, when the first key reaches
// it and when the list first holds a hit for QUERY, on the page's clock.
function pageTimer(query) {
  const marks = {};
  window.__qalamMarks = marks;
  const check = () => {
    const input = document.getElementById('query');
    if (marks.enabled === undefined && input && !input.disabled) {
      marks.enabled = performance.now();
      window.__qalamQueryEnabled?.(); // tells the driver to type now
    }
    const results = document.getElementById('results');
    if (marks.hit === undefined && results && results.dataset.query === query && results.querySelector('li.hit')) {
      marks.hit = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'data-query'] });
  document.addEventListener('keydown', () => {
    marks.typed ??= performance.now();
  }, { capture: true });
}

// The page calls __qalamQueryEnabled the moment #query is enabled, which
// types sooner than polling for it would.
let onEnabled = () => {};
async function prepare(context) {
  await context.exposeBinding('__qalamQueryEnabled', () => onEnabled());
  await context.addInitScript(pageTimer, QUERY);
}

async function visit(page, navigate) {
  const enabled = new Promise((resolve) => (onEnabled = resolve));
  await navigate();
  await Promise.race([enabled, page.waitForSelector('#query:not([disabled])', { timeout: TIMEOUT_MS })]);
  await page.locator('#query').pressSequentially(QUERY);
  await page.waitForFunction(() => window.__qalamMarks?.hit !== undefined, null, { timeout: TIMEOUT_MS, polling: 50 });
  const marks = await page.evaluate(() => window.__qalamMarks);
  const nav = await page.evaluate(() => {
    const [entry] = performance.getEntriesByType('navigation');
    return { responseEnd: entry?.responseEnd, domContentLoaded: entry?.domContentLoadedEventEnd, load: entry?.loadEventEnd };
  });
  return { ...marks, ...nav };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function coldRuns(url, log) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const profile = await newProfile();
    const context = await launch(profile);
    try {
      await prepare(context);
      const page = await context.newPage();
      const problems = watchProblems(page);
      if (i === 0) page.on('response', (r) => log.push({ url: r.url(), status: r.status(), type: r.headers()['content-type'] ?? '' }));
      const t = await visit(page, () => page.goto(url, { waitUntil: 'commit' }));
      out.push({ ...t, problems });
    } finally {
      await context.close();
      await removeProfile(profile);
    }
  }
  return out;
}

async function warmRuns(url) {
  const profile = await newProfile();
  const context = await launch(profile);
  const out = [];
  try {
    await prepare(context);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await visit(page, () => page.goto(url, { waitUntil: 'commit' })); // the first visit fills the caches
    for (let i = 0; i < runs; i++) out.push(await visit(page, () => page.reload({ waitUntil: 'commit' })));
    out.forEach((t) => (t.problems = problems));
  } finally {
    await context.close();
    await removeProfile(profile);
  }
  return out;
}

function payloadTable(url, log) {
  const seen = new Set();
  const files = [];
  for (const entry of log) {
    if (!entry.url.startsWith(url) || seen.has(entry.url)) continue;
    seen.add(entry.url);
    let rel = decodeURIComponent(new URL(entry.url).pathname.slice(new URL(url).pathname.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const bytes = readFileSync(path.join(site, rel));
    files.push({ file: rel, status: entry.status, type: entry.type, raw: bytes.length, gzip9: gzipSync(bytes, { level: 9 }).length });
  }
  files.sort((a, b) => b.gzip9 - a.gzip9);
  const total = { raw: files.reduce((n, f) => n + f.raw, 0), gzip9: files.reduce((n, f) => n + f.gzip9, 0) };
  const kb = (n) => (n / 1000).toFixed(1);
  const lines = ['| file | raw kB | gzip -9 kB |', '|---|--:|--:|'];
  for (const f of files) lines.push(`| ${f.file} | ${kb(f.raw)} | ${kb(f.gzip9)} |`);
  lines.push(`| total (${files.length} files) | ${kb(total.raw)} | ${kb(total.gzip9)} |`);
  lines.push(`| target | | ${kb(TARGET_GZIP_BYTES)} |`);
  return { files, total, targetGzipBytes: TARGET_GZIP_BYTES, withinTarget: total.gzip9 <= TARGET_GZIP_BYTES, table: lines.join('\n') };
}

function summary(list) {
  const pick = (k) => list.map((t) => t[k]).filter((v) => Number.isFinite(v));
  return {
    enabledMs: median(pick('enabled')),
    typedMs: median(pick('typed')),
    firstHitMs: median(pick('hit')),
    firstHitRangeMs: [Math.min(...pick('hit')), Math.max(...pick('hit'))],
  };
}

const loadBefore = os.loadavg()[0];
const server = await startServer({ root: site, port: 0 });
let report;
try {
  const log = [];
  console.log(`site ${site} at ${server.url}; "${QUERY}", ${runs} cold and ${runs} warm runs`);
  const cold = await coldRuns(server.url, log);
  const warm = await warmRuns(server.url);
  const payload = payloadTable(server.url, log);
  const c = summary(cold);
  const w = summary(warm);
  const ms = (v) => v.toFixed(0);
  const timing = [
    '| from navigation start, median ms | cold | warm |',
    '|---|--:|--:|',
    `| #query enabled (engine and sample corpus loaded) | ${ms(c.enabledMs)} | ${ms(w.enabledMs)} |`,
    `| first key typed | ${ms(c.typedMs)} | ${ms(w.typedMs)} |`,
    `| first hit rendered | ${ms(c.firstHitMs)} | ${ms(w.firstHitMs)} |`,
    `| first hit, fastest – slowest run | ${c.firstHitRangeMs.map(ms).join(' – ')} | ${w.firstHitRangeMs.map(ms).join(' – ')} |`,
  ].join('\n');
  console.log(`\n${timing}\n\n${payload.table}\n\ngzip -9 total ${payload.total.gzip9} bytes: ${payload.withinTarget ? 'within' : 'OVER'} the ${TARGET_GZIP_BYTES} byte target`);
  console.log(`load average ${loadBefore.toFixed(2)} → ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} cores`);
  const problems = [...new Set([...cold, ...warm].flatMap((t) => t.problems))];
  if (problems.length) console.log(`problems:\n  ${problems.join('\n  ')}`);
  for (const t of [...cold, ...warm]) delete t.problems;
  report = {
    date: new Date().toISOString(),
    machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, memoryGB: os.totalmem() / 1024 ** 3, node: process.version, chromium: await chromiumVersion(), loadAverage: [loadBefore, os.loadavg()[0]] },
    site,
    query: QUERY,
    cold: { runs: cold, median: c },
    warm: { runs: warm, median: w },
    payload,
    problems,
    table: timing,
  };
} finally {
  await server.close();
}
const outDir = path.join(here, 'results');
mkdirSync(outDir, { recursive: true });
const file = path.join(outDir, `${report.date.slice(0, 10)}-first-result.json`);
writeFileSync(file, `${JSON.stringify(report, null, 1)}\n`);
console.log(`\nwritten ${path.relative(ROOT, file)}`);
