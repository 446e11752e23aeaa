// A person has two corpora stored and starts importing a large third one;
// while it is being indexed the browser is killed (SIGKILL, nothing flushed
// or closed). Started again on the same profile, the page opens the corpus
// that was open, both stored corpora answer as before, the interrupted one
// is not in the list and no record of it is left in IndexedDB — with
// nothing written to the console.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  assertRecordsMatchCatalog, corpusAnswer, corpusNames, launchProfile, MARKERS, mixedCorpus, newProfileDir, openStored,
  removeProfileDir, storedRecords,
} from './reliability-support.mjs';
import {
  generatedCorpus, importFiles, openCorporaSection, openExplorer, siteDir, startServer, watchPage,
} from './support.mjs';

const LARGE = 10_000;

describe('a browser killed during an import keeps every stored corpus whole', () => {
  let server = null;
  let profileDir = null;
  let browser = null;
  let ready = false;
  const answers = {}; // corpus name -> its answer before the kill

  before(async () => {
    server = await startServer({ root: siteDir(), port: 0 });
    profileDir = await newProfileDir();
  });
  after(async () => {
    await browser?.close().catch(() => {});
    await server?.close();
    if (profileDir) await removeProfileDir(profileDir);
  });

  test('two corpora are imported and stored', { timeout: 120_000 }, async () => {
    browser = await launchProfile(profileDir);
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await openExplorer(page, server.url);
    ready = true;
    const mixed = mixedCorpus({ count: 600, prefix: 'steppe' });
    assert.match(await importFiles(page, [{ name: 'steppe.jsonl', text: mixed }], { name: 'Steppe' }), /^600 documents added/);
    answers.Steppe = await corpusAnswer(page, MARKERS.kk);
    const harbour = generatedCorpus({ count: 45, prefix: 'harbour', word: 'Pelican' });
    assert.match(await importFiles(page, [{ name: 'harbour.jsonl', text: harbour }], { name: 'Harbour' }), /^45 documents added/);
    answers.Harbour = await corpusAnswer(page, 'Pelican');
    assert.equal(answers.Steppe.status, '600 documents loaded');
    assert.equal(answers.Harbour.status, '45 documents loaded');
    assert.deepEqual(problems, []);
  });

  test('the browser is killed while a large import is being indexed', { timeout: 180_000 }, async () => {
    assert.ok(ready, 'the page never became ready (see the first test)');
    const page = browser.context.pages().at(-1);
    await openCorporaSection(page);
    await page.fill('#import-name', 'Interrupted');
    await page.check('input[name="import-target"][value="empty"]');
    await page.setInputFiles('#import-files', [{
      name: 'interrupted.jsonl',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(mixedCorpus({ count: LARGE, prefix: 'interrupted' }), 'utf8'),
    }]);
    await page.waitForFunction(() => /[1-9][\d,]* of 10,000 documents/.test(document.getElementById('import-progress-text').textContent), null, { timeout: 120_000 });
    const progress = await page.textContent('#import-progress-text');
    await browser.kill();
    browser = null;
    assert.doesNotMatch(progress, /10,000 of 10,000 documents/, 'the import had ended before the kill');
  });

  test('started again, the page opens the corpus that was open, from its saved index', { timeout: 120_000 }, async () => {
    assert.ok(ready, 'the page never became ready (see the first test)');
    browser = await launchProfile(profileDir);
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await openExplorer(page, server.url);
    assert.equal(await page.getAttribute('html', 'data-corpus-origin'), 'saved-index');
    assert.deepEqual(await corpusAnswer(page, 'Pelican'), answers.Harbour);
    await openCorporaSection(page);
    assert.deepEqual(await corpusNames(page), ['Sample corpus', 'Steppe', 'Harbour']);
    assertRecordsMatchCatalog(await storedRecords(page));
    await openStored(page, 'Steppe');
    assert.equal(await page.getAttribute('html', 'data-corpus-origin'), 'saved-index');
    assert.deepEqual(await corpusAnswer(page, MARKERS.kk), answers.Steppe);
    assert.deepEqual(problems, []);
  });
});
