// CSV and JSON exports of the analysis views: every field quoted, quotes
// doubled, and cells a spreadsheet would run as a formula neutralised.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { csvField, neutraliseFormula, toCsv, toJson } from '../../web/src/views/export_format.js';

describe('views: CSV export', () => {
  const fields = [
    // input, expected CSV field
    ['Almaty', '"Almaty"'],
    ['', '""'],
    [null, '""'],
    [42, '"42"'],
    ['say "hi"', '"say ""hi"""'],
    ['a,b', '"a,b"'],
    ['line\nbreak', '"line\nbreak"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+7 701', '"\'+7 701"'],
    ['-2+3', '"\'-2+3"'],
    ['@SUM(A1)', '"\'@SUM(A1)"'],
    ['\t=1', '"\'\t=1"'],
    ['\r=1', '"\'\r=1"'],
    [' =1', '" =1"'],
    ['a=b', '"a=b"'],
    ['آلماتی — قزاقستان', '"آلماتی — قزاقستان"'],
    ['— تیتر', '"— تیتر"'],
  ];
  for (const [input, expected] of fields) {
    test(`field ${JSON.stringify(input)} → ${expected}`, () => {
      assert.equal(csvField(input), expected);
    });
  }

  test('formula neutralising leaves other text alone', () => {
    assert.equal(neutraliseFormula('=1'), "'=1");
    assert.equal(neutraliseFormula('1=1'), '1=1');
  });

  test('a table: byte order mark, header, CRLF rows, arrays joined, function columns', () => {
    const csv = toCsv(
      [{ id: 'kz-tokayev', surfaces: ['Тоқаев', 'توکایف'], n: 3 }, { id: '=cmd', surfaces: [], n: 0 }],
      [{ key: 'id', label: 'id' }, { key: 'surfaces', label: 'surfaces' }, { key: (row) => row.n * 2, label: 'double' }],
    );
    assert.equal(csv, '\uFEFF"id","surfaces","double"\r\n"kz-tokayev","Тоқаев | توکایف","6"\r\n"\'=cmd","","0"\r\n');
  });

  test('JSON keeps the text as it is', () => {
    assert.equal(toJson({ match: '=1', text: 'آلماتی' }), '{\n  "match": "=1",\n  "text": "آلماتی"\n}\n');
  });
});
