// The explorer needs no 'unsafe-eval' and no 'unsafe-inline': the server
// sends a strict policy (only 'wasm-unsafe-eval' for the module), the page
// carries the same one, and the page still starts and searches — here served
// from a sub-path, so every URL in it must be relative.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { launchBrowser, openExplorer, searchFor, siteDir, startServer, watchPage } from './support.mjs';

const SUB_PATH = '/some/sub-path/';

function directives(policy) {
  const out = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

function assertStrict(policy, where) {
  assert.ok(policy, `${where}: no Content-Security-Policy`);
  assert.doesNotMatch(policy, /'unsafe-eval'/, `${where}: allows 'unsafe-eval'`);
  assert.doesNotMatch(policy, /'unsafe-inline'/, `${where}: allows 'unsafe-inline'`);
  const parsed = directives(policy);
  assert.deepEqual(parsed.get('script-src'), ["'self'", "'wasm-unsafe-eval'"], `${where}: script-src`);
  assert.deepEqual(parsed.get('default-src'), ["'self'"], `${where}: default-src`);
  assert.deepEqual(parsed.get('object-src'), ["'none'"], `${where}: object-src`);
  assert.deepEqual(parsed.get('style-src'), ["'self'"], `${where}: style-src`);
}

describe('page works under a strict content security policy', () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer({ root: siteDir(), port: 0, base: SUB_PATH });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the server sends a strict policy, nosniff and the right MIME types', async () => {
    const expectations = [
      ['', 'text/html'],
      ['src/main.js', 'text/javascript'],
      ['src/worker.js', 'text/javascript'],
      ['wasm/qalam.mjs', 'text/javascript'],
      ['wasm/qalam.wasm', 'application/wasm'],
      ['wasm/icudt72l.dat', 'application/octet-stream'],
      ['data/sample.jsonl', 'application/x-ndjson'],
      ['styles/app.css', 'text/css'],
    ];
    for (const [file, type] of expectations) {
      const response = await fetch(new URL(file, server.url));
      await response.arrayBuffer();
      assert.equal(response.status, 200, file);
      assert.equal(response.headers.get('content-type').split(';')[0], type, file);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', file);
      assertStrict(response.headers.get('content-security-policy'), `header of /${file}`);
    }
  });

  test('index.html carries the same policy and nothing inline', async () => {
    const html = await readFile(path.join(siteDir(), 'index.html'), 'utf8');
    const meta = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i);
    assert.ok(meta, 'no CSP <meta> in index.html');
    assertStrict(meta[1], 'index.html <meta>');
    const header = (await fetch(server.url)).headers.get('content-security-policy');
    assert.equal(meta[1], header);
    assert.doesNotMatch(html, /<style[\s>]/i, 'inline <style>');
    assert.doesNotMatch(html, /\sstyle\s*=/i, 'style="" attribute');
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'inline event handler');
    for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) assert.match(tag, /\ssrc="[^"/:][^":]*"/, `inline or absolute script: ${tag}`);
    for (const [, url] of html.matchAll(/\s(?:src|href)="([^"]+)"/gi)) {
      assert.ok(!url.startsWith('/') && !/^[a-z]+:\/\//i.test(url), `non-relative URL in index.html: ${url}`);
    }
  });

  test('the server refuses paths outside the site and serves directories by index.html', async () => {
    for (const probe of ['..%2f..%2f..%2fetc%2fpasswd', '%2e%2e/%2e%2e/etc/passwd', 'src/..%2f..%2f..%2fetc%2fhostname']) {
      const response = await fetch(`${server.url}${probe}`);
      await response.arrayBuffer();
      assert.ok([403, 404].includes(response.status), `${probe}: HTTP ${response.status}`);
    }
    assert.equal((await fetch(new URL('missing.js', server.url))).status, 404);
    const redirect = await fetch(server.url.replace(/\/$/, ''), { redirect: 'manual' });
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.get('location'), SUB_PATH);
  });

  test('wasm starts under the policy and a search works, with an empty console', { timeout: 60_000 }, async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await openExplorer(page, server.url);
    assert.ok(new URL(page.url()).pathname.startsWith(SUB_PATH));
    await searchFor(page, 'Almaty');
    assert.ok(await page.locator('#results li.hit .hit-snippet mark').count() >= 1);
    await page.close();
    assert.deepEqual(problems, []);
  });
});
