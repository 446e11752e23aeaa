// The message protocol between the page (client.js) and the search worker
// (worker.js). Shared by both sides; keep it free of DOM and wasm imports.
//
// Request:  { id, type, payload }
// Reply:    { id, ok: true, payload }
//        or { id, ok: false, error: { code, message } }
//
// `id` is a positive integer chosen by the client, unique per worker.
//
// Payloads by type:
//   init          request {}                          reply { documents }
//   addDocuments  request { name, bytes: ArrayBuffer } (bytes transferred)
//                 reply   { added, skipped, issues: [{file, line, code, message}], documents }
//   search        request { query, limit, queryId, crossScript }
//                 (crossScript: boolean, true when absent — a name typed in one
//                 script also finds its spellings in the others; false keeps
//                 the search within the script typed)
//                 reply   { queryId, total, totalExact, hits: [Hit], error: null | {code, message, position} }
//                 (totalExact false: at least `total` documents match)
//                 Hit = { doc, id, title, lang, date, source, score, snippet, highlights: Uint32Array }
//                 (highlights = [begin, end, begin, end, ...] UTF-16 indices into snippet)
//   document      request { doc }
//                 reply   { doc, id, title, text, lang, date, source }

import { AnalysisMessageType } from './protocol_analysis.js';

export const MessageType = Object.freeze({
  INIT: 'init',
  ADD_DOCUMENTS: 'addDocuments',
  SEARCH: 'search',
  DOCUMENT: 'document',
  ...AnalysisMessageType,
});

// Error codes produced by the worker/client themselves (the core adds its own,
// e.g. `query-syntax`, `invalid-argument`).
export const ErrorCode = Object.freeze({
  NOT_INITIALIZED: 'not-initialized',
  ALREADY_INITIALIZED: 'already-initialized',
  BAD_REQUEST: 'bad-request',
  UNKNOWN_TYPE: 'unknown-message-type',
  FETCH_FAILED: 'fetch-failed',
  WASM_LOAD: 'wasm-load-failed',
  ICU_DATA: 'icu-data',
  ENTITY_DATA: 'entity-data',
  MODULE_ABORTED: 'module-aborted',
  NOT_FOUND: 'not-found',
  WORKER_FAILED: 'worker-failed',
  TERMINATED: 'terminated',
  INTERNAL: 'internal',
});

const MESSAGE_TYPES = new Set(Object.values(MessageType));

export function isMessageType(type) {
  return MESSAGE_TYPES.has(type);
}

// Turns anything thrown (Error, string, wasm trap, {code, message}) into a
// structured-cloneable `{code, message}` value.
export function toErrorValue(error, fallbackCode = ErrorCode.INTERNAL) {
  if (error && typeof error === 'object') {
    const code = typeof error.code === 'string' && error.code ? error.code : fallbackCode;
    const message = typeof error.message === 'string' && error.message ? error.message : String(error);
    const out = { code, message };
    if (Number.isInteger(error.position)) out.position = error.position;
    return out;
  }
  return { code: fallbackCode, message: String(error) };
}
