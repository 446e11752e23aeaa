// Timeline counts by month and year, gaps filled with zeros.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { bucketize, periodOf } from '../../web/src/views/timeline_buckets.js';

const show = (rows) => rows.map((r) => `${r.period}:${r.documents}/${r.hits}`).join(' ');

describe('views: timeline buckets', () => {
  const periods = [
    ['2024-08-09', 'month', '2024-08'],
    ['2024-08-09', 'year', '2024'],
    ['2024-08', 'month', '2024-08'],
    ['2024', 'month', null],
    ['2024', 'year', '2024'],
    ['', 'year', null],
    ['09/08/2024', 'month', null],
  ];
  for (const [date, unit, expected] of periods) {
    test(`period of ${JSON.stringify(date)} by ${unit} → ${expected}`, () => assert.equal(periodOf(date, unit), expected));
  }

  const rows = [
    // documents facet, hits, unit, expected
    [[{ value: '2024-05', count: 1 }, { value: '2024-08', count: 2 }], [['2024-05', 3], ['2024-08', 5]], 'month',
      '2024-05:1/3 2024-06:0/0 2024-07:0/0 2024-08:2/5'],
    [[{ value: '2023-12', count: 1 }, { value: '2024-02', count: 1 }], [], 'month', '2023-12:1/0 2024-01:0/0 2024-02:1/0'],
    [[{ value: '2021', count: 1 }, { value: '2024', count: 4 }], [['2024', 9]], 'year', '2021:1/0 2022:0/0 2023:0/0 2024:4/9'],
    [[], [], 'year', ''],
    [[{ value: '2024-01', count: 2 }], [['2024-03', 1]], 'month', '2024-01:2/0 2024-02:0/0 2024-03:0/1'],
    [[{ value: '1900-01', count: 1 }, { value: '2024-01', count: 1 }], [], 'month', '1900-01:1/0 2024-01:1/0'],
  ];
  for (const [documents, hits, unit, expected] of rows) {
    test(`${unit}: ${expected || '(nothing)'}`, () => assert.equal(show(bucketize(documents, new Map(hits), unit)), expected));
  }
});
