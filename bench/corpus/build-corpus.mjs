#!/usr/bin/env node
// Builds the multilingual benchmark corpus outside the repository:
//   ${QALAM_CACHE:-~/.cache/qalam}/bench-corpus/corpus.jsonl       every document
//   ${QALAM_CACHE:-~/.cache/qalam}/bench-corpus/slice-10mb.jsonl   fixed balanced slice
//   ${QALAM_CACHE:-~/.cache/qalam}/bench-corpus/manifest.json      counts and input versions
// from the sources in sources/index.mjs. Run through scripts/bench-corpus.sh,
// which installs the inputs. A source that fails is reported and left out;
// the build skips itself when the manifest names the same inputs.
// Exit status: 0 when the corpus meets the size target, 3 when it is
// written but smaller, 1 on errors that stop the build.

import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorpusWriter } from './corpus-writer.mjs';
import { failures, languageTable, sourceTable } from './report.mjs';
import { SLICE_BYTES, selectSlice, writeSlice } from './slice.mjs';
import { SOURCES } from './sources/index.mjs';
import { sha256 } from './inputs.mjs';

const MANIFEST_FORMAT = 1;
const TARGET = { bytes: 150_000_000, documents: 250_000 };
const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const log = (message) => process.stderr.write(`${message}\n`);

function parseArguments(argv) {
  const options = { force: false, out: null, shared: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--force') options.force = true;
    else if (arg === '--out' && argv[i + 1]) options.out = argv[++i];
    else if (arg === '--shared' && argv[i + 1]) options.shared = argv[++i];
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: build-corpus.mjs [--force] [--out DIR] [--shared DIR]\n');
      process.exit(0);
    } else throw new Error(`unknown argument ${arg} (try --help)`);
  }
  return options;
}

// The builder's own code is an input too: a changed parser rebuilds.
function builderDigest() {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.mjs')) files.push(path);
    }
  };
  walk(here);
  return sha256(files.map((f) => `${f.slice(here.length)}\0${readFileSync(f, 'utf8')}`).join('\0'));
}

function fileSha256(path) {
  return new Promise((done, fail) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => done(hash.digest('hex')))
      .on('error', fail);
  });
}

function describeSources(ctx) {
  const described = {};
  for (const source of SOURCES) {
    try {
      described[source.name] = { inputs: source.describe(ctx) };
    } catch (error) {
      described[source.name] = { error: error.message };
      log(`${source.name}: skipped: ${error.message}`);
    }
  }
  return described;
}

function upToDate(manifestPath, outDir, inputs) {
  if (!existsSync(manifestPath)) return null;
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    return null;
  }
  if (manifest.format !== MANIFEST_FORMAT || JSON.stringify(manifest.inputs) !== JSON.stringify(inputs)) return null;
  for (const file of Object.values(manifest.files)) {
    const path = join(outDir, file.name);
    if (!existsSync(path) || statSync(path).size !== file.bytes) return null;
  }
  return manifest;
}

async function buildCorpus(ctx, described, corpusPath) {
  const writer = new CorpusWriter(`${corpusPath}.part`);
  const perSource = {};
  for (const source of SOURCES) {
    if (described[source.name].error) {
      perSource[source.name] = { status: 'failed', error: described[source.name].error };
      continue;
    }
    const started = performance.now();
    const before = writer.count;
    writer.beginSource(source.name);
    try {
      for await (const doc of source.documents(ctx)) writer.add(doc);
      if (writer.count === before) throw new Error('no documents');
      const langs = new Set(writer.langs.slice(before));
      const bytes = writer.textBytes.slice(before).reduce((a, b) => a + b, 0);
      perSource[source.name] = {
        status: 'ok',
        documents: writer.count - before,
        bytes,
        languages: langs.size,
        seconds: (performance.now() - started) / 1000,
      };
      log(`${source.name}: ${writer.count - before} documents, ${(bytes / 1e6).toFixed(1)} MB`);
    } catch (error) {
      writer.abortSource();
      perSource[source.name] = { status: 'failed', error: error.message };
      log(`${source.name}: FAILED, left out: ${error.message}`);
    }
  }
  writer.close();
  renameSync(`${corpusPath}.part`, corpusPath);
  return { writer, perSource };
}

