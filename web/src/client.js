// Promise API over the search worker (see protocol.js for the messages).
//
//   const client = createClient();
//   await client.init();                        // -> {documents}
//   await client.addDocuments(name, bytes);     // -> {added, skipped, issues, documents}
//   await client.search(query, {limit, offset, crossScript, facets});
//                                               // -> {queryId, total, totalExact, offset, depthCap,
//                                               //     highlighted, hits, facets, error, stale: false}
//                                               //    (limit 20, offset 0, crossScript true, facets false by default)
//   await client.document(doc);                 // -> {doc, id, title, text, lang, date, source}
//   await client.importFiles(files, {base, batch, fields, onProgress, signal});
//                                               // files: [File | {name, data: Blob|ArrayBuffer, fields?}]
//                                               // fields: where to read each document field
//                                               //   (protocol.js Fields), for files without their own
//                                               // -> the importFiles reply of protocol.js; aborting
//                                               //    `signal` cancels (rejects with code `cancelled`)
//   await client.openIndex(bytes);              // -> {documents, indexFormat, analyzerVersion}
//   await client.memory();                      // -> {wasmBytes, documents}
//   await client.saveIndex();                   // -> {index, documents, indexFormat, analyzerVersion}
//   await client.call(type, payload, transfer); // any other message type (the analysis views')
//   client.terminate();
//
// Stale searches: every search() gets an increasing query id. When a newer
// search has been issued before an older one's reply arrives, the older one
// resolves with `{stale: true, queryId}` (no hits) instead of its results, so
// a UI can simply ignore any result with `stale: true`.
//
// Failures reject with an Error carrying `code` (and `position` when given).
// terminate() and a worker `error` event reject every pending call; after the
// worker has stopped (terminated, failed or module aborted) further calls
// reject at once.

import { ErrorCode, MessageType } from './protocol.js';

export class QalamError extends Error {
  constructor({ code, message, position }) {
    super(message);
    this.name = 'QalamError';
    this.code = code;
    if (Number.isInteger(position)) this.position = position;
  }
}

