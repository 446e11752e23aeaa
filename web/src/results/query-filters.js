// The query sent for the view state: the words typed, then one field clause
// per active filter (docs/QUERY.md): lang:fa, source:"…", date:2024-08 or a
// range, and the entity filter as the facet gave it (person:"kz-tokayev").

function quoted(value) {
  return `"${String(value).replace(/["«»]/g, ' ').trim()}"`;
}

const LANG = /^[a-z]{2,8}$/;
const DATE = /^[0-9.<>=-]+$/;
const ENTITY = /^(person|org|place):("[^"]+"|[^\s"]+)$/;

export function filterClauses(filters) {
  const clauses = [];
  if (filters.lang && LANG.test(filters.lang)) clauses.push(`lang:${filters.lang}`);
  if (filters.source) clauses.push(`source:${quoted(filters.source)}`);
  if (filters.date && DATE.test(filters.date)) clauses.push(`date:${filters.date}`);
  if (filters.entity && ENTITY.test(filters.entity)) clauses.push(filters.entity);
  return clauses;
}

export function hasFilters(filters) {
  return filterClauses(filters).length > 0;
}

// {text, wordsAt}: the query to send ('' when there is nothing to search
// for) and where the typed words start in it (to map error positions back).
export function composeQuery(query, filters) {
  const words = query.trim();
  const clauses = filterClauses(filters);
  if (!words) return { text: clauses.join(' '), wordsAt: -1 };
  // Parenthesised so that an OR in the words cannot swallow the filters.
  if (clauses.length) return { text: `(${words}) ${clauses.join(' ')}`, wordsAt: 1 };
  return { text: words, wordsAt: 0 };
}
