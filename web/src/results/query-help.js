// The query syntax, collapsible under the search box: one row per operator
// of docs/QUERY.md with examples in several scripts.

import { element } from './dom.js';

const ROWS = Object.freeze([
  { syntax: 'a b', key: 'syntax.and', examples: ['Almaty water', 'آلماتی آب', 'Алматы су'] },
  { syntax: 'a OR b', key: 'syntax.or', examples: ['Tashkent OR Ташкент', 'تاشکند OR دوشنبه'] },
  { syntax: '-a, NOT a', key: 'syntax.not', examples: ['Afghanistan -railway', 'افغانستان -راه‌آهن', 'Ауғанстан -теміржол'] },
  { syntax: '( … )', key: 'syntax.group', examples: ['(Astana OR Астана) summit', '(الماتي OR آلماتی) الأمم'] },
  { syntax: '"a b", «a b»', key: 'syntax.phrase', examples: ['"Central Asia"', '«آسیای مرکزی»', '"Орталық Азия"'] },
  { syntax: 'pre*', key: 'syntax.prefix', examples: ['Kazakh*', 'همکار*', 'Алма*'] },
  { syntax: 'a NEAR/n b', key: 'syntax.near', examples: ['water NEAR/5 Aral', '"Syr Darya" NEAR/10 water'] },
  { syntax: 'lang:xx', key: 'syntax.lang', examples: ['lang:kk Тоқаев', 'lang:fa'] },
  { syntax: 'source:"x y"', key: 'syntax.source', examples: ['source:"Qalam sample desk"'] },
  { syntax: 'date:…', key: 'syntax.date', examples: ['date:2024-01..2024-12 summit', 'date:>=2025'] },
  { syntax: 'title:a', key: 'syntax.title', examples: ['title:Tokayev', 'title:«سازمان ملل»'] },
  { syntax: 'person:x, org:x, place:x', key: 'syntax.entity', examples: ['person:Tokayev', 'person:"قاسم جومارت توکایف"', 'org:ООН', 'place:Алматы'] },
]);

// `use(example)` runs an example as the query.
export function renderQueryHelp(container, { i18n, use }) {
  const table = element('table', { className: 'syntax-table' });
  const head = element('thead');
  const headRow = element('tr');
  for (const key of ['syntax.colSyntax', 'syntax.colMeaning', 'syntax.colExamples']) {
    headRow.append(element('th', { text: i18n.t(key), attrs: { scope: 'col' } }));
  }
  head.append(headRow);
  const body = element('tbody');
  for (const row of ROWS) {
    const tr = element('tr');
    tr.append(element('td', {}), element('td', { text: i18n.t(row.key) }), element('td', {}));
    tr.firstChild.append(element('code', { text: row.syntax, dir: 'ltr' }));
    const examples = element('ul', { className: 'syntax-examples' });
    for (const example of row.examples) {
      const item = element('li');
      const link = element('button', { className: 'syntax-example', dir: 'auto' });
      link.type = 'button';
      link.append(element('code', { text: example }));
      link.setAttribute('aria-label', i18n.t('syntax.try', { example }));
      link.addEventListener('click', () => use(example));
      item.append(link);
      examples.append(item);
    }
    tr.lastChild.append(examples);
    body.append(tr);
  }
  table.append(head, body);
  container.replaceChildren(element('p', { className: 'syntax-intro', text: i18n.t('syntax.intro') }), table);
}
