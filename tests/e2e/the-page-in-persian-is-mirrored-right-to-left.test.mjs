// A person switches the page to Persian: the whole interface is mirrored
// (dir=rtl on <html>), its words and numbers are Persian, the counts stand
// to the right of the results, Persian and Cyrillic text is drawn with the
// shipped faces, and the choice is kept in the URL — with nothing written
// to the console.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';

import { openExplorer, READY_TIMEOUT_MS, sampleDocumentCount, saveScreenshot, searchFor, siteDir, useExplorerPage } from './support.mjs';

// Whether a face of `family` has been loaded by the page.
function faceLoaded(page, family) {
  return page.evaluate(async (name) => {
    await document.fonts.ready;
    return [...document.fonts].some((face) => face.family.replace(/"/g, '') === name && face.status === 'loaded');
  }, family);
}

describe('the page in Persian is mirrored right to left', () => {
  const explorer = useExplorerPage();

  test('the stylesheets use logical properties only', async () => {
    for (const file of ['styles/app.css', 'fonts/fonts.css']) {
      const css = await readFile(path.join(siteDir(), file), 'utf8');
      const physical = css.match(/(^|[\s;{])(margin|padding|border)-(left|right)\b|(^|[\s;{])(left|right)\s*:|text-align:\s*(left|right)|float:\s*(left|right)/gm);
      assert.equal(physical, null, `${file}: ${physical}`);
    }
  });

  test('the language switch mirrors the page and speaks Persian', { timeout: 60_000 }, async () => {
    const page = explorer.page;
    await openExplorer(page, explorer.server.url);
    explorer.ready = true;
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    await page.click('#ui-language');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'fa');
    assert.equal(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('ui'), 'fa');
    assert.equal((await page.textContent('label[for="query"]')).trim(), 'جست‌وجو در پیکره');
    assert.equal((await page.textContent('[role="tab"][data-view="results"]')).trim(), 'نتایج');
    const documents = new Intl.NumberFormat('fa').format(await sampleDocumentCount());
    assert.equal((await page.textContent('#status')).trim(), `${documents} سند بارگذاری شد`);
    assert.equal((await page.textContent('#ui-language')).trim(), 'English');
  });

  test('Persian results read right to left with the counts on the right', { timeout: 30_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await searchFor(page, 'آلماتی');
    const status = (await page.textContent('#search-status')).trim();
    assert.match(status, /نتیجه/);
    assert.match(status, /[۰-۹]/, 'numbers are not Persian digits');
    const aside = await page.locator('#facets').boundingBox();
    const column = await page.locator('#results').boundingBox();
    assert.ok(aside.x > column.x, `the counts are not to the right: ${JSON.stringify({ aside, column })}`);
    const title = page.locator('#results li.hit .hit-title[lang="fa"]').first();
    assert.equal(await title.evaluate((node) => getComputedStyle(node).direction), 'rtl');
    assert.ok(await faceLoaded(page, 'Qalam Arabic'), 'the Vazirmatn face was not loaded');
    await saveScreenshot(page, 'persian-results.png');
  });

  test('Cyrillic text uses the shipped Cyrillic face', { timeout: 30_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await searchFor(page, 'Тоқаев');
    const css = await readFile(path.join(siteDir(), 'fonts/fonts.css'), 'utf8');
    assert.ok(css.includes('"Qalam Cyrillic"'), 'the site was staged without its Cyrillic face (scripts/setup.sh installs it)');
    assert.ok(existsSync(path.join(siteDir(), 'fonts/DejaVuSans-Cyrillic.woff2')));
    assert.ok(await faceLoaded(page, 'Qalam Cyrillic'), 'the Cyrillic face was not loaded');
  });

  test('a reload keeps Persian, and the switch brings English back', { timeout: 60_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForSelector('html[data-state="ready"]', { timeout: READY_TIMEOUT_MS });
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    await page.click('#ui-language');
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    assert.equal((await page.textContent('label[for="query"]')).trim(), 'Search the corpus');
    // Every tab in English, the result list's too (the page was opened in Persian).
    assert.equal((await page.textContent('#tab-results')).trim(), 'Results');
  });

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(explorer.problems, []);
  });
});
