// Message types of the analysis views (concordance, document matches,
// timeline, entities), merged into protocol.js's MessageType. A query that
// does not parse is not an exception: the reply carries `error: {code,
// message}` beside empty results, as `search` does.
//
//   concordance       request { query, crossScript?, context?, sort?, offset?, limit? }
//                     (sort: doc 1L 2L 3L 1R 2R 3R; context words 0..50, 5 by
//                     default; limit 1..10000, 50 by default)
//                     reply   { total, truncated, lines: [Line], error }
//                     Line = { doc, id, title, lang, position, left, match, right, direction: 'ltr'|'rtl' }
//   documentMatches   request { doc, query, crossScript? }
//                     reply   { doc, ranges: [begin, end, ...] (UTF-16 indices into the text), error }
//   entities          request { types?: 'PER,ORG', limit? }    reply [Entity]
//                     Entity = { id, type, name, mentions, documents, surfaces: [string] }
//   documentEntities  request { doc }
//                     reply   { doc, title: [Mention], text: [Mention] }
//                     Mention = { type, id, text, begin, end, confidence } (UTF-16 indices)
//   cooccurrence      request { top? }
//                     reply   { pairs: [{a, b, documents}], entities: [{id, type, name}] }
//   entityTimeline    request { id }     reply [{value: 'YYYY-MM', count}] (documents)
//   entityCapabilities request {}        reply { edit: boolean } (the module can edit entities)
//   editEntities      request { edits: [Edit] }
//                     Edit = {op: 'merge', ids, into} | {op: 'rename', id, name}
//                          | {op: 'split', id, surfaces, name?}
//                     reply   { applied, ids, issues, error }
//   entityEdits       request {}         reply [Edit] (the edits in effect)
//   addEntityList     request { name, bytes: ArrayBuffer, reextract? } (bytes transferred)
//                     reply   { entities, issues: [{file, line, code, message}], error: null | {code, message} }
//                     (the person's own list, JSON or CSV (docs/ENTITIES.md), over the
//                     curated one; reextract (default true) finds its entities in the
//                     open corpus's documents; on error nothing changes)
export const AnalysisMessageType = Object.freeze({
  CONCORDANCE: 'concordance',
  DOCUMENT_MATCHES: 'documentMatches',
  ENTITIES: 'entities',
  DOCUMENT_ENTITIES: 'documentEntities',
  COOCCURRENCE: 'cooccurrence',
  ENTITY_TIMELINE: 'entityTimeline',
  ENTITY_CAPABILITIES: 'entityCapabilities',
  EDIT_ENTITIES: 'editEntities',
  ENTITY_EDITS: 'entityEdits',
  ADD_ENTITY_LIST: 'addEntityList',
});
