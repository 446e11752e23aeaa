// A person opens the entities of the corpus: a table of every entity with its
// type, counts and spellings, narrowed by type; a name becomes the results'
// entity filter; an entity's documents per month; the co-occurrence network
// with its table of pairs; the table exported as CSV and JSON — with nothing
// written to the console.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { saveScreenshot, useExplorerPage } from './support.mjs';
import { VIEW_TIMEOUT_MS, downloadText, exportedCell, fragmentParams, openView, parseCsv } from './views-support.mjs';

const rowsOf = (page) => page.$$eval('#entities-table tbody tr', (rows) => rows.map((r) => ({
  id: r.dataset.entityId,
  type: r.dataset.type,
  name: r.querySelector('td:nth-child(3) bdi').textContent,
  mentions: Number(r.cells[3].textContent.replace(/\D/g, '')),
  documents: Number(r.cells[4].textContent.replace(/\D/g, '')),
  surfaces: [...r.querySelectorAll('.entities-surfaces li')].map((li) => li.textContent),
  aliases: [...r.querySelectorAll('.entities-aliases li')].map((li) => li.textContent),
  merged: [...r.querySelectorAll('.entities-merged li')].map((li) => li.textContent),
  active: r.classList.contains('is-active'),
})));

async function waitForTable(page) {
  await page.waitForFunction(() => /^\d+ entities$/.test(document.getElementById('entities-status')?.textContent ?? ''), null, { timeout: VIEW_TIMEOUT_MS });
}

