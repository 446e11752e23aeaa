// The query the analysis views run for the page state (docs/QUERY.md syntax).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  documentQuery, effectiveQuery, entityClause, entityFilterValue, entityIdOfFilter, periodRange,
} from '../../web/src/views/query.js';

const filters = (partial) => ({ lang: '', source: '', date: '', entity: '', ...partial });

describe('views: query for the page state', () => {
  const rows = [
    // query, filters, known entity types, expected
    ['Almaty', {}, {}, 'Almaty'],
    ['  ', {}, {}, ''],
    ['Almaty OR Tashkent', { lang: 'fa' }, {}, '(Almaty OR Tashkent) lang:fa'],
    ['Almaty', { lang: 'xx' }, {}, 'Almaty'],
    ['Almaty', { source: 'Qalam sample desk' }, {}, '(Almaty) source:"Qalam sample desk"'],
    ['Almaty', { source: 'a"b' }, {}, 'Almaty'],
    ['Almaty', { date: '2024-01..2024-01' }, {}, '(Almaty) date:2024-01..2024-01'],
    ['Almaty', { date: '2024 OR x' }, {}, 'Almaty'],
    ['Almaty', { entity: 'person:"kz-tokayev"' }, {}, '(Almaty) person:"kz-tokayev"'],
    ['Almaty', { entity: 'kz-tokayev' }, { 'kz-tokayev': 'PER' }, '(Almaty) person:kz-tokayev'],
    ['Almaty', { entity: 'un' }, { un: 'ORG' }, '(Almaty) org:un'],
    ['Almaty', { entity: 'iso-KZ' }, { 'iso-KZ': 'GPE' }, '(Almaty) place:iso-KZ'],
    ['Almaty', { entity: 'x' }, {}, '(Almaty) (person:x OR org:x OR place:x)'],
    ['Almaty', { entity: '2018' }, { 2018: 'DATE' }, 'Almaty'],
    ['', { entity: 'person:"kz-tokayev"', lang: 'kk' }, {}, 'lang:kk person:"kz-tokayev"'],
  ];
  for (const [query, f, types, expected] of rows) {
    test(`${JSON.stringify(query)} ${JSON.stringify(f)} → ${expected}`, () => {
      assert.equal(effectiveQuery({ query, filters: filters(f) }, new Map(Object.entries(types))), expected);
    });
  }

  test('entity filter values and ids', () => {
    assert.equal(entityFilterValue('kz-tokayev', 'PER'), 'person:"kz-tokayev"');
    assert.equal(entityFilterValue('geo-1526384', 'GPE'), 'place:"geo-1526384"');
    assert.equal(entityFilterValue('cldr-143', 'LOC'), 'place:"cldr-143"');
    assert.equal(entityFilterValue('2018', 'DATE'), null);
    assert.equal(entityIdOfFilter('person:"kz-tokayev"'), 'kz-tokayev');
    assert.equal(entityIdOfFilter('org:un'), 'un');
    assert.equal(entityIdOfFilter('un'), 'un');
    assert.equal(entityClause('kz tokayev', 'PER'), 'person:"kz tokayev"');
  });

  test('a document\'s query is narrowed to its language, source and date', () => {
    assert.equal(documentQuery('Almaty', { lang: 'fa', source: 'Qalam sample desk', date: '2024-10-02' }),
      '(Almaty) lang:fa source:"Qalam sample desk" date:2024-10-02');
    assert.equal(documentQuery('Almaty', { lang: 'zz', source: '', date: '02/10/2024' }), '(Almaty)');
    assert.equal(periodRange('2024-01'), '2024-01..2024-01');
  });
});
