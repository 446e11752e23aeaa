// Registers the service worker (../sw.js) that keeps the explorer working
// offline after its first visit (docs/OFFLINE.md).
//
//   import { registerOffline } from './offline.js';
//   registerOffline();   // -> Promise<ServiceWorkerRegistration | null>
//
// Resolves null, and registers nothing, where service workers cannot run:
// a page opened from a file, a blob: or data: document (the single-file
// build), a browser without them, or a context that is not secure. A failed
// registration also resolves null: offline use is an addition, never a reason
// for the page to fail.

const SERVICE_WORKER_URL = new URL('../sw.js', import.meta.url);
const SCOPE_URL = new URL('../', import.meta.url);

export function offlineSupported() {
  return typeof navigator === 'object'
    && 'serviceWorker' in navigator
    && globalThis.isSecureContext === true
    && (SERVICE_WORKER_URL.protocol === 'https:' || SERVICE_WORKER_URL.protocol === 'http:');
}

export async function registerOffline() {
  if (!offlineSupported()) return null;
  try {
    return await navigator.serviceWorker.register(SERVICE_WORKER_URL.href, {
      scope: SCOPE_URL.href,
      // The manifest it imports decides whether a release is new: always
      // compare it with the server's copy, never with the HTTP cache's.
      updateViaCache: 'none',
    });
  } catch {
    return null;
  }
}
