// A person starts with the sample corpus, adds a file to it and keeps the
// result: the stored corpus holds the sample's file whole beside the new
// one. Removing that corpus (the open one) opens the sample again — with
// nothing written to the console.

import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';

import { storedRecords } from './reliability-support.mjs';
import {
  generatedCorpus, importFiles, openCorporaSection, openExplorer, sampleDocumentCount, siteDir, useExplorerPage,
} from './support.mjs';

const NAME = 'Sample and more';

describe('adding to the sample corpus stores its documents and removing the result reopens the sample', () => {
  const explorer = useExplorerPage();

  test('the page starts with the sample corpus', { timeout: 60_000 }, async () => {
    await openExplorer(explorer.page, explorer.server.url);
    explorer.ready = true;
    assert.equal(await explorer.page.getAttribute('html', 'data-corpus-origin'), 'sample');
  });

  test('a file added to it is stored with the sample file', { timeout: 60_000 }, async () => {
    explorer.requireReady();
    const sample = await sampleDocumentCount();
    const text = generatedCorpus({ count: 7, prefix: 'extra', word: 'Ibex' });
    const report = await importFiles(explorer.page, [{ name: 'extra.jsonl', text }], { name: NAME, target: 'current' });
    assert.match(report, new RegExp(`^7 documents added.*it now holds ${sample + 7}\\.`));
    const { catalog } = await storedRecords(explorer.page);
    const entries = Object.values(catalog.entries);
    assert.equal(entries.length, 1);
    const sampleBytes = (await stat(path.join(siteDir(), 'data/sample.jsonl'))).size;
    assert.deepEqual(entries[0].files, [
      { name: 'sample.jsonl', size: sampleBytes },
      { name: 'extra.jsonl', size: Buffer.byteLength(text) },
    ]);
    assert.equal(entries[0].documents, sample + 7);
  });

  test('removing the open corpus opens the sample again', { timeout: 60_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    const sample = await sampleDocumentCount();
    await openCorporaSection(page);
    page.once('dialog', (dialog) => dialog.accept());
    await page.click(`#corpus-list .corpus-remove[aria-label="Remove ${NAME}"]`);
    await page.waitForFunction(() => document.querySelectorAll('#corpus-list .corpus-item').length === 1);
    await page.waitForFunction((count) => document.getElementById('status').textContent.trim() === `${count} documents loaded`, sample);
    assert.equal(await page.getAttribute('html', 'data-corpus-origin'), 'sample');
  });

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(explorer.problems, []);
  });
});
