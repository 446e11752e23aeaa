// Timing and memory figures. Memory is measured as deltas against a baseline
// taken after a forced GC right before an engine starts: retained rss,
// heapUsed and external+arrayBuffers after the build (GC'd again), plus the
// size of the engine's wasm memory, which never shrinks and so is its peak.
// Peak heap during the build is sampled by a timer, which only runs between
// the engine's await points (most builds are synchronous), so "peak" there is
// a lower bound; the retained figures are exact.
import { performance } from 'node:perf_hooks';

export function gc() {
  if (!globalThis.gc) throw new Error('run node with --expose-gc');
  globalThis.gc();
  globalThis.gc();
}

export function memorySnapshot() {
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed, external: m.external + m.arrayBuffers };
}

export function memoryDelta(after, before) {
  return {
    rss: after.rss - before.rss,
    heapUsed: after.heapUsed - before.heapUsed,
    external: after.external - before.external,
  };
}

export async function timed(fn) {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

export function percentile(sorted, p) {
  if (!sorted.length) return null;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

export function summarize(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), n: s.length };
}

export const MB = 1024 * 1024;
