// A corpus is stored in two IndexedDB transactions: its record (index and
// files), then the catalog entry that makes it exist. The browser is killed
// (SIGKILL) at each moment of that: with the record written but not
// committed, between the two transactions, with the catalog written but not
// committed, and just after both committed. Started again on the same
// profile, the corpus is absent in the first three cases (and no record of
// it is left) and whole in the last; every corpus stored before answers as
// it did — with nothing written to the console.
//
// The moment is found by a script the test adds to the page (not part of
// the site): it wraps IndexedDB's put() and transaction(), and at the chosen
// moment tells the test through a BroadcastChannel, heard in the page's
// worker, then keeps the page's thread busy so nothing more is written
// until the kill.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  assertRecordsMatchCatalog, corpusAnswer, corpusNames, launchProfile, MARKERS, mixedCorpus, newProfileDir, openStored,
  removeProfileDir, storedRecords,
} from './reliability-support.mjs';
import {
  generatedCorpus, importFiles, openCorporaSection, openExplorer, siteDir, startServer, watchPage,
} from './support.mjs';

const CHANNEL = 'qalam-test-store-moment';
const DOCUMENTS = 900;

// Runs in the page before its scripts. `file`: the name of the imported
// file whose storing is interrupted; `moment`: where.
function holdStoreAt({ channelName, file, moment }) {
  const channel = new BroadcastChannel(channelName);
  let recordWritten = false;
  const hold = (where) => {
    channel.postMessage(where);
    const until = Date.now() + 300_000;
    while (Date.now() < until) {
      // busy: the transaction cannot commit, the next one cannot start
    }
  };
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function putAndMaybeHold(value, key) {
    const request = put.call(this, value, key);
    if (this.name === 'sources' && Array.isArray(value) && value.some((source) => source?.name === file)) {
      recordWritten = true;
      if (moment === 'record') hold(moment);
    } else if (this.name === 'catalog' && recordWritten) {
      if (moment === 'catalog') hold(moment);
      if (moment === 'committed') this.transaction.addEventListener('complete', () => channel.postMessage(moment));
    }
    return request;
  };
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function transactionAndMaybeHold(names, mode, ...rest) {
    const stores = typeof names === 'string' ? [names] : [...names];
    if (moment === 'between' && recordWritten && mode === 'readwrite' && stores.includes('catalog')) hold(moment);
    return transaction.call(this, names, mode, ...rest);
  };
}

// Resolves with the moment's name once the page reaches it.
async function momentReached(page) {
  const worker = page.workers()[0] ?? await page.waitForEvent('worker');
  return worker.evaluate((channelName) => new Promise((resolve) => {
    const channel = new BroadcastChannel(channelName);
    channel.onmessage = (event) => {
      channel.close();
      resolve(event.data);
    };
  }), CHANNEL);
}

const MOMENTS = [
  { moment: 'record', name: 'Held in the record', expect: 'absent' },
  { moment: 'between', name: 'Held between', expect: 'absent' },
  { moment: 'catalog', name: 'Held in the catalog', expect: 'absent' },
  { moment: 'committed', name: 'Committed', expect: 'whole' },
];

describe('a browser killed while a corpus is stored leaves it whole or absent', () => {
  let server = null;
  let profileDir = null;
  let browser = null;
  let ready = false;
  const answers = new Map(); // corpus name -> {query, answer} before the kill
  const corpus = mixedCorpus({ count: DOCUMENTS, prefix: 'held' });

  before(async () => {
    server = await startServer({ root: siteDir(), port: 0 });
    profileDir = await newProfileDir();
  });
  after(async () => {
    await browser?.close().catch(() => {});
    await server?.close();
    if (profileDir) await removeProfileDir(profileDir);
  });

  test('a corpus is imported and stored', { timeout: 120_000 }, async () => {
    browser = await launchProfile(profileDir);
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await openExplorer(page, server.url);
    ready = true;
    const text = generatedCorpus({ count: 35, prefix: 'delta', word: 'Heron' });
    assert.match(await importFiles(page, [{ name: 'delta.jsonl', text }], { name: 'Delta' }), /^35 documents added/);
    answers.set('Delta', { query: 'Heron', answer: await corpusAnswer(page, 'Heron') });
    assert.deepEqual(problems, []);
    await browser.close();
    browser = null;
  });

  for (const { moment, name, expect } of MOMENTS) {
    test(`killed ${moment === 'committed' ? 'just after both transactions committed' : `at "${moment}"`}, the corpus is ${expect}`, { timeout: 180_000 }, async () => {
      assert.ok(ready, 'the page never became ready (see the first test)');
      const file = `${moment}.jsonl`;
      browser = await launchProfile(profileDir);
      let page = await browser.context.newPage();
      let problems = watchPage(page);
      await page.addInitScript(holdStoreAt, { channelName: CHANNEL, file, moment });
      await openExplorer(page, server.url);
      const openBefore = await page.textContent('#corpus-list .corpus-item.is-open .corpus-name');
      const reached = momentReached(page);
      await openCorporaSection(page);
      await page.fill('#import-name', name);
      await page.check('input[name="import-target"][value="empty"]');
      await page.setInputFiles('#import-files', [{ name: file, mimeType: 'application/x-ndjson', buffer: Buffer.from(corpus, 'utf8') }]);
      assert.equal(await reached, moment);
      if (moment === 'between') {
        // The record is committed and no catalog entry points at it yet.
        const held = await storedRecords(page.workers()[0]);
        assert.equal(held.indexes.length, Object.keys(held.catalog.entries).length + 1, JSON.stringify(held));
      }
      assert.deepEqual(problems, []);
      await browser.kill();

      browser = await launchProfile(profileDir);
      page = await browser.context.newPage();
      problems = watchPage(page);
      await openExplorer(page, server.url);
      await openCorporaSection(page);
      const names = await corpusNames(page);
      assertRecordsMatchCatalog(await storedRecords(page));
      if (expect === 'absent') {
        assert.ok(!names.includes(name), JSON.stringify(names));
        assert.equal(await page.textContent('#corpus-list .corpus-item.is-open .corpus-name'), openBefore);
      } else {
        assert.ok(names.includes(name), JSON.stringify(names));
        assert.equal(await page.textContent('#corpus-list .corpus-item.is-open .corpus-name'), name);
        assert.equal(await page.getAttribute('html', 'data-corpus-origin'), 'saved-index');
        const answer = await corpusAnswer(page, MARKERS.en);
        assert.equal(answer.status, `${DOCUMENTS} documents loaded`);
        assert.equal(answer.total, `Showing 20 of ${DOCUMENTS / 3} results`);
        answers.set(name, { query: MARKERS.en, answer });
      }
      for (const [stored, { query, answer }] of answers) {
        assert.ok(names.includes(stored), `${stored} is missing: ${JSON.stringify(names)}`);
        await openStored(page, stored);
        assert.equal(await page.getAttribute('html', 'data-corpus-origin'), 'saved-index');
        assert.deepEqual(await corpusAnswer(page, query), answer, stored);
      }
      assert.deepEqual(problems, []);
      await browser.close();
      browser = null;
    });
  }
});
