// Set-up shared by the reliability scenarios: a browser profile that
// outlives a killed browser, the worker's memory read through the page's
// own worker, what IndexedDB holds, and large generated corpora in Persian,
// Kazakh and English.
//
// Not a test file itself: `node --test tests/e2e/` only runs *.test.mjs.

import { readdir, readFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { chromium } from 'playwright-core';

import {
  CHROMIUM, CHROMIUM_ARGS, READY_TIMEOUT_MS, openCorporaSection, searchFor,
} from './support.mjs';

// Chromium with the profile in `userDataDir`, which is kept: launched again
// on the same folder it finds what the earlier run stored. `kill()` ends
// the browser process with SIGKILL, as a crash or a killed tab would,
// without letting it flush or close anything.
export async function launchProfile(userDataDir) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1024, height: 900 },
    locale: 'en-US',
    timeout: READY_TIMEOUT_MS,
  });
  const pid = await browserPid(userDataDir);
  return {
    context,
    pid,
    async kill() {
      const closed = new Promise((resolve) => context.once('close', resolve));
      process.kill(pid, 'SIGKILL');
      await closed;
      await processesGone(userDataDir);
    },
    async close() {
      await context.close();
    },
  };
}

export function newProfileDir() {
  return mkdtemp(path.join(os.tmpdir(), 'qalam-e2e-kept-profile-'));
}

export function removeProfileDir(dir) {
  return rm(dir, { recursive: true, force: true });
}

async function commandLines() {
  const lines = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const argv = (await readFile(`/proc/${name}/cmdline`, 'utf8')).split('\0');
      lines.push({ pid: Number(name), argv });
    } catch {
      // the process ended while the list was read
    }
  }
  return lines;
}

// The browser process (not a renderer, GPU or utility process) started on
// this profile.
async function browserPid(userDataDir) {
  const flag = `--user-data-dir=${userDataDir}`;
  const found = (await commandLines()).filter(({ argv }) => argv.includes(flag) && !argv.some((arg) => arg.startsWith('--type=')));
  if (found.length !== 1) throw new Error(`expected one browser process on ${userDataDir}, found ${found.length}`);
  return found[0].pid;
}

// Waits until no process of that profile is left (its helpers exit once the
// browser process is gone).
async function processesGone(userDataDir, timeoutMs = 15_000) {
  const flag = `--user-data-dir=${userDataDir}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = (await commandLines()).filter(({ argv }) => argv.includes(flag));
    if (left.length === 0) return;
    if (Date.now() > deadline) throw new Error(`processes of the killed browser still run: ${left.map((p) => p.pid).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Keeps every Worker the page creates within reach of workerMemory(). Must
// run before the page loads.
export async function trackWorkers(page) {
  await page.addInitScript(() => {
    const NativeWorker = window.Worker;
    const started = [];
    window.Worker = class extends NativeWorker {
      constructor(...args) {
        super(...args);
        started.push(this);
      }
    };
    Object.defineProperty(window, 'qalamTestWorkers', { value: started });
  });
}

let nextMemoryRequest = 2 ** 30; // far above the ids the page's client uses

// The `memory` reply ({wasmBytes, documents}) of the page's search worker.
// The page's client ignores a reply to an id it did not send.
export function workerMemory(page) {
  const id = nextMemoryRequest++;
  return page.evaluate((requestId) => new Promise((resolve, reject) => {
    const worker = window.qalamTestWorkers.find((started) => started instanceof Worker);
    if (!worker) {
      reject(new Error('the page started no worker'));
      return;
    }
    const listen = (event) => {
      if (event.data?.id !== requestId) return;
      worker.removeEventListener('message', listen);
      if (event.data.ok) resolve(event.data.payload);
      else reject(new Error(`${event.data.error.code}: ${event.data.error.message}`));
    };
    worker.addEventListener('message', listen);
    worker.postMessage({ id: requestId, type: 'memory', payload: {} });
  }), id);
}

// What the page's IndexedDB holds: the catalog, and the keys of the index
// and source records. `where`: the page, or one of its workers (which can
// read the database while the page's own thread is busy).
export function storedRecords(where) {
  return where.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('qalam-corpora');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['catalog', 'indexes', 'sources'], 'readonly');
      const out = {};
      tx.objectStore('catalog').get('catalog').onsuccess = (event) => {
        out.catalog = event.target.result ?? null;
      };
      tx.objectStore('indexes').getAllKeys().onsuccess = (event) => {
        out.indexes = [...event.target.result].sort();
      };
      tx.objectStore('sources').getAllKeys().onsuccess = (event) => {
        out.sources = [...event.target.result].sort();
      };
      tx.oncomplete = () => {
        db.close();
        resolve(out);
      };
      tx.onerror = () => reject(tx.error);
    };
  }));
}

