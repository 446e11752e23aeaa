// The tables the build prints (and docs/BENCHMARKS.md shows): documents and
// megabytes of text (UTF-8 bytes of title + text, 1 MB = 10^6 bytes) per
// language and per source, with totals. Languages with little text are
// summed in one row, except the languages the explorer is built for.

import { PROJECT_LANGUAGES } from './slice.mjs';

const OWN_ROW_BYTES = 1_000_000;
const OWN_ROW_DOCUMENTS = 1_000;

const mb = (bytes) => (bytes / 1e6).toFixed(2);
const count = (n) => n.toLocaleString('en-US');

function table(header, rows) {
  const cells = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => String(r[c]).length)));
  const line = (r) => `| ${r.map((v, c) => (c === 0 ? String(v).padEnd(widths[c]) : String(v).padStart(widths[c]))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

function totalsOf(entries) {
  return entries.reduce((t, [, v]) => ({ documents: t.documents + v.documents, bytes: t.bytes + v.bytes }), {
    documents: 0,
    bytes: 0,
  });
}

export function languageTable(perLanguage) {
  const entries = Object.entries(perLanguage).sort((a, b) => b[1].bytes - a[1].bytes || (a[0] < b[0] ? -1 : 1));
  const own = entries.filter(
    ([lang, t]) => PROJECT_LANGUAGES.has(lang) || t.bytes >= OWN_ROW_BYTES || t.documents >= OWN_ROW_DOCUMENTS,
  );
  const rest = entries.filter((e) => !own.includes(e));
  const rows = own.map(([lang, t]) => [lang, count(t.documents), mb(t.bytes)]);
  if (rest.length) {
    const t = totalsOf(rest);
    rows.push([`${rest.length} other languages`, count(t.documents), mb(t.bytes)]);
  }
  const all = totalsOf(entries);
  rows.push([`total (${entries.length} languages)`, count(all.documents), mb(all.bytes)]);
  return table(['language', 'documents', 'MB'], rows);
}

export function sourceTable(perSource) {
  const entries = Object.entries(perSource);
  const rows = entries.map(([name, s]) => [
    name,
    s.status === 'ok' ? count(s.documents) : 'failed',
    s.status === 'ok' ? mb(s.bytes) : '',
    s.status === 'ok' ? String(s.languages) : '',
    s.status === 'ok' ? s.seconds.toFixed(1) : '',
  ]);
  const ok = entries.filter(([, s]) => s.status === 'ok');
  const all = totalsOf(ok);
  rows.push(['total', count(all.documents), mb(all.bytes), '', ok.reduce((t, [, s]) => t + s.seconds, 0).toFixed(1)]);
  return table(['source', 'documents', 'MB', 'languages', 'seconds'], rows);
}

export function failures(perSource) {
  return Object.entries(perSource)
    .filter(([, s]) => s.status !== 'ok')
    .map(([name, s]) => `${name}: ${s.error}`);
}