function sortedObject(object) {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function printSummary(manifest, checkSeconds) {
  const cached = checkSeconds !== null;
  const out = [];
  out.push(cached
    ? `Corpus up to date (built ${manifest.built}, checked in ${checkSeconds.toFixed(1)} s); --force rebuilds.`
    : 'Corpus built.');
  out.push(`${manifest.directory}`);
  out.push('', sourceTable(manifest.per_source), '', languageTable(manifest.per_language), '');
  const { corpus, slice } = manifest.files;
  out.push(`corpus.jsonl ${(corpus.bytes / 1e6).toFixed(1)} MB; slice-10mb.jsonl ${slice.documents} documents,` +
    ` ${(slice.bytes / 1e6).toFixed(2)} MB in ${Object.keys(manifest.slice_per_language).length} languages;` +
    ` built in ${manifest.build_seconds.toFixed(0)} s.`);
  const failed = failures(manifest.per_source);
  if (failed.length) out.push('', 'Sources left out:', ...failed.map((f) => `  ${f}`));
  process.stdout.write(`${out.join('\n')}\n`);
  if (!manifest.target.met) {
    const t = manifest.totals;
    log('');
    log('!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!');
    log(`!!! CORPUS BELOW TARGET: ${(t.bytes / 1e6).toFixed(1)} MB of ${TARGET.bytes / 1e6} MB,` +
      ` ${t.documents} of ${TARGET.documents} documents`);
    log('!!! Written anyway; see the sources left out above.');
    log('!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!');
  }
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const cacheRoot = process.env.QALAM_CACHE || join(homedir(), '.cache', 'qalam');
  const outDir = resolve(options.out ?? join(cacheRoot, 'bench-corpus'));
  const sharedDir = resolve(options.shared ?? process.env.QALAM_SHARED_DIR ?? join(repoRoot, '..', 'shared'));
  if (outDir.startsWith(repoRoot + '/')) throw new Error(`${outDir}: the corpus must be built outside the repository`);
  mkdirSync(outDir, { recursive: true });
  const started = performance.now();
  const ctx = { workDir: outDir, sharedDir, state: {}, log };

  const described = describeSources(ctx);
  const inputs = {
    builder: builderDigest(),
    sources: Object.fromEntries(Object.entries(described).map(([k, v]) => [k, v.inputs ?? { error: v.error }])),
  };
  const manifestPath = join(outDir, 'manifest.json');
  const cached = options.force ? null : upToDate(manifestPath, outDir, inputs);
  if (cached) {
    printSummary(cached, (performance.now() - started) / 1000);
    return cached.target.met ? 0 : 3;
  }

  const corpusPath = join(outDir, 'corpus.jsonl');
  const slicePath = join(outDir, 'slice-10mb.jsonl');
  const { writer, perSource } = await buildCorpus(ctx, described, corpusPath);
  const chosen = selectSlice(writer, SLICE_BYTES);
  writeSlice(corpusPath, `${slicePath}.part`, writer, chosen);
  renameSync(`${slicePath}.part`, slicePath);

  const perLanguage = writer.totalsBy('langs');
  const totals = Object.values(perLanguage).reduce(
    (t, v) => ({ documents: t.documents + v.documents, bytes: t.bytes + v.bytes }),
    { documents: 0, bytes: 0 },
  );
  const sliceLanguages = {};
  for (const i of chosen) {
    const t = (sliceLanguages[writer.langs[i]] ??= { documents: 0, bytes: 0 });
    t.documents += 1;
    t.bytes += writer.textBytes[i];
  }
  const corpusSha = await fileSha256(corpusPath);
  const sliceSha = await fileSha256(slicePath);
  const manifest = {
    format: MANIFEST_FORMAT,
    built: new Date().toISOString(),
    build_seconds: (performance.now() - started) / 1000,
    directory: outDir,
    record: { id: '<source>-<n>', fields: ['id', 'title', 'text', 'lang', 'source', 'date'] },
    target: { ...TARGET, met: totals.bytes >= TARGET.bytes && totals.documents >= TARGET.documents },
    totals,
    files: {
      corpus: { name: 'corpus.jsonl', documents: writer.count, bytes: statSync(corpusPath).size, sha256: corpusSha },
      slice: { name: 'slice-10mb.jsonl', documents: chosen.length, bytes: statSync(slicePath).size, sha256: sliceSha },
    },
    per_source: perSource,
    per_language: sortedObject(perLanguage),
    slice_per_language: sortedObject(sliceLanguages),
    inputs,
  };
  writeFileSync(`${manifestPath}.part`, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(`${manifestPath}.part`, manifestPath);
  printSummary(manifest, null);
  return manifest.target.met ? 0 : 3;
}

main().then(
  (status) => process.exit(status),
  (error) => {
    log(`build-corpus: ${error.message}`);
    process.exit(1);
  },
);
