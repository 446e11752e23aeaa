// axe-core checks the explorer as a person uses it: the results with their
// counts and pages, the query syntax help, the corpus list and import
// controls, the page in Persian, and every view beside the results. No
// serious or critical violation may be found; every control is reached
// with the keyboard and shows a visible focus — with nothing written to the
// console.
//
// axe is evaluated through the DevTools protocol (page.evaluate), which the
// page's Content-Security-Policy does not govern, so the policy stays on.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';

import { openCorporaSection, openExplorer, saveScreenshot, searchFor, useExplorerPage } from './support.mjs';

const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function seriousViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
}

describe('the main views have no serious accessibility violations', () => {
  const explorer = useExplorerPage();

  test('the results, their counts and pages, and the query syntax help', { timeout: 60_000 }, async () => {
    const page = explorer.page;
    await openExplorer(page, explorer.server.url);
    explorer.ready = true;
    await searchFor(page, 'Almaty');
    await page.click('#query-syntax > summary');
    assert.deepEqual(await seriousViolations(page), []);
  });

  test('the corpus list and the import controls', { timeout: 30_000 }, async () => {
    explorer.requireReady();
    await openCorporaSection(explorer.page);
    assert.deepEqual(await seriousViolations(explorer.page), []);
  });

  test('the page in Persian', { timeout: 30_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await page.click('#ui-language');
    await page.waitForSelector('html[dir="rtl"]');
    assert.deepEqual(await seriousViolations(page), []);
    await page.click('#ui-language');
  });

  test('every view beside the results', { timeout: 60_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    const views = await page.$$eval('[role="tab"]', (tabs) => tabs.map((tab) => tab.dataset.view).filter((id) => id !== 'results'));
    for (const view of views) {
      await page.click(`[role="tab"][data-view="${view}"]`);
      await page.waitForTimeout(300);
      assert.deepEqual(await seriousViolations(page), [], `view ${view}`);
    }
    await page.click('[role="tab"][data-view="results"]');
  });

  test('the controls are reached with Tab and show where the focus is', { timeout: 60_000 }, async () => {
    explorer.requireReady();
    const page = explorer.page;
    await page.focus('#query');
    const reached = new Set();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const node = document.activeElement;
        if (!node || node === document.body) return null;
        const style = getComputedStyle(node);
        return {
          key: node.id || node.className || node.tagName,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          name: node.getAttribute('aria-label') || node.labels?.[0]?.textContent || node.textContent,
        };
      });
      if (!focus) continue;
      assert.ok(focus.outline, `no visible focus on ${focus.key}`);
      assert.ok(focus.name && focus.name.trim(), `no accessible name on ${focus.key}`);
      reached.add(focus.key);
    }
    for (const id of ['search-button', 'cross-script', 'ui-language', 'import-name', 'import-files', 'tab-results']) {
      assert.ok(reached.has(id), `${id} was not reached with Tab: ${[...reached].join(' ')}`);
    }
    assert.ok([...reached].some((key) => String(key).includes('facet-button')), 'no facet reached with Tab');
    assert.ok([...reached].some((key) => String(key).includes('hit-link')), 'no hit reached with Tab');
    await saveScreenshot(page, 'keyboard-focus.png');
  });

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(explorer.problems, []);
  });
});
