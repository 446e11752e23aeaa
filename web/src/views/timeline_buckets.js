// Counts by month or year for the timeline: the core's facets give documents
// per month and year, its occurrence counts the occurrences per month and
// year (timeline_counts.js). Missing periods between the first and the last are
// filled with zeros so the chart's spacing is the calendar's.

export function periodOf(date, unit) {
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(String(date ?? ''));
  if (!match) return null;
  if (unit === 'year') return match[1];
  return match[2] ? `${match[1]}-${match[2]}` : null;
}

function nextPeriod(period, unit) {
  if (unit === 'year') return String(Number(period) + 1).padStart(4, '0');
  const [year, month] = period.split('-').map(Number);
  return month === 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}`;
}

const MAX_FILLED = 1200; // a hundred years of months

// documents: [{value, count}] (facets), hits: Map period -> count.
// Returns [{period, documents, hits}] sorted by period.
export function bucketize(documents, hits, unit) {
  const counts = new Map();
  for (const { value, count } of documents) {
    const period = periodOf(value, unit);
    if (period) counts.set(period, { documents: (counts.get(period)?.documents ?? 0) + count, hits: 0 });
  }
  for (const [period, count] of hits) {
    const entry = counts.get(period) ?? { documents: 0, hits: 0 };
    entry.hits += count;
    counts.set(period, entry);
  }
  const periods = [...counts.keys()].sort();
  if (periods.length === 0) return [];
  const out = [];
  let period = periods[0];
  const last = periods[periods.length - 1];
  for (let guard = 0; guard < MAX_FILLED; guard++) {
    const entry = counts.get(period) ?? { documents: 0, hits: 0 };
    out.push({ period, ...entry });
    if (period >= last) return out;
    period = nextPeriod(period, unit);
  }
  // Too long a span to fill: only the periods that have counts.
  return periods.map((p) => ({ period: p, ...counts.get(p) }));
}