const WORDS = {
  fa: ['خبرگزاری', 'تهران', 'گزارش', 'دولت', 'بازار', 'کشاورزی', 'آب', 'رودخانه', 'مردم', 'شهر', 'اقتصاد', 'نفت',
    'دانشگاه', 'پژوهش', 'فرهنگ', 'کتاب', 'زمستان', 'باران', 'جاده', 'قطار', 'بندر', 'صادرات', 'گندم', 'پارلمان'],
  kk: ['хабарлады', 'Алматы', 'Астана', 'үкімет', 'нарық', 'ауыл', 'шаруашылығы', 'су', 'өзен', 'халық', 'қала',
    'экономика', 'мұнай', 'университет', 'зерттеу', 'мәдениет', 'кітап', 'қыс', 'жаңбыр', 'жол', 'пойыз', 'порт', 'бидай'],
  en: ['reported', 'agency', 'government', 'market', 'farming', 'water', 'river', 'people', 'city', 'economy', 'oil',
    'university', 'research', 'culture', 'book', 'winter', 'rain', 'road', 'train', 'port', 'exports', 'wheat', 'parliament'],
};

// A word each document of that language carries once, to count hits by.
export const MARKERS = Object.freeze({ fa: 'شاهین', kk: 'қыран', en: 'kestrel' });

// JSON Lines of `count` documents cycling through Persian, Kazakh and
// English, about `bytesPerDocument` bytes each, the same for the same
// arguments.
export function mixedCorpus({ count, prefix, bytesPerDocument = 2000 }) {
  const langs = ['fa', 'kk', 'en'];
  let seed = 2_463_534_242;
  const random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 4_294_967_296;
  };
  const lines = [];
  for (let i = 0; i < count; i++) {
    const lang = langs[i % langs.length];
    const words = WORDS[lang];
    const text = [MARKERS[lang]];
    let bytes = 0;
    while (bytes < bytesPerDocument) {
      const word = words[Math.floor(random() * words.length)];
      text.push(word);
      bytes += Buffer.byteLength(word) + 1;
    }
    const month = String((i % 12) + 1).padStart(2, '0');
    lines.push(JSON.stringify({
      id: `${prefix}-${i}`,
      title: `${words[i % words.length]} ${i}`,
      text: text.join(' '),
      lang,
      source: `Desk ${i % 5}`,
      date: `2024-${month}-15`,
    }));
  }
  return `${lines.join('\n')}\n`;
}

// Every catalog entry has its index and source records, and no record is
// left without an entry.
export function assertRecordsMatchCatalog(records) {
  const ids = Object.keys(records.catalog?.entries ?? {}).sort();
  if (JSON.stringify(records.indexes) !== JSON.stringify(ids) || JSON.stringify(records.sources) !== JSON.stringify(ids)) {
    throw new Error(`stored records do not match the catalog: ${JSON.stringify(records)}`);
  }
}

// Names in the corpus list, the sample first.
export function corpusNames(page) {
  return page.$$eval('#corpus-list .corpus-name', (nodes) => nodes.map((node) => node.textContent));
}

// Opens a stored corpus from the list (unless it is open) and waits for it
// to be loaded.
export async function openStored(page, name) {
  await openCorporaSection(page);
  if (await page.textContent('#corpus-list .corpus-item.is-open .corpus-name') === name) return;
  await page.click(`#corpus-list .corpus-open[aria-label="Open ${name}"]`);
  await page.waitForFunction((wanted) => {
    const open = document.querySelector('#corpus-list .corpus-item.is-open .corpus-name');
    return open?.textContent === wanted && /documents? loaded/.test(document.getElementById('status').textContent);
  }, name);
}

// What the open corpus shows: the status line, and for `query` the result
// count line and the ids of the first page of hits.
export async function corpusAnswer(page, query) {
  await searchFor(page, query);
  return {
    status: (await page.textContent('#status')).trim(),
    total: (await page.textContent('#search-status')).trim().replace(/\s*\([^)]*ms\)$/u, ''),
    ids: await page.$$eval('#results li.hit', (items) => items.map((item) => item.dataset.id)),
  };
}
