// A short benchmark of Qalam's wasm build under Node on the 10 MB slice,
// compared with bench/regression/baseline.json: any figure more than 25%
// worse than its baseline is printed as "REGRESSION: …". Always exits 0 when
// it could measure (machines are noisy; the lines are for a person to read).
// --update-baseline writes this run as the new baseline. See docs/BENCHMARKS.md.
//
//   node --expose-gc bench/regression/run.mjs [--update-baseline] [--baseline FILE]
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { MB, summarize } from '../peers/measure.mjs';
import { ROOT, measureNodeQalam } from './node-qalam.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const argAfter = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : null;
};
const baselineFile = path.resolve(argAfter('--baseline') ?? path.join(here, 'baseline.json'));
const TOLERANCE = 0.25;
const ROUNDS = 50;
const BUILDS = 2; // fastest of two
const LOADS = 5; // fastest of five
const cacheDir = process.env.QALAM_CACHE || path.join(os.homedir(), '.cache/qalam');
const corpusFile = path.join(cacheDir, 'bench-corpus', 'slice-10mb.jsonl');

// Query classes pooled into the figures checked.
const POOLS = {
  'single-term p99 ms': ['single-rare', 'single-medium', 'single-common'],
  'AND p99 ms': ['and-2', 'and-3'],
  'phrase p99 ms': ['phrase'],
};

function figuresOf(m) {
  const f = {
    'build MB/s': { value: m.buildMBps, better: 'higher' },
    'saved index MB': { value: m.indexBytes / MB, better: 'lower' },
    // Milliseconds, not MB/s of the file: a saved index's size depends on
    // its compression, the time to open it is what a user waits for.
    'load ms': { value: m.loadMs, better: 'lower' },
  };
  for (const [name, classes] of Object.entries(POOLS)) {
    const samples = classes.flatMap((c) => m.samplesByClass[c] ?? []);
    if (!samples.length) throw new Error(`no samples for ${name}: query classes ${classes.join(', ')} missing from queries.json`);
    f[name] = { value: summarize(samples).p99, better: 'lower', samples: samples.length };
  }
  return f;
}

// How much worse `now` is than `base`, as a fraction (negative: better).
function worseBy(now, base, better) {
  return better === 'higher' ? base / now - 1 : now / base - 1;
}

const machine = { cpu: os.cpus()[0]?.model, cores: os.cpus().length, memoryGB: Number((os.totalmem() / 1024 ** 3).toFixed(1)), node: process.version, platform: `${os.platform()} ${os.arch()}` };
const loadBefore = os.loadavg()[0];
const wasmFile = path.join(process.env.QALAM_WASM_DIR || path.join(ROOT, 'build/wasm-release/wasm'), 'qalam.wasm');
const wasm = { bytes: readFileSync(wasmFile).length, sha256: createHash('sha256').update(readFileSync(wasmFile)).digest('hex') };
const m = await measureNodeQalam({ corpusFile, rounds: ROUNDS, builds: BUILDS, loads: LOADS });
const figures = figuresOf(m);
const loadAverage = [loadBefore, os.loadavg()[0]].map((v) => Number(v.toFixed(2)));
console.log(`corpus ${corpusFile}: ${m.corpus.documents} documents, ${(m.corpus.textBytes / MB).toFixed(1)} MB of title+text; ${ROUNDS} rounds, fastest of ${BUILDS} builds and ${LOADS} loads; load average ${loadAverage.join(' → ')} on ${machine.cores} cores`);

const baseline = existsSync(baselineFile) ? JSON.parse(readFileSync(baselineFile, 'utf8')) : null;
if (!baseline) console.log(`no ${path.relative(ROOT, baselineFile)} yet: run with --update-baseline to record one`);
else if (baseline.corpus.documents !== m.corpus.documents || baseline.corpus.textBytes !== m.corpus.textBytes) {
  console.log(`note: the baseline was measured on a different slice (${baseline.corpus.documents} documents, ${baseline.corpus.textBytes} bytes): comparisons are rough`);
}
const fmt = (v) => (Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(3));
const lines = ['| figure | now | baseline | change |', '|---|--:|--:|--:|'];
const regressions = [];
for (const [name, f] of Object.entries(figures)) {
  const base = baseline?.figures[name];
  if (!base) {
    lines.push(`| ${name} | ${fmt(f.value)} | — | — |`);
    continue;
  }
  const worse = worseBy(f.value, base.value, f.better);
  const change = Math.abs(worse) < 0.005 ? 'same' : `${Math.abs(worse * 100).toFixed(0)}% ${worse > 0 ? 'worse' : 'better'}`;
  lines.push(`| ${name} | ${fmt(f.value)} | ${fmt(base.value)} | ${change} |`);
  if (worse > TOLERANCE) regressions.push(`REGRESSION: ${name} ${fmt(f.value)} against ${fmt(base.value)} in the baseline (${(worse * 100).toFixed(0)}% worse; ${f.better} is better)`);
}
console.log(`\n${lines.join('\n')}\n`);
if (baseline) console.log(`baseline: ${baseline.date}, ${baseline.machine.cpu}, ${baseline.machine.cores} cores, Node ${baseline.machine.node}, load average ${baseline.loadAverage.join(' → ')}`);
for (const r of regressions) console.log(r);
if (baseline && !regressions.length) console.log(`no figure more than ${TOLERANCE * 100}% worse than the baseline`);

if (process.argv.includes('--update-baseline')) {
  const out = {
    about: 'Figures of scripts/bench-regression.sh on this machine, recorded with --update-baseline; see docs/BENCHMARKS.md ("Regression run").',
    date: new Date().toISOString(),
    machine,
    loadAverage,
    wasm,
    command: 'scripts/bench-regression.sh --update-baseline',
    corpus: m.corpus,
    settings: { rounds: ROUNDS, builds: BUILDS, loads: LOADS, limit: m.limit, pools: POOLS, engine: m.engine.settings },
    figures,
  };
  writeFileSync(baselineFile, `${JSON.stringify(out, null, 1)}\n`);
  console.log(`written ${path.relative(ROOT, baselineFile)}`);
}
