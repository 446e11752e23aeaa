// Worker handlers for the analysis views (messages in protocol_analysis.js).
// analysisHandlers(context) returns a map type -> handler(payload) =>
// { value, transfer? }, merged into worker.js's handlers; context =
// { requireCorpus, RequestError, ErrorCode, metadata } from worker.js.
// Everything here is a cold path: the core answers in JSON.

import { AnalysisMessageType as Type } from './protocol_analysis.js';
import { documentQuery } from './views/query.js';
import { locateMatches as locateMatchesInText } from './views/text_segments.js';

const MAX_PAGE = 10000; // the binding's largest concordance page
const ALL_ENTITIES = 1_000_000;
const DEFAULT_TOP = 20;

export function analysisHandlers({ requireCorpus, RequestError, ErrorCode, metadata }) {
  const bad = (message) => new RequestError(ErrorCode.BAD_REQUEST, message);

  function queryOf(payload, type) {
    const { query, crossScript = true } = payload ?? {};
    if (typeof query !== 'string') throw bad(`${type} needs {query: string}`);
    if (typeof crossScript !== 'boolean') throw bad(`${type} needs {crossScript: boolean} when given`);
    return { query, crossScript };
  }

  function docOf(payload, type) {
    const { doc } = payload ?? {};
    if (!Number.isInteger(doc) || doc < 0) throw bad(`${type} needs {doc: non-negative integer}`);
    if (doc >= requireCorpus().size()) throw new RequestError(ErrorCode.NOT_FOUND, `no document ${doc}`);
    return doc;
  }

  function concordancePage(query, options) {
    return JSON.parse(requireCorpus().concordance(query, options));
  }

  // Every concordance line of `query`, page by page, while keep(line) says so.
  function* allLines(query, options) {
    for (let offset = 0; ; offset += MAX_PAGE) {
      const page = concordancePage(query, { ...options, offset, limit: MAX_PAGE });
      if (page.error) throw Object.assign(new RequestError(page.error.code, page.error.message), { queryError: page.error });
      for (const line of page.lines) yield { line, page };
      if (page.lines.length < MAX_PAGE || offset + MAX_PAGE >= page.total) return;
    }
  }

  const parse = (json) => JSON.parse(json);
  const emptyQuery = (query) => query.trim() === '';

  return {
    [Type.CONCORDANCE](payload) {
      const { query, crossScript } = queryOf(payload, Type.CONCORDANCE);
      const { context = 5, sort = 'doc', offset = 0, limit = 50 } = payload;
      if (!Number.isInteger(context) || context < 0) throw bad('concordance needs {context: non-negative integer}');
      if (!Number.isInteger(offset) || offset < 0) throw bad('concordance needs {offset: non-negative integer}');
      if (!Number.isInteger(limit) || limit < 1) throw bad('concordance needs {limit: positive integer}');
      if (typeof sort !== 'string') throw bad('concordance needs {sort: string}');
      if (emptyQuery(query)) return { value: { total: 0, truncated: false, lines: [], error: null } };
      const page = concordancePage(query, { context, sort, offset, limit: Math.min(limit, MAX_PAGE), crossScript });
      if (page.error) return { value: { total: 0, truncated: false, lines: [], error: page.error } };
      const lines = page.lines.map((line) => {
        const meta = metadata(line.doc) ?? { title: '', lang: '' };
        return { ...line, title: meta.title, lang: meta.lang };
      });
      return { value: { total: page.total, truncated: page.truncated, lines, error: null } };
    },

    [Type.DOCUMENT_MATCHES](payload) {
      const { query, crossScript } = queryOf(payload, Type.DOCUMENT_MATCHES);
      const doc = docOf(payload, Type.DOCUMENT_MATCHES);
      if (emptyQuery(query)) return { value: { doc, ranges: [], error: null } };
      const record = parse(requireCorpus().documentJson(doc));
      const lines = [];
      try {
        for (const { line } of allLines(documentQuery(query, record), { context: 3, sort: 'doc', crossScript })) {
          if (line.doc > doc) break;
          if (line.doc === doc) lines.push(line);
        }
      } catch (error) {
        if (error.queryError) return { value: { doc, ranges: [], error: error.queryError } };
        throw error;
      }
      const ranges = [];
      for (const range of locateMatchesInText(String(record.text ?? ''), lines)) ranges.push(range.begin, range.end);
      return { value: { doc, ranges, error: null } };
    },

    [Type.ENTITIES](payload) {
      const { types = '', limit = ALL_ENTITIES } = payload ?? {};
      if (typeof types !== 'string') throw bad('entities needs {types: string} when given');
      if (!Number.isInteger(limit) || limit < 1) throw bad('entities needs {limit: positive integer} when given');
      return { value: parse(requireCorpus().entities(types, limit)) };
    },

    [Type.DOCUMENT_ENTITIES](payload) {
      const doc = docOf(payload, Type.DOCUMENT_ENTITIES);
      const mentions = parse(requireCorpus().documentEntities(doc));
      return { value: { doc, title: mentions?.title ?? [], text: mentions?.text ?? [] } };
    },

    [Type.COOCCURRENCE](payload) {
      const { top = DEFAULT_TOP } = payload ?? {};
      if (!Number.isInteger(top) || top < 1) throw bad('cooccurrence needs {top: positive integer} when given');
      const corpus = requireCorpus();
      const pairs = parse(corpus.cooccurrence(top));
      const wanted = new Set(pairs.flatMap((pair) => [pair.a, pair.b]));
      const entities = parse(corpus.entities('', ALL_ENTITIES))
        .filter((entity) => wanted.has(entity.id))
        .map(({ id, type, name }) => ({ id, type, name }));
      return { value: { pairs, entities } };
    },

    [Type.ENTITY_TIMELINE](payload) {
      const { id } = payload ?? {};
      if (typeof id !== 'string' || !id) throw bad('entityTimeline needs {id: string}');
      return { value: parse(requireCorpus().timeline(id)) };
    },

    [Type.ENTITY_CAPABILITIES]() {
      return { value: { edit: typeof requireCorpus().editEntities === 'function' } };
    },

    [Type.EDIT_ENTITIES](payload) {
      const corpus = requireCorpus();
      if (typeof corpus.editEntities !== 'function') {
        throw new RequestError(ErrorCode.UNKNOWN_TYPE, 'this search module cannot edit entities (no editEntities binding)');
      }
      const { edits } = payload ?? {};
      if (!Array.isArray(edits) || edits.length === 0) throw bad('editEntities needs {edits: non-empty array}');
      return { value: parse(corpus.editEntities(JSON.stringify(edits))) };
    },

    [Type.ADD_ENTITY_LIST](payload) {
      const corpus = requireCorpus();
      const { name, bytes, reextract = true } = payload ?? {};
      if (typeof name !== 'string' || !name || !(bytes instanceof ArrayBuffer || ArrayBuffer.isView(bytes))) {
        throw bad('addEntityList needs {name: string, bytes: ArrayBuffer}');
      }
      const view = bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      return { value: parse(corpus.addEntityList(name, view, 'user', reextract !== false)) };
    },

    [Type.ENTITY_EDITS]() {
      const corpus = requireCorpus();
      if (typeof corpus.entityEdits !== 'function') return { value: [] };
      return { value: parse(corpus.entityEdits()) };
    },
  };
}
