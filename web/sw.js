// The explorer's service worker: keeps the app (page, scripts, styles, wasm
// module, ICU data, gazetteer, curated list, sample corpus) in one cache so
// the explorer starts and searches with no network.
//
// sw-manifest.js, written when the site is staged, sets
//   self.QALAM_PRECACHE = { version, files: [path relative to this file] }
// where `version` is a hash of the listed files. The cache is named after it,
// so a release with any changed file installs into a new cache and the old one
// is deleted when the new worker activates. The manifest is imported (not
// fetched) because the browser compares imported scripts byte for byte when
// it checks for an update: a new manifest is a new service worker.
//
// Requests: GET only, same origin only (anything else is left to the
// browser). App files: cache first. Anything else of this origin: network
// first, falling back to the last copy seen.

/* global QALAM_PRECACHE */
importScripts('sw-manifest.js');

const CACHE_PREFIX = 'qalam-';
const APP_CACHE = `${CACHE_PREFIX}app-${QALAM_PRECACHE.version}`;
const RUNTIME_CACHE = `${CACHE_PREFIX}runtime-${QALAM_PRECACHE.version}`;
const SCOPE = new URL('./', self.location.href);
const INDEX = new URL('index.html', SCOPE).href;
const APP_FILES = new Set(QALAM_PRECACHE.files.map((file) => new URL(file, SCOPE).href));

function withoutSearch(url) {
  const out = new URL(url);
  out.search = '';
  out.hash = '';
  return out.href;
}

self.addEventListener('install', (event) => {
  // `reload` skips the HTTP cache, so the cache holds exactly this release.
  event.waitUntil(caches.open(APP_CACHE).then((cache) => cache.addAll(
    [...APP_FILES].map((url) => new Request(url, { cache: 'reload', credentials: 'same-origin' })),
  )));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const keep = new Set([APP_CACHE, RUNTIME_CACHE]);
    for (const name of await caches.keys()) {
      if (name.startsWith(CACHE_PREFIX) && !keep.has(name)) await caches.delete(name);
    }
    // The first visit's page came from the network with these same files;
    // control it now so it works offline without a reload.
    await self.clients.claim();
  })());
});

// The cached app file for `request`, or null when it is not one. A
// navigation to the site's folder (with any query) is index.html.
function appFileFor(request) {
  const url = withoutSearch(request.url);
  if (APP_FILES.has(url)) return url;
  if (request.mode === 'navigate' && (url === SCOPE.href || url === INDEX)) return INDEX;
  return null;
}

async function cacheFirst(request, url) {
  const cache = await caches.open(APP_CACHE);
  const cached = await cache.match(url);
  if (cached) return cached;
  // Evicted or never stored: fetch it again and keep it.
  const response = await fetch(request);
  if (response.ok && response.type === 'basic' && !request.headers.has('range')) {
    await cache.put(url, response.clone());
  }
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(RUNTIME_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic' && response.status === 200) {
      await cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  if (new URL(request.url).origin !== self.location.origin) return;
  if (request.headers.has('range')) return; // partial responses are not cached
  const appFile = appFileFor(request);
  event.respondWith(appFile ? cacheFirst(request, appFile) : networkFirst(request));
});