export function createClient(workerUrl = new URL('./worker.js', import.meta.url)) {
  const worker = new Worker(workerUrl, { type: 'module', name: 'qalam-search' });
  const pending = new Map(); // id -> {resolve, reject, onProgress}
  let nextId = 1;
  let latestQueryId = 0;
  let stopped = null; // QalamError once the worker can no longer answer

  function stop(error) {
    if (!stopped) stopped = error;
    const calls = [...pending.values()];
    pending.clear();
    for (const { reject } of calls) reject(error);
  }

  worker.addEventListener('message', (event) => {
    const { id, ok, payload, error, progress } = event.data ?? {};
    const call = pending.get(id);
    if (!call) return;
    if (progress !== undefined) {
      call.onProgress?.(progress);
      return;
    }
    pending.delete(id);
    if (ok) {
      call.resolve(payload);
      return;
    }
    const failure = new QalamError(error ?? { code: ErrorCode.INTERNAL, message: 'unknown worker error' });
    call.reject(failure);
    if (failure.code === ErrorCode.MODULE_ABORTED) {
      worker.terminate();
      stop(failure);
    }
  });

  worker.addEventListener('error', (event) => {
    event.preventDefault();
    const detail = event.message || 'the search worker failed to start or crashed';
    worker.terminate();
    stop(new QalamError({ code: ErrorCode.WORKER_FAILED, message: detail }));
  });

  worker.addEventListener('messageerror', () => {
    stop(new QalamError({ code: ErrorCode.WORKER_FAILED, message: 'a worker reply could not be deserialized' }));
  });

  // `onStart(id)` is called with the request's id as it is sent.
  function request(type, payload = {}, transfer = [], { onProgress, onStart } = {}) {
    if (stopped) return Promise.reject(stopped);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, onProgress });
      onStart?.(id);
      try {
        worker.postMessage({ id, type, payload }, transfer);
      } catch (error) {
        pending.delete(id);
        reject(new QalamError({ code: ErrorCode.BAD_REQUEST, message: error.message }));
      }
    });
  }

  return {
    init() {
      return request(MessageType.INIT);
    },

    // `bytes`: ArrayBuffer or Uint8Array of UTF-8 JSON Lines. An ArrayBuffer
    // is transferred (it becomes detached here); a view is copied first.
    addDocuments(name, bytes) {
      const buffer = bytes instanceof ArrayBuffer
        ? bytes
        : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength).slice().buffer;
      return request(MessageType.ADD_DOCUMENTS, { name, bytes: buffer }, [buffer]);
    },

    async search(query, { limit = 20, offset = 0, crossScript = true, facets = false } = {}) {
      const queryId = ++latestQueryId;
      let result;
      try {
        result = await request(MessageType.SEARCH, {
          query, limit, offset, queryId, crossScript: Boolean(crossScript), facets: Boolean(facets),
        });
      } catch (error) {
        // A superseded search's failure is as irrelevant as its results; the
        // newer search reports a stopped worker on its own.
        if (queryId !== latestQueryId) return { stale: true, queryId };
        throw error;
      }
      if (queryId !== latestQueryId) return { stale: true, queryId };
      return { ...result, queryId, stale: false };
    },

    document(doc) {
      return request(MessageType.DOCUMENT, { doc });
    },

    // Files are posted as Blobs (File is one): the worker reads them itself.
    importFiles(files, { base = 'empty', batch, fields, onProgress, signal } = {}) {
      const list = [...files].map((file) => {
        const entry = { name: file.name, data: file instanceof Blob ? file : file.data };
        const mapping = file instanceof Blob ? fields : (file.fields ?? fields);
        if (mapping) entry.fields = mapping;
        return entry;
      });
      if (signal?.aborted) return Promise.reject(new QalamError({ code: ErrorCode.CANCELLED, message: 'the import was cancelled' }));
      let cancel = null;
      const onStart = (id) => {
        cancel = () => request(MessageType.CANCEL, { request: id }).catch(() => {});
        signal?.addEventListener('abort', cancel, { once: true });
      };
      const done = request(MessageType.IMPORT_FILES, { files: list, base, batch }, [], { onProgress, onStart });
      return done.finally(() => {
        if (cancel) signal?.removeEventListener('abort', cancel);
      });
    },

    // `bytes`: a saved index (ArrayBuffer transferred, a view copied first).
    openIndex(bytes) {
      const buffer = bytes instanceof ArrayBuffer
        ? bytes
        : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength).slice().buffer;
      return request(MessageType.OPEN_INDEX, { bytes: buffer }, [buffer]);
    },

    memory() {
      return request(MessageType.MEMORY);
    },

    // The open corpus as a saved index, now.
    saveIndex() {
      return request(MessageType.SAVE_INDEX);
    },

    call(type, payload = {}, transfer = []) {
      return request(type, payload, transfer);
    },

    terminate() {
      worker.terminate();
      stop(new QalamError({ code: ErrorCode.TERMINATED, message: 'the search client was terminated' }));
    },
  };
}

// A client that can start its worker again: after the module aborted (out
// of memory) or the worker died, restart() replaces the worker with a fresh,
// initialized one; every other call goes to the current worker's client, so
// whoever holds this object keeps using it across a restart.
export function createRecoveringClient(workerUrl = new URL('./worker.js', import.meta.url)) {
  let inner = createClient(workerUrl);
  const own = {
    async restart() {
      inner.terminate();
      inner = createClient(workerUrl);
      await inner.init();
    },
  };
  return new Proxy(own, {
    get(target, name) {
      if (name in target) return target[name];
      const value = inner[name];
      return typeof value === 'function' ? value.bind(inner) : value;
    },
  });
}

// Whether an error means the worker is gone (a restart is needed).
export function isWorkerLost(error) {
  return error?.code === ErrorCode.MODULE_ABORTED || error?.code === ErrorCode.WORKER_FAILED;
}
