// Highlighting a document: matches found from concordance lines, and the
// runs that matches and entity mentions cut the text into.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { locateMatches, segmentText } from '../../web/src/views/text_segments.js';

const render = ({ runs }) => runs.map((r) => {
  let text = r.text;
  if (r.match !== null) text = `[${text}]`;
  if (r.mention !== null) text = `${r.mentionStart ? '<' : ''}${text}${r.mentionEnd ? '>' : ''}`;
  return text;
}).join('');

describe('views: locating concordance matches in a text', () => {
  test('repeated words are found in order, each once', () => {
    const text = 'Almaty and Almaty, then Almaty.';
    const lines = [
      { left: '', match: 'Almaty', right: ' and Almaty' },
      { left: 'Almaty and ', match: 'Almaty', right: ', then Almaty' },
      { left: 'and Almaty, then ', match: 'Almaty', right: '.' },
    ];
    assert.deepEqual(locateMatches(text, lines), [{ begin: 0, end: 6 }, { begin: 11, end: 17 }, { begin: 24, end: 30 }]);
  });

  test('the same slice twice: the second line takes the second place', () => {
    const text = 'ab x ab x';
    const lines = [{ left: '', match: 'ab', right: ' x' }, { left: '', match: 'ab', right: ' x' }];
    assert.deepEqual(locateMatches(text, lines), [{ begin: 0, end: 2 }, { begin: 5, end: 7 }]);
  });

  test('UTF-16 indices past astral characters', () => {
    const text = '🌊 water 🌊 water';
    const lines = [{ left: '🌊 ', match: 'water', right: ' 🌊' }, { left: 'water 🌊 ', match: 'water', right: '' }];
    assert.deepEqual(locateMatches(text, lines), [{ begin: 3, end: 8 }, { begin: 12, end: 17 }]);
  });

  test('lines with offsets of their own are taken as they are', () => {
    assert.deepEqual(locateMatches('xyz', [{ begin: 1, end: 2, left: '', match: 'q', right: '' }]), [{ begin: 1, end: 2 }]);
  });

  test('a line not in the text is skipped', () => {
    assert.deepEqual(locateMatches('abc', [{ left: '', match: 'zz', right: '' }]), []);
  });
});

describe('views: cutting a text into highlighted runs', () => {
  const rows = [
    // text, matches, mentions, expected rendering ([match], <mention>)
    ['in Almaty today', [[3, 9]], [], 'in [Almaty] today'],
    ['in Almaty today', [], [[3, 9]], 'in <Almaty> today'],
    ['in Almaty today', [[3, 9]], [[3, 9]], 'in <[Almaty]> today'],
    ['President Tokayev said', [[10, 17]], [[0, 17]], '<President [Tokayev]> said'],
    ['ab cd', [[1, 4]], [[0, 2]], '<a[b]>[ c]d'],
    ['abc', [[0, 2], [1, 3]], [], '[ab]c'],
    ['abc', [[5, 9]], [], 'abc'],
    ['', [], [], ''],
  ];
  for (const [text, matches, mentions, expected] of rows) {
    test(`${JSON.stringify(text)} ${JSON.stringify(matches)} ${JSON.stringify(mentions)} → ${expected}`, () => {
      const toRanges = (list) => list.map(([begin, end]) => ({ begin, end }));
      const result = segmentText(text, toRanges(matches), toRanges(mentions));
      assert.equal(render(result), expected);
      assert.equal(result.runs.map((r) => r.text).join(''), text, 'the runs are the whole text, once');
    });
  }
});
