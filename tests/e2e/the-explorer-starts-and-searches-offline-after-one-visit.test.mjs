// A person opens the explorer once; its service worker keeps the app. With
// the network gone (the browser offline and the server stopped), a reload
// still starts the explorer from the cache and finds a word in the sample
// corpus — with nothing written to the console.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import vm from 'node:vm';

import {
  launchBrowser, openExplorer, READY_TIMEOUT_MS, searchFor, siteDir, startServer, watchPage,
} from './support.mjs';

// Files the app needs to start and search; each must be precached.
const REQUIRED = [
  'index.html', 'src/main.js', 'src/client.js', 'src/worker.js', 'src/protocol.js', 'styles/app.css',
  'wasm/qalam.mjs', 'wasm/qalam.wasm', 'wasm/icudt72l.dat', 'wasm/gazetteer.bin',
  'data/curated.json', 'data/sample.jsonl',
];

async function stagedFiles(dir, prefix = '') {
  const out = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...await stagedFiles(dir, relative));
    else out.push(relative);
  }
  return out;
}

async function readManifest(dir) {
  const file = path.join(dir, 'sw-manifest.js');
  assert.ok(existsSync(file), `${file} is missing: scripts/stage-site.sh must write the service worker's manifest`);
  const sandbox = { self: {} };
  vm.runInNewContext(await readFile(file, 'utf8'), sandbox);
  return sandbox.self.QALAM_PRECACHE;
}

// Whether the page shell registers the service worker itself.
async function shellRegistersOffline(dir) {
  const main = await readFile(path.join(dir, 'src/main.js'), 'utf8');
  return /from\s+['"]\.\/offline\.js['"]/.test(main) && /\bregisterOffline\s*\(/.test(main);
}

function registration(page) {
  return page.evaluate(async () => {
    const found = await navigator.serviceWorker.getRegistration();
    return found ? { scope: found.scope, script: (found.active ?? found.installing ?? found.waiting)?.scriptURL ?? null } : null;
  });
}

describe('the explorer starts and searches offline after one visit', () => {
  let server;
  let browser;
  let page;
  let problems;
  let manifest;

  before(async () => {
    server = await startServer({ root: siteDir(), port: 0 });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    problems = watchPage(page);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the staged site lists every file of the app in the manifest, versioned by a hash', async () => {
    const dir = siteDir();
    assert.ok(existsSync(path.join(dir, 'sw.js')), 'the staged site has no sw.js');
    manifest = await readManifest(dir);
    assert.match(manifest?.version ?? '', /^[0-9a-f]{16,}$/, 'the manifest version is not a content hash');
    const listed = new Set(manifest.files);
    for (const file of REQUIRED) assert.ok(listed.has(file), `${file} is not precached`);
    const staged = (await stagedFiles(dir)).filter((file) => file !== 'sw.js' && file !== 'sw-manifest.js').sort();
    assert.deepEqual([...listed].sort(), staged, 'the manifest and the staged files differ');
  });

  test('the page registers its service worker by itself', { timeout: 60_000 }, async () => {
    await openExplorer(page, server.url);
    assert.ok(await shellRegistersOffline(siteDir()),
      "src/main.js does not register the service worker: it needs `import { registerOffline } from './offline.js';` and a call `registerOffline();` once the page is ready");
    const deadline = Date.now() + READY_TIMEOUT_MS;
    let found = null;
    while (!found && Date.now() < deadline) {
      found = await registration(page);
      if (!found) await page.waitForTimeout(100);
    }
    assert.ok(found, 'main.js imports offline.js but no service worker was registered');
    assert.equal(found.scope, server.url);
    assert.equal(found.script, new URL('sw.js', server.url).href);
  });

  test('after one reload the service worker controls the page and holds the app', { timeout: 90_000 }, async () => {
    if (page.url() === 'about:blank') await openExplorer(page, server.url);
    // Until the shell registers it (the test above), register it here so the
    // offline behaviour is still checked.
    if (!(await registration(page))) await page.evaluate(() => navigator.serviceWorker.register('sw.js'));
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await openExplorer(page, page.url()); // a navigation to the same page: a reload
    const controller = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);
    assert.equal(controller, new URL('sw.js', server.url).href, 'no service worker controls the page after a reload');

    manifest ??= await readManifest(siteDir());
    const caches = await page.evaluate(async () => {
      const out = {};
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        out[name] = (await cache.keys()).map((request) => request.url);
      }
      return out;
    });
    const appCache = `qalam-app-${manifest.version}`;
    assert.ok(caches[appCache], `no cache ${appCache}: ${Object.keys(caches).join(', ')}`);
    const expected = Array.from(manifest.files, (file) => file).map((file) => new URL(file, server.url).href).sort();
    assert.deepEqual(caches[appCache].slice().sort(), expected);
    // App files are served cache first: none of them went to the network
    // (the network-first path keeps what it fetched in the runtime cache).
    const runtime = caches[`qalam-runtime-${manifest.version}`] ?? [];
    assert.deepEqual(runtime.filter((url) => expected.includes(url)), [], 'app files were fetched network first');
  });

  test('offline, a reload starts the explorer from the cache and finds a word', { timeout: 90_000 }, async () => {
    const fromNetwork = [];
    page.on('response', (response) => {
      if (!response.fromServiceWorker()) fromNetwork.push(response.url());
    });
    await server.close();
    server = null;
    await browser.context.setOffline(true);
    await openExplorer(page, page.url());
    await searchFor(page, 'Almaty');
    const marks = await page.locator('#results li.hit .hit-snippet mark').allTextContents();
    assert.ok(marks.length >= 1, 'no highlighted hit offline');
    assert.ok(marks.every((text) => text.trim().length > 0), `empty highlight: ${JSON.stringify(marks)}`);
    assert.deepEqual(fromNetwork.filter((url) => !url.startsWith('data:')), [], 'responses not served by the service worker');
  });

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(problems, []);
  });
});
