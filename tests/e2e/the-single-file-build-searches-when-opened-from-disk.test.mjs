// The explorer built as one HTML file (scripts/build-single-file.mjs) is
// opened from disk with no server: it loads the sample corpus, finds a word
// and highlights it, asks for nothing outside the file, carries a strict
// policy of its own, and writes nothing to the console.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

import {
  launchBrowser, openExplorer, searchFor, siteDir, watchPage,
} from './support.mjs';

const SCRIPT = fileURLToPath(new URL('../../scripts/build-single-file.mjs', import.meta.url));

function directives(policy) {
  const out = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

describe('the single-file build searches when opened from disk', () => {
  let dir;
  let file;
  let html;
  let browser;

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'qalam-single-file-'));
    file = path.join(dir, 'qalam.html');
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('the script writes one file and reports its size', { timeout: 60_000 }, async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT, siteDir(), file]);
    html = await readFile(file, 'utf8');
    const match = stdout.match(/: (\d+) bytes, (\d+) gzipped/);
    assert.ok(match, `no size line in: ${stdout}`);
    assert.equal(Number(match[1]), Buffer.byteLength(html));
    assert.ok(Number(match[2]) < Number(match[1]));
  });

  test('the file refers to nothing outside itself and carries a strict policy', () => {
    assert.ok(html, 'the file was not built');
    for (const [, url] of html.matchAll(/\s(?:src|href)\s*=\s*"([^"]*)"/gi)) {
      assert.match(url, /^data:/, `a reference outside the file: ${url}`);
    }
    const meta = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i);
    assert.ok(meta, 'no policy');
    const policy = directives(meta[1]);
    assert.doesNotMatch(meta[1], /'unsafe-eval'|'unsafe-inline'/);
    assert.deepEqual(policy.get('default-src'), ["'none'"]);
    assert.deepEqual(policy.get('connect-src'), ['blob:']);
    assert.deepEqual(policy.get('worker-src'), ['blob:']);
    const scripts = policy.get('script-src');
    assert.ok(scripts.includes("'wasm-unsafe-eval'") && scripts.includes('blob:'), meta[1]);
    assert.ok(scripts.every((source) => ['blob:', "'wasm-unsafe-eval'"].includes(source) || /^'sha256-[A-Za-z0-9+/=]+'$/.test(source)), meta[1]);
    // Exactly one executable inline script: the loader its hash allows.
    const executable = [...html.matchAll(/<script\b([^>]*)>/gi)].filter(([, attrs]) => !/type="application\/json"/.test(attrs));
    assert.equal(executable.length, 1);
  });

  test('opened from disk, it loads the sample corpus and finds a highlighted word', { timeout: 90_000 }, async () => {
    assert.ok(html, 'the file was not built');
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    const outside = [];
    page.on('request', (request) => {
      if (!/^(file|blob|data):/.test(request.url())) outside.push(request.url());
    });
    await openExplorer(page, pathToFileURL(file).href);
    await searchFor(page, 'Almaty');
    const marks = await page.locator('#results li.hit .hit-snippet mark').allTextContents();
    assert.ok(marks.length >= 1, 'no highlighted hit');
    assert.ok(marks.some((text) => /almaty/i.test(text)), `no highlight of the word: ${JSON.stringify(marks)}`);
    await searchFor(page, 'آلماتی');
    assert.ok(await page.locator('#results li.hit .hit-snippet mark').count() >= 1, 'no highlighted Persian hit');
    await page.close();
    assert.deepEqual(outside, [], 'requests outside the file');
    assert.deepEqual(problems, [], 'console messages or failed requests');
  });
});