describe('the entities view lists, filters, charts and exports the corpus entities', () => {
  const explorer = useExplorerPage();
  let all;

  test('the table lists the entities with type, counts and spellings', { timeout: 60_000 }, async () => {
    await openView(explorer, 'view=entities', 'entities');
    explorer.ready = true;
    await waitForTable(explorer.page);
    all = await rowsOf(explorer.page);
    assert.equal((await explorer.page.textContent('#entities-status')).trim(), `${all.length} entities`);
    const tokayev = all.find((e) => e.id === 'kz-tokayev');
    assert.equal(tokayev?.type, 'PER');
    assert.equal(tokayev.name, 'Kassym-Jomart Tokayev');
    for (const spelling of ['Тоқаев', 'قاسم جومارت توکایف', 'Kassym-Jomart Tokayev']) assert.ok(tokayev.surfaces.includes(spelling), spelling);
    assert.ok(tokayev.mentions >= tokayev.documents && tokayev.documents > 1);
    for (const type of ['PER', 'ORG', 'GPE', 'LOC', 'DATE']) assert.ok(all.some((e) => e.type === type), `no ${type}`);
  });

  test('the type filter narrows the table to one type', async () => {
    explorer.requireReady();
    await explorer.page.selectOption('#entities-type', 'ORG');
    await explorer.page.waitForFunction(() => [...document.querySelectorAll('#entities-table tbody tr')].every((r) => r.dataset.type === 'ORG'), null, { timeout: VIEW_TIMEOUT_MS });
    const orgs = await rowsOf(explorer.page);
    assert.deepEqual(orgs.map((e) => e.id).sort(), all.filter((e) => e.type === 'ORG').map((e) => e.id).sort());
  });

  test('the table exports as CSV and JSON with the same rows', async () => {
    explorer.requireReady();
    const orgs = await rowsOf(explorer.page);
    const json = JSON.parse((await downloadText(explorer.page, () => explorer.page.click('#entities-export-json'))).text);
    assert.deepEqual(json.map((e) => e.id), orgs.map((e) => e.id));
    // The table shows each entity's names with their languages, and the ids merged into it.
    json.forEach((e, i) => {
      assert.deepEqual(orgs[i].aliases, e.aliases.map((a) => (a.lang ? `${a.text} (${a.lang})` : a.text)));
      assert.deepEqual(orgs[i].merged, e.merged);
    });
    assert.ok(json.some((e) => e.aliases.length > 1), 'no organisation has names in more than one language');
    const csv = await downloadText(explorer.page, () => explorer.page.click('#entities-export-csv'));
    assert.equal(csv.name, 'entities.csv');
    const { rows, allQuoted } = parseCsv(csv.text);
    assert.ok(allQuoted);
    assert.deepEqual(rows[0], ['id', 'type', 'name', 'mentions', 'documents', 'surfaces', 'aliases', 'merged']);
    rows.slice(1).forEach((row, i) => {
      const e = json[i];
      const aliases = e.aliases.map((a) => (a.lang ? `${a.text} (${a.lang})` : a.text)).join(' | ');
      assert.deepEqual(row, [e.id, e.type, e.name, e.mentions, e.documents, e.surfaces.join(' | '), aliases, e.merged.join(' | ')].map(exportedCell));
    });
    await explorer.page.selectOption('#entities-type', '');
    await explorer.page.waitForFunction((n) => document.querySelectorAll('#entities-table tbody tr').length === n, all.length, { timeout: VIEW_TIMEOUT_MS });
  });

  test('a name sets the entity filter, and the results hold its documents', async () => {
    explorer.requireReady();
    const tokayev = all.find((e) => e.id === 'kz-tokayev');
    await explorer.page.click('#entities-table tr[data-entity-id="kz-tokayev"] .entities-filter');
    await explorer.page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('entity'), null, { timeout: VIEW_TIMEOUT_MS });
    assert.equal(fragmentParams(explorer.page).get('entity'), 'person:"kz-tokayev"');
    await explorer.page.waitForSelector('#entities-table tr.is-active[data-entity-id="kz-tokayev"]', { timeout: VIEW_TIMEOUT_MS });
    assert.match(await explorer.page.textContent('#entities-filter-note'), /Kassym-Jomart Tokayev/);
    await explorer.page.click('#tab-results');
    await explorer.page.waitForFunction((n) => document.querySelectorAll('#results li.hit').length === Math.min(n, 20), tokayev.documents, { timeout: VIEW_TIMEOUT_MS });
    await explorer.page.click('#tab-entities');
    await explorer.page.click('#entities-clear-filter');
    await explorer.page.waitForFunction(() => !new URLSearchParams(location.hash.slice(1)).get('entity'), null, { timeout: VIEW_TIMEOUT_MS });
  });

  test('an entity\'s documents per month add up to its document count', async () => {
    explorer.requireReady();
    const tokayev = all.find((e) => e.id === 'kz-tokayev');
    await explorer.page.click('#entities-table tr[data-entity-id="kz-tokayev"] .entities-show-timeline');
    await explorer.page.waitForSelector('#entities-timeline[data-entity-id="kz-tokayev"] #entities-timeline-chart', { timeout: VIEW_TIMEOUT_MS });
    const perMonth = await explorer.page.$$eval('#entities-timeline-table tbody tr', (rows) => rows.map((r) => Number(r.cells[1].textContent)));
    assert.equal(perMonth.reduce((a, b) => a + b, 0), tokayev.documents);
  });

  test('the co-occurrence network draws the pairs its table lists', async () => {
    explorer.requireReady();
    const pairs = await explorer.page.$$eval('#entities-pairs tbody tr', (rows) => rows.map((r) => ({ a: r.dataset.a, b: r.dataset.b, n: Number(r.cells[2].textContent) })));
    assert.ok(pairs.length >= 3, `${pairs.length} pairs`);
    for (let i = 1; i < pairs.length; i++) assert.ok(pairs[i - 1].n >= pairs[i].n, 'pairs by shared documents');
    const edges = await explorer.page.$$eval('#entities-network line.entities-network-edge', (lines) => lines.map((l) => `${l.dataset.a}|${l.dataset.b}`));
    const listed = new Set(pairs.map((p) => `${p.a}|${p.b}`));
    assert.ok(edges.length > 0 && edges.every((e) => listed.has(e)));
    const nodes = await explorer.page.$$eval('#entities-network .entities-network-node', (n) => n.map((x) => ({ id: x.dataset.entityId, label: x.querySelector('text').textContent })));
    const ids = new Set(nodes.map((n) => n.id));
    for (const p of pairs) assert.ok(ids.has(p.a) && ids.has(p.b));
    const names = new Map(all.map((e) => [e.id, e.name]));
    for (const n of nodes) assert.equal(n.label, names.get(n.id) ?? n.id);
    assert.equal(await explorer.page.getAttribute('#entities-network', 'role'), 'img');
    // The force layout keeps every node inside the drawing and apart from the others.
    const centres = await explorer.page.$$eval('#entities-network .entities-network-node circle', (circles) => circles.map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]));
    const size = Number((await explorer.page.getAttribute('#entities-network', 'viewBox')).split(' ')[2]);
    for (const [x, y] of centres) assert.ok(x > 0 && x < size && y > 0 && y < size, `${x},${y} outside the drawing`);
    for (let i = 0; i < centres.length; i++) {
      for (let j = i + 1; j < centres.length; j++) {
        const gap = Math.hypot(centres[i][0] - centres[j][0], centres[i][1] - centres[j][1]);
        assert.ok(gap >= 12, `nodes ${i} and ${j} overlap (${gap.toFixed(1)} px apart)`);
      }
    }
    await saveScreenshot(explorer.page, 'view-entities.png');
  });

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(explorer.problems, []);
  });
});
