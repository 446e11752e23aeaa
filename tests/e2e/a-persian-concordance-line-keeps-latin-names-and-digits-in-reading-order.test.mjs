// In a right-to-left concordance line, a Latin name and Western digits inside
// the Persian context stay where reading order puts them: the words before
// the match stand to its right, the words after it to its left, "(UNDP)"
// keeps its parentheses around it, and "18" and "2020" stay on their own
// side of the month — with nothing written to the console.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { saveScreenshot, useExplorerPage } from './support.mjs';
import { VIEW_TIMEOUT_MS, openView } from './views-support.mjs';

// Screen boxes of substrings inside one part (left, match, right) of the
// first line whose text holds `needle`.
async function boxes(page, needle, part, substrings) {
  return page.evaluate(([n, p, subs]) => {
    const line = [...document.querySelectorAll('#kwic-lines .kwic-line')].find((b) => b.textContent.includes(n));
    if (!line) return null;
    const textNode = line.querySelector(`.kwic-${p} bdi`).firstChild;
    const out = {};
    for (const sub of subs) {
      const at = textNode.data.indexOf(sub);
      if (at < 0) return { missing: sub, text: textNode.data };
      const range = document.createRange();
      range.setStart(textNode, at);
      range.setEnd(textNode, at + sub.length);
      const r = range.getBoundingClientRect();
      out[sub] = { left: r.left, right: r.right };
    }
    const match = line.querySelector('.kwic-match').getBoundingClientRect();
    out.match = { left: match.left, right: match.right };
    out.dir = line.dir;
    return out;
  }, [needle, part, substrings]);
}

async function showConcordance(page, query) {
  await page.locator('#query').fill(query);
  await page.waitForFunction((q) => {
    const view = document.getElementById('kwic-view');
    return view?.dataset.query === q && !view.hasAttribute('aria-busy') && document.querySelector('#kwic-lines .kwic-line');
  }, query, { timeout: VIEW_TIMEOUT_MS });
}

describe('a Persian concordance line keeps Latin names and digits in reading order', () => {
  const explorer = useExplorerPage();

  test('the concordance opens', { timeout: 60_000 }, async () => {
    await openView(explorer, 'view=kwic', 'kwic');
    explorer.ready = true;
  });

  test('"(UNDP)" before the match reads right to left around it', async () => {
    explorer.requireReady();
    await showConcordance(explorer.page, 'یونیسف');
    const b = await boxes(explorer.page, 'UNDP', 'left', ['متحد', '(UNDP)', 'UNDP', ' و']);
    assert.ok(b && !b.missing, `no line with UNDP: ${JSON.stringify(b)}`);
    assert.equal(b.dir, 'rtl');
    // Reading order متحد → (UNDP) → و → match, laid out right to left.
    assert.ok(b['متحد'].left >= b['(UNDP)'].right - 1, `متحد should be right of (UNDP): ${JSON.stringify(b)}`);
    assert.ok(b['(UNDP)'].left >= b[' و'].right - 1, `(UNDP) should be right of و: ${JSON.stringify(b)}`);
    assert.ok(b[' و'].left >= b.match.right - 1, `the words before the match should be right of it: ${JSON.stringify(b)}`);
    // The Latin letters themselves stay left to right, inside the parentheses.
    assert.ok(b.UNDP.left >= b['(UNDP)'].left && b.UNDP.right <= b['(UNDP)'].right);
    const undp = await explorer.page.evaluate(() => {
      const line = [...document.querySelectorAll('#kwic-lines .kwic-line')].find((x) => x.textContent.includes('UNDP'));
      const node = line.querySelector('.kwic-left bdi').firstChild;
      const at = node.data.indexOf('UNDP');
      const rect = (i) => {
        const r = document.createRange();
        r.setStart(node, i);
        r.setEnd(node, i + 1);
        return r.getBoundingClientRect().left;
      };
      return { U: rect(at), P: rect(at + 3) };
    });
    assert.ok(undp.U < undp.P, `U should be left of P: ${JSON.stringify(undp)}`);
    await saveScreenshot(explorer.page, 'view-kwic-mixed-direction.png');
  });

  test('"18" before the month stands to its right, "2020" after it to its left', async () => {
    explorer.requireReady();
    await showConcordance(explorer.page, 'سپتامبر');
    const before = await boxes(explorer.page, 'تهران', 'left', ['تهران', '18']);
    const after = await boxes(explorer.page, 'تهران', 'right', ['2020']);
    assert.ok(before && !before.missing && after && !after.missing, `no line from Tehran: ${JSON.stringify({ before, after })}`);
    assert.ok(before['تهران'].left >= before['18'].right - 1, `تهران should be right of 18: ${JSON.stringify(before)}`);
    assert.ok(before['18'].left >= before.match.right - 1, `18 should be right of the match: ${JSON.stringify(before)}`);
    assert.ok(after['2020'].right <= after.match.left + 1, `2020 should be left of the match: ${JSON.stringify(after)}`);
  });

  test('nothing was written to the console and no request failed', () => {
    assert.deepEqual(explorer.problems, []);
  });
});
