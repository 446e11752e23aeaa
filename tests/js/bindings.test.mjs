import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, test } from 'node:test';

import { loadQalam } from './load-module.mjs';

const encoder = new TextEncoder();
const fixture = [
  { id: 'a', title: 'Water talks in Almaty', text: 'Ministers met in Almaty to discuss water sharing.', lang: 'en' },
  { id: 'b', title: 'دیدار در آلماتی', text: 'رئیس‌جمهور قزاقستان در آلماتی با دبیرکل سازمان ملل دیدار کرد.', lang: 'fa' },
  { id: 'c', title: 'Emoji 🌊 water', text: 'Text with 🌊 before the word water here.', lang: 'en' },
].map((d) => JSON.stringify(d)).join('\n');

// Copies everything out of a SearchHits and deletes it, as the worker does.
function collect(hits) {
  const out = {
    total: hits.total(),
    totalExact: hits.totalExact(),
    docs: Array.from(hits.docs()),
    scores: Array.from(hits.scores()),
    snippets: [],
    error: hits.error(),
  };
  for (let i = 0; i < hits.count(); i++) {
    out.snippets.push({ text: hits.snippet(i), highlights: Array.from(hits.highlights(i)) });
  }
  hits.delete();
  return out;
}

describe('Embind API', () => {
  let qalam;
  before(async () => {
    qalam = await loadQalam();
  });

  test('imports one UTF-8 buffer and reports malformed lines by file and line', () => {
    const corpus = new qalam.Corpus();
    const text = encoder.encode(`${fixture}\nnot json\n{"id":"a","text":"dup"}\n{"id":"d","text":"bad `);
    // A line with an invalid byte (0xFF) is kept, repaired, with a warning.
    const bytes = new Uint8Array([...text, 0xff, ...encoder.encode(' byte"}\n')]);
    const report = JSON.parse(corpus.addJsonLines('fixture.jsonl', bytes));
    assert.equal(report.added, 4);
    assert.equal(report.skipped, 2);
    assert.deepEqual(report.issues.map((i) => `${i.file}:${i.line} ${i.code} ${i.skipped ? 'skipped' : 'kept'}`),
      ['fixture.jsonl:4 malformed-record skipped', 'fixture.jsonl:5 duplicate-id skipped', 'fixture.jsonl:6 invalid-utf8 kept']);
    assert.equal(corpus.size(), 4);
    assert.equal(JSON.parse(corpus.documentJson(3)).text, 'bad \uFFFD byte');
    corpus.delete();
  });

  test('search returns typed arrays of doc ids and scores, best first', () => {
    const corpus = new qalam.Corpus();
    corpus.addJsonLines('fixture.jsonl', encoder.encode(fixture));
    const hits = corpus.search('water', 10, false);
    assert.ok(hits.docs() instanceof Uint32Array);
    assert.ok(hits.scores() instanceof Float32Array);
    const result = collect(hits);
    assert.equal(result.total, 2);
    // Both titles hold the word; c's is shorter (2 words to 4), so it ranks first.
    assert.deepEqual(result.docs, [2, 0]);
    assert.ok(result.scores[0] >= result.scores[1] && result.scores[1] > 0);
    assert.equal(JSON.parse(corpus.documentJson(result.docs[1])).id, 'a');
    assert.equal(corpus.documentJson(99), 'null');
    corpus.delete();
  });

  test('past a thousand matches the total is a lower bound and the best hits still come first', () => {
    const corpus = new qalam.Corpus();
    const lines = [];
    for (let i = 0; i < 3000; i++) {
      const extra = i % 500 === 7 ? ' water water water' : '';
      lines.push(JSON.stringify({ id: `n${i}`, title: `note ${i}`, text: `river and water, line ${i}${extra}`, lang: 'en' }));
    }
    corpus.addJsonLines('many.jsonl', encoder.encode(lines.join('\n')));
    const result = collect(corpus.search('water', 5, false));
    assert.equal(result.totalExact, false);
    assert.ok(result.total >= 1000 && result.total < 3000, String(result.total));
    // The six documents saying "water" four times outrank the rest.
    assert.deepEqual(result.docs, [7, 507, 1007, 1507, 2007]);
    const bare = collect(corpus.searchDocuments('water', 5, false));
    assert.deepEqual(bare.docs, result.docs);  // same ranking, no snippets
    assert.equal(bare.snippets.length, 5);
    assert.ok(bare.snippets.every((s) => s.text === ''));
    const rare = collect(corpus.search('note 2999', 5, false));
    assert.equal(rare.totalExact, true);
    assert.equal(rare.total, 1);
    corpus.delete();
  });

  test('highlights are UTF-16 indices that slice the snippet at the match', () => {
    const corpus = new qalam.Corpus();
    corpus.addJsonLines('fixture.jsonl', encoder.encode(fixture));
    for (const [query, word] of [['water', 'water'], ['آلماتی', 'آلماتی'], ['ألماتي', 'آلماتی']]) {
      const result = collect(corpus.search(query, 10, false));
      assert.ok(result.snippets.length > 0, query);
      for (const { text, highlights } of result.snippets) {
        assert.ok(highlights.length >= 2, `${query}: ${text}`);
        for (let i = 0; i < highlights.length; i += 2) {
          const marked = text.slice(highlights[i], highlights[i + 1]);
          assert.equal(marked.toLowerCase(), word, `${query} in ${text}`);
        }
      }
    }
    corpus.delete();
  });

  test('a malformed query comes back as an error value with a UTF-16 position', () => {
    const corpus = new qalam.Corpus();
    corpus.addJsonLines('fixture.jsonl', encoder.encode(fixture));
    const result = collect(corpus.search('آلماتی "water', 10, false));
    assert.deepEqual(result.docs, []);
    assert.equal(result.error.code, 'query-syntax');
    assert.equal(result.error.position, 7);
    assert.equal(collect(corpus.search('', 10, false)).error, null);
    assert.equal(collect(corpus.search('', 10, false)).total, 0);
    corpus.delete();
  });

  test('the sample corpus loads without issues and answers in every script', async () => {
    const bytes = await readFile(path.join(process.env.QALAM_SOURCE_DIR, 'data/sample/corpus.jsonl'));
    const corpus = new qalam.Corpus();
    const report = JSON.parse(corpus.addJsonLines('corpus.jsonl', new Uint8Array(bytes)));
    assert.deepEqual(report.issues, []);
    assert.ok(report.added >= 30);
    for (const query of ['Tokayev', 'توکایف', 'توكاييف', 'Тоқаев', 'Almaty', 'آلماتی']) {
      assert.ok(collect(corpus.search(query, 10, false)).total > 0, query);
    }
    corpus.delete();
  });

  test('a Latin name matches its other scripts only when crossScript is true', async () => {
    const bytes = await readFile(path.join(process.env.QALAM_SOURCE_DIR, 'data/sample/corpus.jsonl'));
    const corpus = new qalam.Corpus();
    try {
      corpus.addJsonLines('corpus.jsonl', new Uint8Array(bytes));
      const langs = (crossScript) => {
        const result = collect(corpus.search('Tokayev', 50, crossScript));
        assert.equal(result.error, null);
        return result.docs.map((doc) => JSON.parse(corpus.documentJson(doc)).lang);
      };
      const across = langs(true);
      for (const lang of ['fa', 'kk', 'ar']) {
        assert.ok(across.includes(lang), `no ${lang} hit for Tokayev across scripts: ${across}`);
      }
      const within = langs(false);
      assert.ok(within.length > 0, 'no hit for Tokayev within Latin script');
      assert.deepEqual(within.filter((lang) => lang !== 'en'), [], `non-Latin hits within script: ${within}`);
    } finally {
      corpus.delete();
    }
  });

  test('addFile reads CSV and JSON arrays, reporting issues by file and line', () => {
    const corpus = new qalam.Corpus();
    const csv = 'id,title,text,lang\n1,Water,"Almaty water, ""shared""",en\n2,Ragged\n';
    const csvReport = JSON.parse(corpus.addFile('a.csv', encoder.encode(csv)));
    assert.equal(csvReport.added, 1);
    assert.deepEqual(csvReport.issues.map((i) => `${i.file}:${i.line} ${i.skipped}`), ['a.csv:3 true']);
    const array = JSON.stringify([{ id: 'x', text: 'Алматыда су' }, { title: 'no id' }], null, 1);
    const arrayReport = JSON.parse(corpus.addFile('b.json', encoder.encode(array)));
    assert.equal(arrayReport.added, 1);
    assert.equal(arrayReport.issues.length, 1);
    assert.equal(corpus.size(), 2);
    corpus.delete();
  });

  test('facets count every match by language, source, year and month', async () => {
    const bytes = await readFile(path.join(process.env.QALAM_SOURCE_DIR, 'data/sample/corpus.jsonl'));
    const corpus = new qalam.Corpus();
    corpus.addJsonLines('corpus.jsonl', new Uint8Array(bytes));
    const facets = JSON.parse(corpus.facets('Tokayev', true));
    assert.equal(facets.total, 14);
    assert.equal(facets.lang.reduce((n, f) => n + f.count, 0), 14);
    assert.deepEqual(facets.lang.slice(0, 3).map((f) => f.value), ['ar', 'fa', 'kk']);
    assert.ok(facets.month.every((f, i, all) => i === 0 || all[i - 1].value < f.value));
    assert.equal(JSON.parse(corpus.facets('Tokayev', false)).total, 2);
    // A query that does not parse is an error with its UTF-16 position, not zero counts.
    const refused = JSON.parse(corpus.facets('𝄞 "Tokayev', false));
    assert.equal(refused.total, undefined);
    assert.equal(refused.error.code, 'query-syntax');
    assert.equal(refused.error.position, 3);
    corpus.delete();
  });

  test('a saved index reloads into another corpus with the same answers; a damaged one is refused', async () => {
    const bytes = await readFile(path.join(process.env.QALAM_SOURCE_DIR, 'data/sample/corpus.jsonl'));
    const original = new qalam.Corpus();
    original.addJsonLines('corpus.jsonl', new Uint8Array(bytes));
    const saved = original.save();
    assert.ok(saved instanceof Uint8Array);
    assert.equal(new TextDecoder().decode(saved.slice(0, 8)), 'QALAMIDX');
    const copy = new qalam.Corpus();
    assert.equal(copy.loadFrom(saved), null);
    for (const query of ['Tokayev', 'آلماتی', 'Алматыда']) {
      assert.deepEqual(collect(copy.search(query, 20, true)).docs, collect(original.search(query, 20, true)).docs, query);
    }
    // Uncompressed: larger, loads to the same answers, and saves back
    // compressed to the same bytes.
    const plain = original.saveUncompressed();
    assert.ok(plain.length > saved.length, `${plain.length} > ${saved.length}`);
    const fromPlain = new qalam.Corpus();
    assert.equal(fromPlain.loadFrom(plain), null);
    assert.deepEqual(collect(fromPlain.search('Tokayev', 20, true)).docs, collect(original.search('Tokayev', 20, true)).docs);
    assert.deepEqual(fromPlain.save(), saved);
    fromPlain.delete();
    const damaged = saved.slice();
    damaged[damaged.length >> 1] ^= 1;
    const kept = new qalam.Corpus();
    kept.addJsonLines('one.jsonl', encoder.encode('{"id":"keep","text":"still here"}'));
    const error = kept.loadFrom(damaged);
    assert.equal(error.code, 'corrupt-index');
    assert.equal(kept.size(), 1);  // nothing already loaded is lost
    for (const c of [original, copy, kept]) c.delete();
  });

  test('concordance lines come sorted and paged, with their direction', async () => {
    const bytes = await readFile(path.join(process.env.QALAM_SOURCE_DIR, 'data/sample/corpus.jsonl'));
    const corpus = new qalam.Corpus();
    corpus.addJsonLines('corpus.jsonl', new Uint8Array(bytes));
    const all = JSON.parse(corpus.concordance('Алматы', { context: 3, sort: '1R' }));
    assert.ok(all.total >= 6);
    assert.ok(all.lines.some((l) => l.direction === 'rtl') && all.lines.some((l) => l.direction === 'ltr'));
    const page = JSON.parse(corpus.concordance('Алматы', { context: 3, sort: '1R', offset: 2, limit: 2 }));
    assert.deepEqual(page.lines, all.lines.slice(2, 4));
    assert.equal(JSON.parse(corpus.concordance('Алматы', { sort: '4L' })).error.code, 'invalid-argument');
    assert.equal(JSON.parse(corpus.concordance('"Алматы', {})).error.code, 'query-syntax');
    corpus.delete();
  });

  test('an import session indexes in batches and reports progress', async () => {
    const bytes = await readFile(path.join(process.env.QALAM_SOURCE_DIR, 'data/sample/corpus.jsonl'));
    const corpus = new qalam.Corpus();
    const session = new qalam.ImportSession('corpus.jsonl', new Uint8Array(bytes));
    const total = session.total();
    assert.ok(total >= 30);
    const seen = [];
    while (session.step(corpus, 10) > 0) seen.push(session.done());
    assert.deepEqual(seen, [10, 20, 30].filter((n) => n < total));
    assert.equal(session.done(), total);
    assert.equal(corpus.size(), total);
    assert.deepEqual(JSON.parse(session.reportJson()).issues, []);
    session.delete();
    corpus.delete();
  });

  test('explain shows the terms behind a score', async () => {
    const bytes = await readFile(path.join(process.env.QALAM_SOURCE_DIR, 'data/sample/corpus.jsonl'));
    const corpus = new qalam.Corpus();
    corpus.addJsonLines('corpus.jsonl', new Uint8Array(bytes));
    const top = collect(corpus.search('Tokayev water', 1, true));
    const e = JSON.parse(corpus.explain('Tokayev water', top.docs[0], true));
    assert.equal(e.matched, true);
    assert.ok(Math.abs(e.score - top.scores[0]) < 1e-4);
    const counted = e.terms.filter((t) => t.counted).reduce((n, t) => n + t.score, 0);
    assert.ok(Math.abs(counted - e.score) < 1e-4);
    assert.equal(JSON.parse(corpus.explain('"open', 0, true)).error.code, 'query-syntax');
    corpus.delete();
  });

  test('entities: gazetteer and curated list, entity filters, a document\'s mentions in UTF-16, list, pairs and timeline', async () => {
    const corpus = new qalam.Corpus();
    assert.equal(corpus.loadGazetteer(new Uint8Array(await readFile(process.env.QALAM_GAZETTEER)), false), null);
    const curated = JSON.parse(corpus.addEntityList('curated.json',
      new Uint8Array(await readFile(path.join(process.env.QALAM_SOURCE_DIR, 'data/entities/curated.json'))), 'curated', false));
    assert.equal(curated.error, null);
    assert.ok(curated.entities > 100);
    const broken = JSON.parse(corpus.addEntityList('mine.json', encoder.encode('{"format":'), 'user', true));
    assert.equal(broken.error.code, 'malformed-record');
    assert.match(broken.error.message, /^mine\.json:1: not valid JSON/);
    corpus.addJsonLines('sample.jsonl', new Uint8Array(await readFile(path.join(process.env.QALAM_SOURCE_DIR, 'data/sample/corpus.jsonl'))));

    const people = JSON.parse(corpus.entities('PER', 3));
    assert.equal(people[0].id, 'kz-tokayev');
    assert.equal(people[0].name, 'Kassym-Jomart Tokayev');
    assert.ok(people.every((e) => e.type === 'PER'));
    const byLatin = collect(corpus.search('person:Tokayev', 100, false));
    const byPersian = collect(corpus.search('person:توکایف', 100, false));
    assert.equal(byLatin.total, people[0].documents);
    assert.deepEqual(byPersian.docs.slice().sort(), byLatin.docs.slice().sort());

    // Mention offsets slice the document's own strings (UTF-16).
    const doc = byLatin.docs[0];
    const record = JSON.parse(corpus.documentJson(doc));
    const mentions = JSON.parse(corpus.documentEntities(doc));
    const all = [...mentions.title.map((m) => [record.title, m]), ...mentions.text.map((m) => [record.text, m])];
    assert.ok(all.some(([, m]) => m.id === 'kz-tokayev'));
    for (const [text, m] of all) assert.equal(text.slice(m.begin, m.end), m.text);

    const pairs = JSON.parse(corpus.cooccurrence(10));
    assert.ok(pairs.length > 0 && pairs[0].documents > 0);
    assert.ok(JSON.parse(corpus.timeline('kz-tokayev')).length > 0);
    const facets = JSON.parse(corpus.facets('person:kz-tokayev', false));
    assert.deepEqual(facets.entity.find((f) => f.value === 'kz-tokayev'), { value: 'kz-tokayev', count: facets.total });
    corpus.delete();
  });

  test('entity edits: a merge, a rename and a split, listed for keeping and applied again to a fresh index', async () => {
    const list = JSON.stringify({ format: 'qalam-entities', version: 1, entities: [
      { id: 'p-a', type: 'PER', name: 'Aliya Nurlanqyzy', aliases: { en: ['Aliya Nurlanqyzy'], kk: ['Әлия Нұрланқызы'] } },
      { id: 'p-b', type: 'PER', aliases: { en: ['A. Nurlanqyzy'] } },
      { id: 'o-c', type: 'ORG', aliases: { en: ['Steppe Council', 'Steppe Forum'] } },
    ] });
    const docs = [
      { id: 'd1', lang: 'en', title: 'One', text: 'Aliya Nurlanqyzy opened the Steppe Council.' },
      { id: 'd2', lang: 'en', title: 'Two', text: 'A. Nurlanqyzy spoke at the Steppe Forum.' },
      { id: 'd3', lang: 'kk', title: 'Үш', text: 'Әлия Нұрланқызы сөз сөйледі.' },
    ].map((d) => JSON.stringify(d)).join('\n');
    const build = () => {
      const corpus = new qalam.Corpus();
      assert.equal(JSON.parse(corpus.addEntityList('mine.json', encoder.encode(list), 'user', false)).error, null);
      corpus.addJsonLines('docs.jsonl', encoder.encode(docs));
      return corpus;
    };
    const entity = (corpus, id) => JSON.parse(corpus.entities('', 50)).find((e) => e.id === id);
    const corpus = build();
    const report = JSON.parse(corpus.editEntities(JSON.stringify([
      { op: 'merge', ids: ['p-b'], into: 'p-a' },
      { op: 'rename', id: 'p-a', name: 'Aliya N.' },
      { op: 'split', id: 'o-c', surfaces: ['Steppe Forum'] },
    ])));
    assert.deepEqual(report, { applied: 3, ids: ['p-a', 'p-a', 'o-c~1'], error: null });
    const merged = entity(corpus, 'p-a');
    assert.equal(merged.name, 'Aliya N.');
    assert.equal(merged.documents, 3);
    assert.deepEqual(merged.merged, ['p-b']);
    assert.ok(merged.aliases.some((a) => a.text === 'Әлия Нұрланқызы' && a.lang === 'kk'));
    assert.equal(entity(corpus, 'p-b'), undefined);
    assert.equal(entity(corpus, 'o-c').documents, 1);
    assert.equal(entity(corpus, 'o-c~1').documents, 1);
    assert.equal(collect(corpus.search('person:p-b', 10, false)).total, 3);

    const bad = JSON.parse(corpus.editEntities('[{"op": "merge", "ids": ["p-zz"], "into": "p-a"}]'));
    assert.deepEqual(bad, { applied: 0, ids: [], error: { code: 'invalid-argument', message: 'entity edit 1: no entity "p-zz"' } });

    const log = corpus.entityEdits();
    const again = build();
    assert.equal(JSON.parse(again.editEntities(log)).applied, 3);
    assert.deepEqual(JSON.parse(again.entities('', 50)), JSON.parse(corpus.entities('', 50)));
    assert.equal(again.entityEdits(), log);
    corpus.delete();
    again.delete();
  });

  test('searchPage returns any page of hits with its snippets highlighted, past the first thousand too', () => {
    const corpus = new qalam.Corpus();
    const lines = [];
    for (let i = 0; i < 1500; i++) lines.push(JSON.stringify({ id: `h${i}`, title: `note ${i}`, text: `A heron ${i} by the river.`, lang: 'en' }));
    corpus.addJsonLines('herons.jsonl', encoder.encode(lines.join('\n')));
    const whole = collect(corpus.searchDocuments('heron', 1500, false));
    for (const offset of [0, 20, 1000, 1480]) {
      const page = collect(corpus.searchPage('heron', offset, 20, false));
      assert.deepEqual(page.docs, whole.docs.slice(offset, offset + 20), `offset ${offset}`);
      assert.equal(page.snippets.length, 20);
      for (const { text, highlights } of page.snippets) {
        assert.equal(highlights.length, 2, text);
        assert.equal(text.slice(highlights[0], highlights[1]), 'heron');
      }
    }
    assert.equal(collect(corpus.searchPage('heron', 1490, 20, false)).docs.length, 10);
    assert.equal(collect(corpus.searchPage('heron', 5000, 20, false)).docs.length, 0);
    assert.equal(collect(corpus.searchPage('"heron', 0, 20, false)).error.code, 'query-syntax');
    corpus.delete();
  });

  test('occurrenceCounts gives occurrences per matching document as typed arrays, and by month and year', () => {
    const corpus = new qalam.Corpus();
    const docs = [
      { id: 'a', title: 'one', text: 'water and water', lang: 'en', date: '2024-01-02' },
      { id: 'b', title: 'two', text: 'no match here', lang: 'en', date: '2024-01-03' },
      { id: 'c', title: 'water', text: 'dry', lang: 'en', date: '2024-02-01' },
      { id: 'd', title: 'four', text: 'water, water, water', lang: 'en', date: '2023' },
      { id: 'e', title: 'five', text: 'water 🌊 water', lang: 'en', date: '' },
    ];
    corpus.addJsonLines('c.jsonl', encoder.encode(docs.map((d) => JSON.stringify(d)).join('\n')));
    const counted = corpus.occurrenceCounts('water', false);
    assert.ok(counted.docs instanceof Uint32Array && counted.counts instanceof Uint32Array);
    // c matches by its title only: no occurrence in the text, left out.
    assert.deepEqual(Array.from(counted.docs), [0, 3, 4]);
    assert.deepEqual(Array.from(counted.counts), [2, 3, 2]);
    assert.equal(counted.total, 7);
    assert.deepEqual(counted.months, [{ value: '2024-01', count: 2 }]);
    assert.deepEqual(counted.years, [{ value: '2023', count: 3 }, { value: '2024', count: 2 }]);
    assert.equal(counted.undated, 2);
    assert.equal(counted.error, null);
    // The same as the concordance's lines per document.
    const lines = JSON.parse(corpus.concordance('water', { limit: 100, crossScript: false })).lines;
    assert.equal(lines.length, counted.total);
    const bad = corpus.occurrenceCounts('"water', false);
    assert.equal(bad.error.code, 'query-syntax');
    assert.equal(bad.docs.length, 0);
    corpus.delete();
  });

  test('an import session reads the fields from the keys or columns it is given', () => {
    const corpus = new qalam.Corpus();
    const csv = encoder.encode('key,headline,body\nk1,Kestrels hunt,A kestrel hovered over the field.\n');
    const mapped = new qalam.ImportSession('birds.csv', csv, { id: 'key', title: 'headline', text: 'body', lang: 3 });
    assert.equal(mapped.total(), 1);
    mapped.step(corpus, 10);
    assert.deepEqual(JSON.parse(mapped.reportJson()).issues, []);
    mapped.delete();
    const doc = JSON.parse(corpus.documentJson(0));
    assert.deepEqual([doc.id, doc.title, doc.text], ['k1', 'Kestrels hunt', 'A kestrel hovered over the field.']);
    const jsonl = encoder.encode('{"id":"j1","heading":"Owls","story":"An owl at night."}\n');
    const missing = new qalam.ImportSession('birds.jsonl', jsonl, { title: 'headline' });
    assert.equal(missing.total(), 0);
    assert.deepEqual(JSON.parse(missing.reportJson()).issues.map((i) => `${i.file}:${i.line} ${i.message}`),
      ['birds.jsonl:0 key "headline" given for title is in no record: nothing read']);
    missing.delete();
    const renamed = new qalam.ImportSession('birds.jsonl', jsonl, { title: 'heading', text: 'story' });
    renamed.step(corpus, 10);
    renamed.delete();
    assert.equal(JSON.parse(corpus.documentJson(1)).title, 'Owls');
    corpus.delete();
  });

  test('loading ICU data twice is refused as a value', () => {
    const error = qalam.loadIcuData(new Uint8Array(64));
    assert.equal(error.code, 'invalid-argument');
  });
});
