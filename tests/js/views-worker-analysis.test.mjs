// The analysis views' worker handlers (web/src/worker_analysis.js) over this
// build's module and the sample corpus, as the worker runs them.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, test } from 'node:test';

import { AnalysisMessageType as Type } from '../../web/src/protocol_analysis.js';
import { analysisHandlers } from '../../web/src/worker_analysis.js';
import { loadQalam } from './load-module.mjs';

const source = process.env.QALAM_SOURCE_DIR ?? path.resolve(import.meta.dirname, '../..');

class RequestError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}
const ErrorCode = { BAD_REQUEST: 'bad-request', NOT_FOUND: 'not-found', UNKNOWN_TYPE: 'unknown-message-type' };

async function sampleCorpus(qalam) {
  const corpus = new qalam.Corpus();
  const gazetteer = process.env.QALAM_GAZETTEER;
  if (!gazetteer) throw new Error('QALAM_GAZETTEER is not set (run through ctest)');
  assert.equal(corpus.loadGazetteer(new Uint8Array(await readFile(gazetteer)), false), null);
  const curated = JSON.parse(corpus.addEntityList('curated.json', new Uint8Array(await readFile(path.join(source, 'data/entities/curated.json'))), 'curated', false));
  assert.equal(curated.error, null);
  const report = JSON.parse(corpus.addJsonLines('sample.jsonl', new Uint8Array(await readFile(path.join(source, 'data/sample/corpus.jsonl')))));
  assert.equal(report.skipped, 0);
  return corpus;
}

function handlersFor(corpus) {
  const metadata = (doc) => {
    const record = JSON.parse(corpus.documentJson(doc));
    return record && { id: record.id, title: record.title, lang: record.lang, date: record.date, source: record.source };
  };
  const handlers = analysisHandlers({ requireCorpus: () => corpus, RequestError, ErrorCode, metadata });
  return async (type, payload) => (await handlers[type](payload)).value;
}

const docIndex = (corpus, id) => {
  for (let doc = 0; doc < corpus.size(); doc++) if (JSON.parse(corpus.documentJson(doc)).id === id) return doc;
  throw new Error(`no document ${id}`);
};

