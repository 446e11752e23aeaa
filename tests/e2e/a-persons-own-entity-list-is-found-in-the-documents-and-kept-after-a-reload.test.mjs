// A person adds their own entity list (JSON) in the entities view: its entity
// is found in the sample corpus at once, a broken list is refused with its
// file and line and changes nothing, and after a reload the entity and the
// list's aliases (for entity filters) are still there — with nothing written
// to the console.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { READY_TIMEOUT_MS, saveScreenshot, useExplorerPage } from './support.mjs';
import { VIEW_TIMEOUT_MS, openView } from './views-support.mjs';

const ID = 'user-middle-corridor';
const LIST = JSON.stringify({
  format: 'qalam-entities',
  version: 1,
  entities: [{
    id: ID,
    type: 'FAC',
    name: 'Middle Corridor',
    aliases: { kk: ['Транскаспий халықаралық көлік бағыты'], en: ['Trans-Caspian International Transport Route', 'Middle Corridor'] },
  }],
});

const rowName = (page) => page.$eval(`#entities-table tr[data-entity-id="${ID}"] td:nth-child(3) bdi`, (n) => n.textContent).catch(() => null);

describe('a person\'s own entity list is found in the documents and kept after a reload', () => {
  const explorer = useExplorerPage();

  test('the list is added and its entity appears in the table', { timeout: 60_000 }, async () => {
    await openView(explorer, 'view=entities', 'entities');
    explorer.ready = true;
    const page = explorer.page;
    assert.equal(await rowName(page), null);
    await page.setInputFiles('#entities-list-file', { name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(LIST) });
    await page.waitForSelector('#entities-list-report .entities-list-added', { timeout: VIEW_TIMEOUT_MS });
    assert.equal((await page.textContent('#entities-list-report')).trim(), 'mine.json: 1 entities added.');
    await page.waitForSelector(`#entities-table tr[data-entity-id="${ID}"]`, { timeout: VIEW_TIMEOUT_MS });
    assert.equal(await rowName(page), 'Middle Corridor');
    await saveScreenshot(page, 'view-entities-own-list.png');
  });

  test('a broken list is refused with its file and line, and the entity stays', { timeout: 30_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await page.setInputFiles('#entities-list-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "qalam-entities",\n"version": 1, "entities": [\n{"id": }]}') });
    await page.waitForSelector('#entities-list-report .entities-list-error', { timeout: VIEW_TIMEOUT_MS });
    assert.match(await page.textContent('#entities-list-report'), /^broken\.json was not added: broken\.json:3: not valid JSON/);
    assert.equal(await rowName(page), 'Middle Corridor');
  });

  test('after a reload the entity is there and the list\'s aliases find it', { timeout: 60_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    // The corpus was stored with the list once the list was added.
    await page.waitForFunction(() => document.querySelector('#corpus-list .corpus-item.is-open .corpus-name')?.textContent === 'sample.jsonl',
      null, { timeout: VIEW_TIMEOUT_MS });
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForSelector('html[data-state="ready"]', { timeout: READY_TIMEOUT_MS });
    await openView(explorer, 'view=entities', 'entities');
    await page.waitForSelector(`#entities-table tr[data-entity-id="${ID}"]`, { timeout: VIEW_TIMEOUT_MS });
    // An alias the documents never use finds the entity: the list is back in the lexicon.
    await openView(explorer, `q=${encodeURIComponent('place:"Middle Corridor"')}`, 'results');
    await page.waitForFunction(() => document.querySelector('#results li.hit') !== null, null, { timeout: VIEW_TIMEOUT_MS });
    assert.ok(await page.locator('#results li.hit').count() >= 1);
  });

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(explorer.problems, []);
  });
});
