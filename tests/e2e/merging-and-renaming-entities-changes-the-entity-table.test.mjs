// A person merges Astana into Almaty, renames the result and splits Astana's
// spellings out again in the entities view: the table shows one entity with
// both entities' mentions (and Astana's id among its merged ids) under its new
// name, then a new entity with the spellings split off and their mentions, and
// the edits in effect are listed; after a reload all of it is still there —
// with nothing written to the console. Needs the module's editEntities binding.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';

import { saveScreenshot, siteDir, useExplorerPage } from './support.mjs';
import { VIEW_TIMEOUT_MS, openView } from './views-support.mjs';

const ALMATY = 'geo-1526384';
const ASTANA = 'geo-1526273';

const row = (page, id) => page.$eval(`#entities-table tr[data-entity-id="${id}"]`, (r) => ({
  name: r.querySelector('td:nth-child(3) bdi').textContent,
  mentions: Number(r.cells[3].textContent.replace(/\D/g, '')),
  surfaces: [...r.querySelectorAll('.entities-surfaces li')].map((li) => li.textContent),
  merged: [...r.querySelectorAll('.entities-merged li')].map((li) => li.textContent),
})).catch(() => null);
const tableIds = (page) => page.$$eval('#entities-table tbody tr', (rows) => rows.map((r) => r.dataset.entityId));

describe('merging and renaming entities changes the entity table', () => {
  const explorer = useExplorerPage();
  let before; // {almaty, astana} rows before the merge

  test('the staged module has the editEntities binding', async () => {
    const wasm = await readFile(path.join(siteDir(), 'wasm/qalam.wasm'));
    assert.ok(wasm.includes('editEntities'), 'editEntities binding missing');
  });

  test('the edit controls are enabled', { timeout: 60_000 }, async () => {
    await openView(explorer, 'view=entities', 'entities');
    await explorer.page.waitForSelector(`#entities-table tr[data-entity-id="${ALMATY}"]`, { timeout: VIEW_TIMEOUT_MS });
    assert.equal(await explorer.page.isDisabled('#entities-merge'), false, 'editEntities binding missing (the merge control is disabled)');
    explorer.ready = true;
  });

  test('merging Astana into Almaty leaves one entity with both entities\' mentions', async () => {
    explorer.requireReady();
    const almaty = await row(explorer.page, ALMATY);
    const astana = await row(explorer.page, ASTANA);
    assert.ok(almaty && astana);
    before = { almaty, astana };
    await explorer.page.check(`#entities-table input[data-entity-id="${ALMATY}"]`);
    await explorer.page.check(`#entities-table input[data-entity-id="${ASTANA}"]`);
    await explorer.page.selectOption('#entities-merge-into', ALMATY);
    await explorer.page.click('#entities-merge');
    await explorer.page.waitForFunction((id) => !document.querySelector(`#entities-table tr[data-entity-id="${id}"]`), ASTANA, { timeout: VIEW_TIMEOUT_MS });
    const merged = await row(explorer.page, ALMATY);
    assert.equal(merged.mentions, almaty.mentions + astana.mentions);
    assert.deepEqual(merged.merged, [ASTANA]);
    for (const spelling of astana.surfaces) assert.ok(merged.surfaces.includes(spelling), spelling);
    assert.match(await explorer.page.textContent('#entities-edit-status'), /Applied 1 edit/);
  });

  test('renaming the merged entity shows its new name', async () => {
    explorer.requireReady();
    await explorer.page.check(`#entities-table input[data-entity-id="${ALMATY}"]`);
    await explorer.page.fill('#entities-rename-name', 'Almaty and Astana');
    await explorer.page.click('#entities-rename');
    await explorer.page.waitForFunction((id) => document.querySelector(`#entities-table tr[data-entity-id="${id}"] td:nth-child(3) bdi`)?.textContent === 'Almaty and Astana', ALMATY, { timeout: VIEW_TIMEOUT_MS });
    const edits = await explorer.page.$$eval('#entities-edits li', (items) => items.map((i) => i.textContent));
    // The log names the entities merged away and the one kept.
    assert.deepEqual(edits, [`merge ${ASTANA} → ${ALMATY}`, `rename ${ALMATY} → Almaty and Astana`]);
    await saveScreenshot(explorer.page, 'view-entities-edited.png');
  });

  test('splitting Astana\'s spellings off makes a new entity with their mentions', async () => {
    explorer.requireReady();
    const ids = new Set(await tableIds(explorer.page));
    await explorer.page.check(`#entities-table input[data-entity-id="${ALMATY}"]`);
    const boxes = await explorer.page.$$eval('#entities-split-surfaces input[type="checkbox"]', (inputs) => inputs.map((i) => ({ id: i.id, value: i.value })));
    const picked = boxes.filter((b) => before.astana.surfaces.includes(b.value) && !before.almaty.surfaces.includes(b.value));
    assert.ok(picked.length > 0, `no Astana spelling to split among ${boxes.map((b) => b.value)}`);
    for (const box of picked) await explorer.page.check(`#${box.id}`);
    await explorer.page.fill('#entities-split-name', 'Astana again');
    await explorer.page.click('#entities-split');
    await explorer.page.waitForFunction((n) => document.querySelectorAll('#entities-table tbody tr').length === n + 1, ids.size, { timeout: VIEW_TIMEOUT_MS });
    const added = (await tableIds(explorer.page)).filter((id) => !ids.has(id));
    assert.equal(added.length, 1);
    const split = await row(explorer.page, added[0]);
    const kept = await row(explorer.page, ALMATY);
    assert.equal(split.name, 'Astana again');
    assert.deepEqual([...split.surfaces].sort(), picked.map((b) => b.value).sort());
    assert.ok(split.mentions > 0);
    assert.equal(kept.mentions + split.mentions, before.almaty.mentions + before.astana.mentions);
    for (const box of picked) assert.ok(!kept.surfaces.includes(box.value), `${box.value} still on Almaty`);
    const edits = await explorer.page.$$eval('#entities-edits li', (items) => items.map((i) => i.textContent));
    assert.equal(edits.length, 3);
    assert.match(edits[2], new RegExp(`^split ${ALMATY}: .* → Astana again$`));
  });

  test('after a reload the edits are still in effect: the edited corpus was stored', { timeout: 60_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    // The edited sample is stored under its file name and listed as open.
    await page.waitForFunction(() => document.querySelector('#corpus-list .corpus-item.is-open .corpus-name')?.textContent === 'sample.jsonl',
      null, { timeout: VIEW_TIMEOUT_MS });
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForSelector('html[data-state="ready"]', { timeout: 30_000 });
    await openView(explorer, 'view=entities', 'entities');
    await page.waitForSelector(`#entities-table tr[data-entity-id="${ALMATY}"]`, { timeout: VIEW_TIMEOUT_MS });
    const kept = await row(page, ALMATY);
    assert.equal(kept.name, 'Almaty and Astana');
    assert.deepEqual(kept.merged, [ASTANA]);
    assert.equal(await row(page, ASTANA), null);
    const edits = await page.$$eval('#entities-edits li', (items) => items.map((i) => i.textContent));
    assert.equal(edits.length, 3);
  });

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(explorer.problems, []);
  });
});
