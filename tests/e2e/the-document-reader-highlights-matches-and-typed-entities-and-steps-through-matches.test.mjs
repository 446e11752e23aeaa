// A person opens a Persian document from a shared link: its title and
// metadata, every occurrence of the query marked, entity mentions underlined
// with a visible type label and a legend, previous/next match with buttons
// and with the n and p keys, and the document's entities, one of which
// becomes the results' entity filter — with nothing written to the console.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { saveScreenshot, useExplorerPage } from './support.mjs';
import { VIEW_TIMEOUT_MS, fragmentParams, openView, sampleDocuments } from './views-support.mjs';

const QUERY = 'Almaty';
const DOC_ID = 'fa-005';
const WORD = 'آلماتی';

const status = (page) => page.textContent('#document-match-status').then((t) => t.trim());

describe('the document reader highlights matches and typed entities and steps through matches', () => {
  const explorer = useExplorerPage();
  let record;

  test('the document opens from the link with its title and metadata', { timeout: 60_000 }, async () => {
    record = (await sampleDocuments()).find((d) => d.id === DOC_ID);
    assert.ok(record, `${DOC_ID} is in the sample`);
    await openView(explorer, `q=${QUERY}&view=document&doc=${record.doc}`, 'document');
    explorer.ready = true;
    await explorer.page.waitForSelector(`#document-view[data-doc="${record.doc}"]:not([aria-busy])`, { timeout: VIEW_TIMEOUT_MS });
    assert.equal((await explorer.page.textContent('#document-title')).replace(/(PER|ORG|GPE|LOC|FAC|EVENT|DATE|MONEY|PERCENT)/g, ''), record.title);
    const meta = await explorer.page.$$eval('.document-meta > div', (rows) => rows.map((r) => `${r.querySelector('dt').textContent}=${r.querySelector('dd').textContent}`));
    assert.deepEqual(meta, [`Id=${record.id}`, `Date=${record.date}`, `Language=${record.lang}`, `Source=${record.source}`]);
    assert.equal(await explorer.page.getAttribute('#document-text', 'dir'), 'rtl');
    assert.equal(await explorer.page.getAttribute('#document-text', 'lang'), 'fa');
    const shownText = await explorer.page.$eval('#document-text', (el) => {
      const copy = el.cloneNode(true);
      for (const label of copy.querySelectorAll('.document-entity-type')) label.remove();
      return copy.textContent;
    });
    assert.equal(shownText, record.text, 'the text is shown whole, once');
  });

  test('every occurrence of the query is marked', async () => {
    explorer.requireReady();
    const marks = await explorer.page.$$eval('#document-text mark.document-match', (m) => m.map((x) => x.textContent));
    const expected = record.text.split(WORD).length - 1;
    assert.ok(expected >= 2);
    assert.deepEqual(marks, Array(expected).fill(WORD));
    assert.equal(await status(explorer.page), `${expected} matches`);
  });

  test('entity mentions carry a visible type label, and the legend names each type', async () => {
    explorer.requireReady();
    const mentions = await explorer.page.$$eval('#document-text .document-entity', (list) => list.map((m) => ({
      id: m.dataset.entityId, type: m.dataset.entityType, label: m.querySelector('.document-entity-type')?.textContent,
      text: [...m.childNodes].filter((n) => !(n.classList?.contains('document-entity-type'))).map((n) => n.textContent).join(''),
    })));
    assert.ok(mentions.length >= 5, `${mentions.length} mentions`);
    for (const m of mentions) assert.equal(m.label, m.type, JSON.stringify(m));
    assert.ok(mentions.some((m) => m.id === 'kz-tokayev' && m.type === 'PER' && m.text === 'قاسم جومارت توکایف'), JSON.stringify(mentions));
    assert.ok(mentions.some((m) => m.type === 'GPE' && m.text === WORD));
    const legend = await explorer.page.$$eval('.document-legend-item', (items) => items.map((i) => i.textContent.trim()));
    const types = [...new Set(mentions.map((m) => m.type))];
    for (const type of types) assert.ok(legend.some((l) => l.startsWith(type)), `${type} missing from the legend ${legend}`);
    // Colour is not the only cue: types differ in underline style or colour, and the label is text.
    const styles = await explorer.page.$$eval('#document-text .document-entity', (list) => Object.fromEntries(list.map((m) => [m.dataset.entityType, getComputedStyle(m).borderBottomStyle])));
    assert.notEqual(styles.PER, styles.GPE);
  });

  test('next and previous match, by button and by the n and p keys', async () => {
    explorer.requireReady();
    const total = await explorer.page.locator('#document-text mark.document-match').count();
    const current = () => explorer.page.$$eval('#document-text mark.document-match', (m) => m.findIndex((x) => x.classList.contains('is-current')));
    await explorer.page.click('#document-next');
    assert.equal(await current(), 0);
    assert.equal(await status(explorer.page), `Match 1 of ${total}`);
    assert.equal(await explorer.page.evaluate(() => document.activeElement?.matches('mark.document-match.is-current')), true);
    await explorer.page.keyboard.press('n');
    assert.equal(await current(), 1);
    assert.equal(await status(explorer.page), `Match 2 of ${total}`);
    await explorer.page.keyboard.press('p');
    await explorer.page.keyboard.press('p');
    assert.equal(await current(), total - 1, 'p from the first match wraps to the last');
    await explorer.page.click('#document-previous');
    assert.equal(await current(), total - 2);
    await saveScreenshot(explorer.page, 'view-document.png');
  });

  test('the keys do nothing while typing in the search box', async () => {
    explorer.requireReady();
    await explorer.page.locator('#query').focus();
    await explorer.page.keyboard.press('End');
    await explorer.page.keyboard.press('n');
    assert.equal(await explorer.page.inputValue('#query'), `${QUERY}n`);
    await explorer.page.keyboard.press('Backspace');
    assert.equal(await explorer.page.inputValue('#query'), QUERY);
    const total = record.text.split(WORD).length - 1;
    await explorer.page.waitForFunction((t) => document.getElementById('document-match-status')?.textContent.trim() === `${t} matches`, total, { timeout: VIEW_TIMEOUT_MS });
  });

  test('the document\'s entities are listed, and one sets the entity filter', async () => {
    explorer.requireReady();
    const listed = await explorer.page.$$eval('.document-entity-list li', (items) => items.map((i) => i.dataset.entityId));
    assert.ok(listed.includes('kz-tokayev') && listed.includes('geo-1526384'), listed.join());
    await explorer.page.click('.document-entity-list li[data-entity-id="kz-tokayev"] button');
    await explorer.page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('entity') !== null, null, { timeout: VIEW_TIMEOUT_MS });
    assert.equal(fragmentParams(explorer.page).get('entity'), 'person:"kz-tokayev"');
  });

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(explorer.problems, []);
  });
});
