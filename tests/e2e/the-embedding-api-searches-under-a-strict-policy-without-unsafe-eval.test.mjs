// A host page (fixtures/embed/api.html) whose policy allows scripts only from
// itself plus 'wasm-unsafe-eval' — no 'unsafe-eval', no 'unsafe-inline' —
// drives the promise API of src/embed/api.js: adds JSON Lines (a string) and
// CSV (bytes), searches within and across scripts, lists entities, reads a
// document, is refused a file that is no saved index, and terminates. No policy violation, nothing on the console.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { launchBrowser, READY_TIMEOUT_MS, watchPage } from './support.mjs';
import { FIXTURE_FOLDER, serveSiteWithHostPages } from './embed-support.mjs';

function scriptSources(policy) {
  const directive = policy.split(';').map((part) => part.trim().split(/\s+/)).find(([name]) => name === 'script-src');
  return directive ? directive.slice(1) : null;
}

describe('the embedding API searches under a strict policy without unsafe-eval', () => {
  let site;
  let browser;
  let result;
  let problems;

  before(async () => {
    site = await serveSiteWithHostPages();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test("the host page's policy and the server's allow no eval and nothing inline", async () => {
    const html = await readFile(path.join(site.root, FIXTURE_FOLDER, 'api.html'), 'utf8');
    const meta = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i)?.[1];
    const header = (await fetch(new URL('api.html', site.url))).headers.get('content-security-policy');
    for (const policy of [meta, header]) {
      assert.ok(policy, 'no policy');
      assert.deepEqual(scriptSources(policy), ["'self'", "'wasm-unsafe-eval'"], policy);
      assert.doesNotMatch(policy, /'unsafe-eval'|'unsafe-inline'/);
    }
  });

  test('the API adds, searches, lists entities, reads a document and terminates', { timeout: 60_000 }, async () => {
    const page = await browser.context.newPage();
    problems = watchPage(page);
    await page.goto(new URL('api.html', site.url).href, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => globalThis.apiResult !== undefined, null, { timeout: READY_TIMEOUT_MS });
    result = await page.evaluate(() => globalThis.apiResult);
    await page.close();

    assert.equal(result.error, undefined, result.error);
    assert.deepEqual(result.violations, []);
    assert.deepEqual({ added: result.jsonl.added, skipped: result.jsonl.skipped, documents: result.jsonl.documents },
      { added: 2, skipped: 0, documents: 2 });
    assert.deepEqual({ added: result.csv.added, documents: result.csv.documents }, { added: 1, documents: 3 });

    assert.equal(result.almaty.stale, false);
    assert.equal(result.almaty.total, 1);
    const [hit] = result.almaty.hits;
    assert.equal(hit.id, 'a1');
    const marked = [];
    for (let i = 0; i + 1 < hit.highlights.length; i += 2) marked.push(hit.snippet.slice(hit.highlights[i], hit.highlights[i + 1]));
    assert.ok(marked.includes('Almaty'), JSON.stringify(marked));

    assert.deepEqual(result.samarkand, { total: 1, ids: ['c1'] });
    // The Persian spelling finds the Latin one only across scripts.
    assert.deepEqual(result.persian, { total: 1, ids: ['a1'] });
    assert.equal(result.latinOnly.total, 0);

    assert.ok(result.people.some((entity) => entity.id === 'kz-tokayev' && entity.type === 'PER' && entity.documents === 1),
      JSON.stringify(result.people));
    assert.ok(result.people.every((entity) => entity.type === 'PER'));

    assert.equal(result.document.id, 'a1');
    assert.match(result.document.text, /regional water forum/);
    assert.equal(result.badIndex?.name, 'QalamError', JSON.stringify(result.badIndex));
    assert.ok(result.badIndex.code, 'a refused index has no error code');
    assert.equal(result.afterBadIndex.total, 1, 'a refused index changed the corpus');
    assert.equal(result.afterTerminate, 'terminated');
  });

  test('nothing was written to the console and no request failed', () => {
    assert.ok(problems, 'the page never ran');
    assert.deepEqual(problems, []);
  });
});
