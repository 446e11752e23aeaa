// Qalam's wasm build under Node on one corpus, measured the way the peer
// harness (bench/peers/run.mjs) measures its Qalam engine: the same engine
// file, corpus reader, queries and percentiles; build with addJsonLines,
// serialize with save(), load into a fresh Corpus, then every query `rounds`
// times after one untimed run. Used by the browser benchmark (its Node
// column) and by the regression run. Needs node --expose-gc.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { create } from '../peers/engines/qalam.mjs';
import { loadCorpus, loadQueries } from '../peers/corpus.mjs';
import { gc, summarize, timed, MB } from '../peers/measure.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const QUERIES_FILE = path.join(ROOT, 'bench/peers/queries.json');

// `builds` and `loads` > 1 keep the fastest of several (the regression run
// uses that against a noisy machine); the browser comparison uses 1 and 1,
// as the peer harness does.
export async function measureNodeQalam({ corpusFile, rounds = 20, limit = 1000, builds = 1, loads = 1 }) {
  const corpus = loadCorpus(corpusFile);
  const queries = loadQueries(QUERIES_FILE);
  gc();
  const engine = await create({ root: ROOT });
  const wasmBase = engine.wasmBytes();
  try {
    let buildMs = Infinity;
    for (let i = 0; i < builds; i++) {
      if (i > 0) engine.release();
      buildMs = Math.min(buildMs, (await timed(() => engine.build(corpus))).ms);
    }
    const wasmTotal = engine.wasmBytes();
    const saved = await engine.serialize();
    let loadMs = Infinity;
    for (let i = 0; i < loads; i++) loadMs = Math.min(loadMs, (await timed(() => engine.load(saved.data))).ms);
    const samplesByClass = {};
    for (const q of queries) {
      await engine.search(q, limit);
      const list = (samplesByClass[q.class] ||= []);
      for (let r = 0; r < rounds; r++) list.push((await timed(() => engine.search(q, limit))).ms);
    }
    const byClass = Object.fromEntries(Object.entries(samplesByClass).map(([cls, s]) => [cls, summarize(s)]));
    return {
      engine: { name: engine.name, version: engine.version, settings: engine.settings },
      corpus: { file: path.basename(corpusFile), documents: corpus.docs.length, textBytes: corpus.textBytes },
      rounds,
      limit,
      buildMs,
      buildMBps: corpus.textBytes / MB / (buildMs / 1000),
      wasmBytes: { growth: wasmTotal - wasmBase, total: wasmTotal },
      indexBytes: saved.bytes,
      loadMs,
      loadMBps: saved.bytes / MB / (loadMs / 1000),
      byClass,
      samplesByClass,
    };
  } finally {
    engine.release();
  }
}
