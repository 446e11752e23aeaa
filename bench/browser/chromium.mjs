// Headless Chromium for the browser benchmarks: Debian's /usr/bin/chromium
// through playwright-core, each launch with its own throw-away profile
// unless one is given (a warm run reuses a profile).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.QALAM_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = Object.freeze(['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']);

export async function chromiumVersion() {
  const { execFileSync } = await import('node:child_process');
  return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

export async function newProfile() {
  return mkdtemp(path.join(os.tmpdir(), 'qalam-bench-profile-'));
}

export async function removeProfile(dir) {
  await rm(dir, { recursive: true, force: true });
}

// A browser on `profile`; close() shuts it (the profile stays for the caller).
export async function launch(profile) {
  if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM} (apt-get install chromium, or set QALAM_CHROMIUM)`);
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1024, height: 900 },
    locale: 'en-US',
    timeout: 60_000,
  });
}

// Everything a clean run should not produce: console messages, page errors,
// failed requests, HTTP errors.
export function watchProblems(page) {
  const problems = [];
  page.on('console', (m) => problems.push(`console.${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}: ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}
