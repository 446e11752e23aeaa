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
});
