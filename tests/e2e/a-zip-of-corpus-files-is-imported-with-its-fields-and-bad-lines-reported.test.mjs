// A person drops a .zip holding a JSON Lines file (one line malformed) and a
// CSV file with aliased headers, plus a plain text file beside it: the
// import shows its progress, names the fields read from each file, lists the
// malformed line by file and line, and the new documents are found; a file
// dropped on the drop zone is then added to the open corpus — with nothing
// written to the console.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { strToU8, zipSync } from 'fflate';

import { importFiles, openExplorer, saveScreenshot, searchFor, useExplorerPage } from './support.mjs';

const JSONL = [
  JSON.stringify({ id: 'z-1', title: 'Zarafshan glacier survey', text: 'The Zarafshan glacier lost ice this year.', lang: 'en', source: 'Zip Desk', date: '2024-03-02' }),
  '{"id": "z-2", "title": "broken record", "text": ',
  JSON.stringify({ id: 'z-3', title: 'Зарафшан мұздығы', text: 'Зарафшан мұздығы биыл кішірейді.', lang: 'kk', source: 'Zip Desk', date: '2024-03-05' }),
].join('\n');
const CSV = 'headline,body,language,published,source\n"Zarafshan water talks","Talks on Zarafshan water were held.",en,2024-04-01,Csv Desk\n';
const TEXT = 'Zarafshan valley notes\nA plain text note about the Zarafshan valley.\n';

describe('a zip of corpus files is imported with its fields and bad lines reported', () => {
  const explorer = useExplorerPage();

  test('the page is ready', { timeout: 60_000 }, async () => {
    await openExplorer(explorer.page, explorer.server.url);
    explorer.ready = true;
  });

  test('the archive and the text file are imported into a new corpus', { timeout: 60_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    // Progress events reach the page: record the bar's values as they change.
    await page.evaluate(() => {
      window.progressSeen = [];
      new MutationObserver(() => window.progressSeen.push(document.getElementById('import-progress-text').textContent))
        .observe(document.getElementById('import-progress-text'), { childList: true, characterData: true, subtree: true });
    });
    const zip = zipSync({ 'news/articles.jsonl': strToU8(JSONL), 'news/wire.csv': strToU8(CSV), 'readme.md': strToU8('not a corpus') });
    const report = await importFiles(page, [
      { name: 'bundle.zip', buffer: Buffer.from(zip), mimeType: 'application/zip' },
      { name: 'notes.txt', text: TEXT, mimeType: 'text/plain' },
    ], { name: 'Zip test' });
    await saveScreenshot(page, 'import-report.png');

    assert.match(report, /4 documents added to “Zip test” \(1 skipped\)/, report);
    const progress = await page.evaluate(() => window.progressSeen);
    assert.ok(progress.some((text) => /documents\/s/.test(text)), `no progress shown: ${JSON.stringify(progress)}`);

    // Fields read per file, as the importer reads them.
    const rows = await page.$$eval('.import-fields tbody tr', (trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
    const byFile = Object.fromEntries(rows.map((row) => [row[0], row.slice(1)]));
    assert.deepEqual(byFile['bundle.zip/news/articles.jsonl'], ['JSON Lines', '2', 'title', 'text', 'date', 'lang', 'source', 'id']);
    assert.deepEqual(byFile['bundle.zip/news/wire.csv'], ['CSV', '1', 'headline', 'body', 'published', 'language', 'source', '—']);
    assert.deepEqual(byFile['notes.txt'], ['Text', '1', 'first line', 'whole file', '—', '—', '—', 'file name']);
    assert.equal(rows.length, 3, 'readme.md in the archive is not a corpus file');

    const issues = await page.$$eval('.import-issues li', (items) => items.map((item) => item.textContent));
    assert.equal(issues.length, 1, JSON.stringify(issues));
    assert.match(issues[0], /^bundle\.zip\/news\/articles\.jsonl:2: /);

    assert.equal((await page.textContent('#status')).trim(), '4 documents loaded, 1 skipped');
    assert.match(await page.textContent('#corpus-current'), /Zip test/);
  });

  test('the imported documents are found in every script', { timeout: 30_000 }, async () => {
    explorer.requireReady();
    await searchFor(explorer.page, 'Zarafshan');
    const ids = await explorer.page.$$eval('#results li.hit', (items) => items.map((item) => item.dataset.id).sort());
    assert.deepEqual(ids, ['notes', 'row-1', 'z-1', 'z-3']);
  });

  test('a file dropped on the drop zone is added to the open corpus', { timeout: 60_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await page.check('input[name="import-target"][value="current"]');
    await page.fill('#import-name', 'Zip test');
    await page.evaluate(() => {
      document.getElementById('import-report').hidden = true;
    });
    const line = JSON.stringify({ id: 'dropped-1', title: 'Zarafshan dropped note', text: 'A dropped Zarafshan note.', lang: 'en' });
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.jsonl', { type: 'application/x-ndjson' }));
      const zone = document.getElementById('drop-zone');
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, line);
    await page.waitForSelector('#import-report:not([hidden])');
    assert.match(await page.textContent('#import-report'), /1 document added to “Zip test” \(0 skipped\) in [\d.]+ s; it now holds 5\./);
    await searchFor(page, 'dropped');
    assert.deepEqual(await page.$$eval('#results li.hit', (items) => items.map((item) => item.dataset.id)), ['dropped-1']);
    const items = await page.$$eval('#corpus-list .corpus-item .corpus-name', (names) => names.map((name) => name.textContent));
    assert.deepEqual(items, ['Sample corpus', 'Zip test'], 'adding to the open corpus made a second stored corpus');
  });

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(explorer.problems, []);
  });
});
