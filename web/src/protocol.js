// The message protocol between the page (client.js) and the search worker
// (worker.js). Shared by both sides; keep it free of DOM and wasm imports.
//
// Request:  { id, type, payload }
// Reply:    { id, ok: true, payload }
//        or { id, ok: false, error: { code, message } }
// Progress: { id, progress: {…} }  zero or more, before the reply, for the
//           requests that say so below (request-scoped: `id` is the
//           request's). A progress message never ends a request.
//
// `id` is a positive integer chosen by the client, unique per worker.
//
// Payloads by type:
//   init          request {}                          reply { documents }
//   addDocuments  request { name, bytes: ArrayBuffer } (bytes transferred)
//                 reply   { added, skipped, issues: [{file, line, code, message}], documents }
//   search        request { query, limit, offset, queryId, crossScript, facets }
//                 (crossScript: boolean, true when absent — a name typed in one
//                 script also finds its spellings in the others; false keeps
//                 the search within the script typed. offset: hits to skip,
//                 0 when absent; offset + limit is capped at MAX_SEARCH_DEPTH.
//                 facets: true adds the counts below)
//                 reply   { queryId, total, totalExact, offset, depthCap,
//                           highlighted, hits: [Hit], facets: Facets | null,
//                           error: null | {code, message, position} }
//                 (totalExact false: at least `total` documents match;
//                 highlighted: true, every page's snippets are highlighted)
//                 Hit = { doc, id, title, lang, date, source, score, snippet, highlights: Uint32Array }
//                 (highlights = [begin, end, begin, end, ...] UTF-16 indices into snippet)
//                 Facets = { lang, source, year, month: [{value, count}],
//                            entity: [{value (entity id), count, name, type, filter}] }
//                 (filter: the query clause selecting the entity, e.g. person:"kz-tokayev")
//   document      request { doc }
//                 reply   { doc, id, title, text, lang, date, source }
//   importFiles   request { files: [{name, data: Blob | ArrayBuffer, fields?: Fields}], base: 'empty' | 'current', batch }
//                 Fields = { title, text, date, lang, source, id }: each an
//                 optional key (JSON) or column (CSV) to read that field from,
//                 '' or absent for the default (a file's own, or an archive's
//                 for its entries; text files take none). A key no record of a
//                 file holds is an issue for that file, and nothing of it is read.
//                 (.jsonl/.ndjson/.json/.csv/.tsv/.txt files and .zip archives
//                 of them; the import is built in a new corpus — a copy of the
//                 open one for base 'current' — and replaces the open corpus
//                 only when every file is in: a cancelled or failed import
//                 leaves it as it was. One import at a time; others are
//                 answered while it runs.)
//                 progress { phase: 'reading' | 'indexing', file, fileIndex, files,
//                            done, total, bytesDone, bytesTotal, docsPerSecond, secondsLeft }
//                 reply   { documents, added, skipped, issues: [{file, line, code, message}],
//                           issuesOmitted, files: [FileReport], index: Uint8Array (transferred),
//                           indexFormat, analyzerVersion, seconds }
//                 FileReport = { name, format, added, skipped, fields: {title, text, date, lang, source, id}, mapped: Fields }
//                 (fields: the field or column each document field was read
//                 from in the first record, '' when absent; mapped: the
//                 fields given for the file, {} when none)
//   cancel        request { request: id of an importFiles request }
//                 reply   { cancelled: boolean }
//                 (handled at once, ahead of queued requests; the cancelled
//                 import rejects with code `cancelled`)
//   openIndex     request { bytes: ArrayBuffer } (a saved index, transferred)
//                 reply   { documents, indexFormat, analyzerVersion }
//                 (on an error the open corpus is unchanged)
//   memory        request {}
//                 reply   { wasmBytes, documents }
//                 (wasmBytes: the byte length of the module's memory, which
//                 grows on demand and never shrinks; documents: in the open
//                 corpus. For tests watching the worker over a long session.)

//   occurrenceCounts request { query, crossScript? }
//                 reply   { documents, occurrences, undatedOccurrences,
//                           months, years: [{value, count}] (documents, from the facets),
//                           occurrencesByMonth, occurrencesByYear: [{value, count}],
//                           docs: Uint32Array, counts: Uint32Array (transferred;
//                           occurrences per matching document, docs increasing),
//                           error: null | {code, message, position} }
//                 (an occurrence is a concordance line; counted in one pass
//                 over the matching documents, for the timeline)
//   saveIndex     request {}
//                 reply   { index: Uint8Array (transferred), documents, indexFormat, analyzerVersion }
//                 (the open corpus saved now, e.g. after an entity edit: the
//                 saved index carries the edit log; busy while an import runs)

import { AnalysisMessageType } from './protocol_analysis.js';

export const MessageType = Object.freeze({
  INIT: 'init',
  ADD_DOCUMENTS: 'addDocuments',
  SEARCH: 'search',
  DOCUMENT: 'document',
  IMPORT_FILES: 'importFiles',
  CANCEL: 'cancel',
  OPEN_INDEX: 'openIndex',
  MEMORY: 'memory',
  SAVE_INDEX: 'saveIndex',
  OCCURRENCE_COUNTS: 'occurrenceCounts',
  ...AnalysisMessageType,
});

// Search depth: no hits past MAX_SEARCH_DEPTH.
export const MAX_SEARCH_DEPTH = 100000;

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
  CANCELLED: 'cancelled',
  BUSY: 'busy',
  IMPORT_FAILED: 'import-failed',
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
