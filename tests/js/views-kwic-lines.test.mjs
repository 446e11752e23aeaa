// Concordance lines for display: direction per line and the parts in reading order.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { SORT_KEYS, lineDirection, lineParts, pageSummary } from '../../web/src/views/kwic_lines.js';

describe('views: concordance lines', () => {
  const rows = [
    // line, document language, expected direction
    [{ direction: 'rtl' }, 'en', 'rtl'],
    [{ direction: 'ltr' }, 'fa', 'ltr'],
    [{}, 'fa', 'rtl'],
    [{}, 'ar', 'rtl'],
    [{}, 'kk', 'ltr'],
    [{}, 'tg', 'ltr'],
    [{ direction: 'sideways' }, '', 'ltr'],
  ];
  for (const [line, lang, expected] of rows) {
    test(`${JSON.stringify(line)} in ${lang || 'no language'} → ${expected}`, () => {
      assert.equal(lineDirection(line, lang), expected);
    });
  }

  test('a Persian line with Latin and digits keeps reading order, every part in the line direction', () => {
    const line = { direction: 'rtl', left: 'برنامه عمران ملل متحد (UNDP) و ', match: 'یونیسف', right: ' را هماهنگ کند. 2020' };
    const parts = lineParts(line).map((p) => `${p.part}:${p.dir}:${p.text}`);
    assert.deepEqual(parts, [
      'left:rtl:برنامه عمران ملل متحد (UNDP) و ',
      'match:rtl:یونیسف',
      'right:rtl: را هماهنگ کند. 2020',
    ]);
  });

  test('the sort keys are exactly the core\'s', () => {
    assert.deepEqual([...SORT_KEYS], ['doc', '1L', '2L', '3L', '1R', '2R', '3R']);
  });

  test('page summary', () => {
    assert.deepEqual(pageSummary(50, 16, 66), { from: 51, to: 66, total: 66 });
    assert.equal(pageSummary(0, 0, 0), null);
  });
});