describe('views: worker handlers', () => {
  let qalam;
  let corpus;
  let call;
  before(async () => {
    qalam = await loadQalam();
    corpus = await sampleCorpus(qalam);
    call = handlersFor(corpus);
  });

  test('every analysis message type has a handler', () => {
    const handlers = analysisHandlers({ requireCorpus: () => corpus, RequestError, ErrorCode, metadata: () => null });
    assert.deepEqual(Object.keys(handlers).sort(), Object.values(Type).sort());
  });

  test('concordance: lines carry title and language, the core sorts and pages', async () => {
    const all = await call(Type.CONCORDANCE, { query: 'Almaty', limit: 100 });
    assert.equal(all.error, null);
    assert.equal(all.lines.length, all.total);
    assert.ok(all.total >= 10, `only ${all.total} lines`);
    for (const line of all.lines) {
      assert.equal(typeof line.title, 'string');
      assert.equal(line.direction, ['fa', 'ar'].includes(line.lang) ? 'rtl' : 'ltr', `${line.id}`);
    }
    const page = await call(Type.CONCORDANCE, { query: 'Almaty', offset: 3, limit: 2 });
    assert.deepEqual(page.lines.map((l) => `${l.doc}:${l.position}`), all.lines.slice(3, 5).map((l) => `${l.doc}:${l.position}`));
    const sorted = await call(Type.CONCORDANCE, { query: 'Almaty', sort: '1R', limit: 100 });
    assert.equal(sorted.total, all.total);
    assert.notDeepEqual(sorted.lines.map((l) => `${l.doc}:${l.position}`), all.lines.map((l) => `${l.doc}:${l.position}`));
    const narrow = await call(Type.CONCORDANCE, { query: 'Almaty', context: 1, limit: 1 });
    assert.ok(narrow.lines[0].right.trim().split(/\s+/).length <= 2, narrow.lines[0].right);
  });

  test('concordance: a malformed query and a bad sort are error values, a bad payload is refused', async () => {
    const syntax = await call(Type.CONCORDANCE, { query: '"Almaty' });
    assert.equal(syntax.error.code, 'query-syntax');
    assert.deepEqual(syntax.lines, []);
    const sort = await call(Type.CONCORDANCE, { query: 'Almaty', sort: '9X' });
    assert.equal(sort.error.code, 'invalid-argument');
    await assert.rejects(call(Type.CONCORDANCE, { query: 7 }), { code: 'bad-request' });
    await assert.rejects(call(Type.CONCORDANCE, { query: 'a', limit: 0 }), { code: 'bad-request' });
  });

  test('document matches: UTF-16 ranges of exactly the concordance\'s matches in that document', async () => {
    for (const id of ['fa-005', 'kk-002', 'en-005']) {
      const doc = docIndex(corpus, id);
      const text = JSON.parse(corpus.documentJson(doc)).text;
      const { ranges, error } = await call(Type.DOCUMENT_MATCHES, { doc, query: 'Almaty OR Tokayev' });
      assert.equal(error, null);
      const found = [];
      for (let i = 0; i < ranges.length; i += 2) {
        assert.ok(ranges[i] < ranges[i + 1] && (i === 0 || ranges[i] >= ranges[i - 1]), `ranges out of order in ${id}: ${ranges}`);
        found.push(text.slice(ranges[i], ranges[i + 1]));
      }
      const lines = (await call(Type.CONCORDANCE, { query: 'Almaty OR Tokayev', limit: 1000 })).lines.filter((l) => l.doc === doc);
      assert.deepEqual(found, lines.map((l) => l.match), id);
      assert.ok(found.length >= 2, `${id}: ${found}`);
    }
    const none = await call(Type.DOCUMENT_MATCHES, { doc: 0, query: '' });
    assert.deepEqual(none.ranges, []);
    await assert.rejects(call(Type.DOCUMENT_MATCHES, { doc: 10_000, query: 'a' }), { code: 'not-found' });
  });

  test('entities, a document\'s mentions, co-occurrence and an entity\'s timeline', async () => {
    const entities = await call(Type.ENTITIES, {});
    const tokayev = entities.find((e) => e.id === 'kz-tokayev');
    assert.equal(tokayev.type, 'PER');
    assert.ok(tokayev.surfaces.includes('Тоқаев'), tokayev.surfaces.join());
    const people = await call(Type.ENTITIES, { types: 'PER' });
    assert.ok(people.length > 0 && people.every((e) => e.type === 'PER'));

    const doc = docIndex(corpus, 'fa-005');
    const mentions = await call(Type.DOCUMENT_ENTITIES, { doc });
    const text = JSON.parse(corpus.documentJson(doc)).text;
    for (const m of mentions.text) assert.equal(text.slice(m.begin, m.end), m.text);
    assert.ok(mentions.text.some((m) => m.id === 'kz-tokayev'));

    const network = await call(Type.COOCCURRENCE, { top: 6 });
    assert.ok(network.pairs.length > 0);
    const named = new Set(network.entities.map((e) => e.id));
    for (const pair of network.pairs) assert.ok(named.has(pair.a) && named.has(pair.b), JSON.stringify(pair));

    const timeline = await call(Type.ENTITY_TIMELINE, { id: 'kz-tokayev' });
    assert.equal(timeline.reduce((n, e) => n + e.count, 0), tokayev.documents);
  });

  test('entity edits: merge and rename through editEntities, listed by entityEdits', async () => {
    if (typeof corpus.editEntities !== 'function') assert.fail('editEntities binding missing');
    const own = await sampleCorpus(qalam);
    const edit = handlersFor(own);
    assert.deepEqual(await edit(Type.ENTITY_CAPABILITIES, {}), { edit: true });
    const before = await edit(Type.ENTITIES, {});
    const almaty = before.find((e) => e.id === 'geo-1526384');
    const astana = before.find((e) => e.id === 'geo-1526273');
    assert.ok(almaty && astana, 'Almaty and Astana are in the sample');

    const merged = await edit(Type.EDIT_ENTITIES, { edits: [{ op: 'merge', ids: ['geo-1526384', 'geo-1526273'], into: 'geo-1526384' }] });
    assert.equal(merged.error, null);
    assert.equal(merged.applied, 1);
    const afterMerge = await edit(Type.ENTITIES, {});
    assert.equal(afterMerge.find((e) => e.id === 'geo-1526273'), undefined, 'the merged-away entity is gone');
    assert.equal(afterMerge.find((e) => e.id === 'geo-1526384').mentions, almaty.mentions + astana.mentions);

    const renamed = await edit(Type.EDIT_ENTITIES, { edits: [{ op: 'rename', id: 'geo-1526384', name: 'Almaty and Astana' }] });
    assert.equal(renamed.error, null);
    assert.equal((await edit(Type.ENTITIES, {})).find((e) => e.id === 'geo-1526384').name, 'Almaty and Astana');

    const log = await edit(Type.ENTITY_EDITS, {});
    assert.deepEqual(log.map((e) => e.op), ['merge', 'rename']);

    const refused = await edit(Type.EDIT_ENTITIES, { edits: [{ op: 'rename', id: 'no-such-entity', name: 'x' }] });
    assert.ok(refused.error || (refused.issues ?? []).length > 0, `an edit of an unknown entity says so: ${JSON.stringify(refused)}`);
    await assert.rejects(edit(Type.EDIT_ENTITIES, { edits: [] }), { code: 'bad-request' });
  });
});
