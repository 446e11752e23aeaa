// The query the analysis views run for the page's state: the typed query plus
// the filters as query syntax (docs/QUERY.md). An entity filter needs the
// entity's kind (person:, org:, place:); when it is not known, all three are
// tried, and only the one of its type can match.

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);
const FILTER_LANGUAGES = new Set(['fa', 'ar', 'kk', 'ru', 'tg', 'en', 'other']);

export function entityFilterPrefix(type) {
  if (type === 'PER') return 'person';
  if (type === 'ORG') return 'org';
  if (PLACE_TYPES.has(type)) return 'place';
  return null; // dates, sums and percentages are no filter
}

// A filter value as one word or a quoted phrase; null when it cannot be
// written (a double quote inside).
export function quoteValue(value) {
  const text = String(value).trim();
  if (!text || text.includes('"')) return null;
  return /[\s()«»]/.test(text) || /^(AND|OR|NOT)$/.test(text) ? `"${text}"` : text;
}

export function entityClause(id, type) {
  const value = quoteValue(id);
  if (!value) return '';
  const prefix = entityFilterPrefix(type);
  if (prefix) return `${prefix}:${value}`;
  if (type) return '';
  return `(person:${value} OR org:${value} OR place:${value})`;
}

// The value of state.filters.entity for an entity: the clause the results
// shell sends (person:"kz-tokayev"), so every view filters alike.
export function entityFilterValue(id, type) {
  const prefix = entityFilterPrefix(type);
  if (!prefix || String(id).includes('"')) return null;
  return `${prefix}:"${id}"`;
}

// The entity id of a filter value: person:"id", person:id or a bare id.
export function entityIdOfFilter(value) {
  const match = /^(?:person|org|place):(?:"([^"]+)"|(\S+))$/.exec(String(value ?? '').trim());
  if (match) return match[1] ?? match[2];
  return String(value ?? '').trim();
}

// state: {query, filters: {lang, source, date, entity}}; entityTypes: Map id -> type.
export function effectiveQuery(state, entityTypes = new Map()) {
  const parts = [];
  const query = String(state.query ?? '').trim();
  const { lang = '', source = '', date = '', entity = '' } = state.filters ?? {};
  if (lang && FILTER_LANGUAGES.has(lang)) parts.push(`lang:${lang}`);
  if (source) {
    const value = quoteValue(source);
    if (value) parts.push(`source:${value}`);
  }
  if (date && /^[0-9.<>=-]+$/.test(date)) parts.push(`date:${date}`);
  if (/^(?:person|org|place):"[^"]+"$/.test(entity)) {
    parts.push(entity);
  } else if (entity) {
    const clause = entityClause(entity, entityTypes.get(entity));
    if (clause) parts.push(clause);
  }
  if (!query) return parts.join(' ');
  if (parts.length === 0) return query;
  return [`(${query})`, ...parts].join(' ');
}

// The query narrowed to one document's language, source and date, so the
// concordance of a single document reads as few other documents as possible.
export function documentQuery(query, record) {
  const parts = [`(${query})`];
  if (FILTER_LANGUAGES.has(record.lang)) parts.push(`lang:${record.lang}`);
  const source = record.source ? quoteValue(record.source) : null;
  if (source) parts.push(`source:${source}`);
  if (/^\d{4}-\d{2}-\d{2}$/.test(record.date ?? '')) parts.push(`date:${record.date}`);
  return parts.join(' ');
}

// date filter for one month ("2024-01") or year ("2024"): "2024-01..2024-01".
export function periodRange(period) {
  return `${period}..${period}`;
}

// Entity types the views have seen, so a filter set by id can say which
// kind it is (person:, org:, place:) without asking the worker again.
export const knownEntityTypes = new Map();

export function rememberEntityTypes(entities) {
  for (const entity of entities) if (entity?.id && entity.type) knownEntityTypes.set(entity.id, entity.type);
}
