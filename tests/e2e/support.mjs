import assert from 'node:assert/strict';
import { after, before } from 'node:test';
// Shared set-up for the browser tests: the static server, headless Chromium
// (Debian's, through playwright-core) and a page watcher that records every
// console message, page error and failed request.
//
// Environment:
//   QALAM_SITE_DIR        the staged site (<build>/site) — required
//   QALAM_SOURCE_DIR      the source tree (optional; only for messages)
//   QALAM_SCREENSHOT_DIR  where to save screenshots (optional)
//   QALAM_CHROMIUM        browser binary (default /usr/bin/chromium)
//
// Not a test file itself: `node --test tests/e2e/` only runs *.test.mjs.

import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

import { startServer } from '../../scripts/serve-static.mjs';

export { startServer };

export const CHROMIUM = process.env.QALAM_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]);
export const READY_TIMEOUT_MS = 30_000;
export const SEARCH_TIMEOUT_MS = 10_000;

// The staged site to serve; fails loudly when the environment lacks it.
export function siteDir() {
  const dir = process.env.QALAM_SITE_DIR;
  if (!dir) {
    const source = process.env.QALAM_SOURCE_DIR ?? path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
    throw new Error('QALAM_SITE_DIR is not set: point it at the staged site, e.g. '
      + `QALAM_SITE_DIR=${path.join(source, 'build/wasm-release/site')} (built by the wasm-release preset)`);
  }
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`QALAM_SITE_DIR=${dir} has no index.html: build the wasm-release preset first`);
  }
  return dir;
}

// Number of documents in the staged sample corpus: its non-blank lines.
export async function sampleDocumentCount(dir = siteDir()) {
  const text = await readFile(path.join(dir, 'data/sample.jsonl'), 'utf8');
  return text.split('\n').filter((line) => line.trim() !== '').length;
}

// A fresh Chromium with its own throw-away profile. close() removes it.
export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM} (apt-get install chromium, or set QALAM_CHROMIUM)`);
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'qalam-e2e-profile-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [...CHROMIUM_ARGS],
      viewport: { width: 1024, height: 900 },
      locale: 'en-US',
      timeout: READY_TIMEOUT_MS,
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    async close() {
      try {
        await context.close();
      } finally {
        await rm(userDataDir, { recursive: true, force: true });
      }
    },
  };
}

// Records everything a clean page load should never produce: console
// messages of any type (from the page and its workers), uncaught page
// errors, failed requests and HTTP error responses.
export function watchPage(page) {
  const problems = [];
  // Playwright reports the page's workers' console messages here too (checked
  // with playwright-core 1.65: a console.log in worker.js shows up).
  page.on('console', (message) => {
    const where = message.location()?.url ? ` (${message.location().url})` : '';
    problems.push(`console.${message.type()}: ${message.text()}${where}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    problems.push(`request failed: ${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'unknown'}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('crash', () => problems.push('page crashed'));
  return problems;
}

// Opens the explorer and waits for html[data-state="ready"]; on "error"
// fails with the page's own status text.
export async function openExplorer(page, url) {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('html[data-state="ready"], html[data-state="error"]', { timeout: READY_TIMEOUT_MS });
  const state = await page.getAttribute('html', 'data-state');
  if (state !== 'ready') {
    const status = await page.textContent('#status');
    throw new Error(`the explorer did not start: data-state=${state}, status: ${status}`);
  }
}

// Reloads the page and waits until the explorer is ready again.
export async function reloadExplorer(page) {
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.waitForSelector('html[data-state="ready"]', { timeout: READY_TIMEOUT_MS });
}

// Types `query` into the search box like a person and waits until the
// results list shows at least one hit for exactly that query.
export async function searchFor(page, query) {
  const box = page.locator('#query');
  await box.fill('');
  await box.pressSequentially(query, { delay: 15 });
  await page.waitForFunction((expected) => {
    const results = document.getElementById('results');
    return results.dataset.query === expected && results.querySelector('li.hit') !== null;
  }, query, { timeout: SEARCH_TIMEOUT_MS });
}

export async function saveScreenshot(page, name) {
  const dir = process.env.QALAM_SCREENSHOT_DIR;
  if (!dir) return null;
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

// One explorer page per scenario file: registers before/after hooks that start
// the server and browser and close them, and returns their live state.
// `requireReady()` lets the tests after the first fail fast when the page never
// became ready, instead of each timing out.
export function useExplorerPage() {
  const state = {
    server: null,
    browser: null,
    page: null,
    problems: null,
    ready: false,
    requireReady() {
      assert.ok(state.ready, 'the page never became ready (see the first test)');
    },
  };
  before(async () => {
    state.server = await startServer({ root: siteDir(), port: 0 });
    state.browser = await launchBrowser();
    state.page = await state.browser.context.newPage();
    state.problems = watchPage(state.page);
  });
  after(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return state;
}

// Opens the "Corpora and import" section (a <details>) when it is closed.
export async function openCorporaSection(page) {
  if (!(await page.$eval('#corpora', (details) => details.open))) await page.click('#corpora > summary');
}

// Chooses `files` ([{name, text | buffer}]) in the import picker, with the
// given corpus name and target ('empty' | 'current'), and waits until the
// import report shows. Returns the report's text.
export async function importFiles(page, files, { name = '', target = 'empty', timeout = 60_000 } = {}) {
  await openCorporaSection(page);
  await page.fill('#import-name', name);
  await page.check(`input[name="import-target"][value="${target}"]`);
  await page.waitForSelector('#import-files:not([disabled])');
  await page.evaluate(() => {
    document.getElementById('import-report').hidden = true;
  });
  await page.setInputFiles('#import-files', files.map((file) => ({
    name: file.name,
    mimeType: file.mimeType ?? 'application/octet-stream',
    buffer: file.buffer ?? Buffer.from(file.text, 'utf8'),
  })));
  await page.waitForSelector('#import-report:not([hidden])', { timeout });
  return (await page.textContent('#import-report')).trim();
}

// JSON Lines of `count` generated documents: id prefix, a word every
// document carries, and per-document language, source and date cycling
// through the lists given.
export function generatedCorpus({ count, prefix, word, langs = ['en'], sources = ['Desk'], dates = ['2024-01-15'] }) {
  const lines = [];
  for (let i = 0; i < count; i++) {
    lines.push(JSON.stringify({
      id: `${prefix}-${i}`,
      title: `${word} report ${i}`,
      text: `The ${word} story number ${i} tells of rivers, roads and markets in the region. ${'Filler words about weather and trade. '.repeat(4)}`,
      lang: langs[i % langs.length],
      source: sources[i % sources.length],
      date: dates[i % dates.length],
    }));
  }
  return `${lines.join('\n')}\n`;
}

// Damages the saved index of the current corpus in IndexedDB: its last byte
// flipped, or with mode 'version' a format version no build writes.
export function damageIndex(page, mode = 'byte') {
  return page.evaluate((how) => new Promise((resolve, reject) => {
    const open = indexedDB.open('qalam-corpora');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['catalog', 'indexes'], 'readwrite');
      tx.objectStore('catalog').get('catalog').onsuccess = (event) => {
        const id = event.target.result.current;
        const store = tx.objectStore('indexes');
        store.get(id).onsuccess = (got) => {
          const bytes = new Uint8Array(got.target.result);
          if (how === 'version') new DataView(bytes.buffer).setUint32(8, 9999, true);
          else bytes[bytes.length - 1] ^= 0xff;
          store.put(bytes, id);
        };
      };
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  }), mode);
}
