// The analysis views' labels exist in English and Persian alike.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { STRING_KEYS, hasString, text } from '../../web/src/views/strings.js';

describe('views: labels', () => {
  test('every English label has a Persian one', () => {
    const missing = STRING_KEYS.filter((key) => !hasString('fa', key));
    assert.deepEqual(missing, []);
  });

  test('placeholders are filled, unknown languages fall back to English', () => {
    assert.equal(text('en', 'kwic.summary', { from: 1, to: 50, total: 160 }), 'Lines 1–50 of 160');
    assert.equal(text('fa', 'document.matchCount', { current: 2, total: 3 }), 'مورد 2 از 3');
    assert.equal(text('de', 'kwic.tab'), 'Concordance');
  });

  test('counted labels take the plural form of the number, not of its digits', () => {
    const rows = [
      ['en', 'document.mentions', { count: '1', n: 1 }, '1 mention'],
      ['en', 'document.mentions', { count: '2', n: 2 }, '2 mentions'],
      ['en', 'document.mentions', { count: '0', n: 0 }, '0 mentions'],
      ['en', 'entities.count', { count: '1,204', n: 1204 }, '1,204 entities'],
      ['en', 'entities.count', { count: '1', n: 1 }, '1 entity'],
      ['de', 'entities.count', { count: '1', n: 1 }, '1 entity'],  // English, with English rules
      ['fa', 'document.mentions', { count: '۱', n: 1 }, '۱ بار'],
      ['en', 'document.mentions', { count: '3' }, '3 mentions'],  // no number: the other form
    ];
    for (const [ui, key, vars, expected] of rows) assert.equal(text(ui, key, vars), expected, `${ui} ${key} ${vars.n}`);
  });
});
