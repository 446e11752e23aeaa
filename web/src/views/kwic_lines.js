// Concordance lines for display: each line's direction, and the sort keys the
// core understands (docs/QUERY.md, Concordance).

export const SORT_KEYS = Object.freeze(['doc', '1L', '2L', '3L', '1R', '2R', '3R']);
export const CONTEXT_SIZES = Object.freeze([3, 5, 8, 10, 15]);

const RTL_LANGUAGES = new Set(['fa', 'ar']);

// The core says whether the line's document is right-to-left; a line without
// that falls back on its document's language.
export function lineDirection(line, lang = '') {
  if (line.direction === 'rtl' || line.direction === 'ltr') return line.direction;
  return RTL_LANGUAGES.has(lang) ? 'rtl' : 'ltr';
}

// The three parts of a line in reading order (before, match, after). Each is
// shown in its own isolate with the line's direction, so digits and Latin
// names inside a Persian context keep their place, and the DOM order
// before-match-after lays out right to left in an rtl line.
export function lineParts(line) {
  const dir = lineDirection(line);
  return [
    { part: 'left', text: line.left ?? '', dir },
    { part: 'match', text: line.match ?? '', dir },
    { part: 'right', text: line.right ?? '', dir },
  ];
}

export const KWIC_EXPORT_COLUMNS = Object.freeze([
  { key: 'doc', label: 'doc' },
  { key: 'id', label: 'id' },
  { key: 'direction', label: 'direction' },
  { key: 'left', label: 'before' },
  { key: 'match', label: 'match' },
  { key: 'right', label: 'after' },
]);

export function pageSummary(offset, count, total) {
  if (total === 0 || count === 0) return null;
  return { from: offset + 1, to: offset + count, total };
}
