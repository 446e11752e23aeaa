// The embedding API: one search engine (one worker, one corpus) behind
// promises, for pages that bring their own interface. Types: qalam.d.ts;
// guide: docs/EMBEDDING.md.
//
//   import { createExplorer } from './src/embed/api.js';
//   const explorer = await createExplorer();             // started and ready
//   await explorer.addDocuments('news.jsonl', text);     // -> {added, skipped, issues, documents}
//   const { hits } = await explorer.search('Almaty', { limit: 10 });
//   await explorer.entities({ types: ['PER', 'ORG'], limit: 20 });
//   await explorer.document(hits[0].doc);
//   await explorer.loadIndex(bytes);                     // a saved index replaces the corpus
//   explorer.terminate();
//
// The Qalam files (src/, wasm/, data/) must come from the page's own origin:
// browsers start module workers only from it.

import { QalamError, createClient } from '../client.js';
import { ErrorCode, MessageType } from '../protocol.js';

export { QalamError };

// The folder holding src/, wasm/ and data/: two levels above this file.
const DEFAULT_BASE_URL = new URL('../../', import.meta.url);
const JSON_LINES_NAME = /\.(jsonl|ndjson)$/i;

function baseFrom(baseUrl) {
  if (baseUrl === undefined || baseUrl === null) return DEFAULT_BASE_URL;
  const documentUrl = typeof document === 'object' ? document.baseURI : globalThis.location?.href;
  const base = new URL(String(baseUrl), documentUrl);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return base;
}

// UTF-8 bytes of a string, a Blob, an ArrayBuffer or a view (copied, so the
// caller's buffer is never detached).
async function toBytes(data) {
  if (typeof data === 'string') return new TextEncoder().encode(data);
  if (typeof Blob === 'function' && data instanceof Blob) return new Uint8Array(await data.arrayBuffer());
  if (data instanceof ArrayBuffer) return new Uint8Array(data.slice(0));
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice();
  throw new QalamError({ code: ErrorCode.BAD_REQUEST, message: 'documents must be a string, a Blob, an ArrayBuffer or a typed array' });
}

function entityTypes(types) {
  if (types === undefined || types === null) return '';
  const list = typeof types === 'string' ? types.split(',') : [...types];
  return list.map((type) => String(type).trim().toUpperCase()).filter(Boolean).join(',');
}

export async function createExplorer({ baseUrl } = {}) {
  const base = baseFrom(baseUrl);
  const workerUrl = new URL('src/worker.js', base);
  if (typeof location === 'object' && workerUrl.origin !== location.origin && location.origin !== 'null') {
    throw new QalamError({ code: ErrorCode.BAD_REQUEST, message: `the Qalam files must be on this page's origin (${location.origin}), not ${workerUrl.origin}` });
  }
  const client = createClient(workerUrl);
  try {
    await client.init();
  } catch (error) {
    client.terminate();
    throw error;
  }

  return {
    // JSON Lines are added to the open corpus as they are; other formats
    // (JSON array, CSV/TSV, text: by the name's extension) go through an
    // import that adds them to a copy and swaps it in once they are read.
    async addDocuments(name, data) {
      if (typeof name !== 'string' || name === '') {
        throw new QalamError({ code: ErrorCode.BAD_REQUEST, message: 'addDocuments needs a file name (its extension names the format)' });
      }
      const bytes = await toBytes(data);
      if (JSON_LINES_NAME.test(name)) {
        const { added, skipped, issues, documents } = await client.addDocuments(name, bytes.buffer);
        return { added, skipped, issues, documents };
      }
      const { added, skipped, issues, documents } = await client.importFiles([{ name, data: bytes.buffer }], { base: 'current' });
      return { added, skipped, issues, documents };
    },

    async search(query, { limit = 20, crossScript = true } = {}) {
      if (typeof query !== 'string') throw new QalamError({ code: ErrorCode.BAD_REQUEST, message: 'search needs a query string' });
      const result = await client.search(query, { limit, crossScript });
      if (result.stale) return { stale: true, queryId: result.queryId };
      const { queryId, total, totalExact, hits, error } = result;
      return { stale: false, queryId, total, totalExact, hits, error };
    },

    entities({ types, limit } = {}) {
      const payload = { types: entityTypes(types) };
      if (limit !== undefined) payload.limit = limit;
      return client.call(MessageType.ENTITIES, payload);
    },

    document(doc) {
      return client.document(doc);
    },

    async loadIndex(data) {
      const bytes = await toBytes(data);
      const { documents, indexFormat, analyzerVersion } = await client.openIndex(bytes.buffer);
      return { documents, indexFormat, analyzerVersion };
    },

    terminate() {
      client.terminate();
    },
  };
}
