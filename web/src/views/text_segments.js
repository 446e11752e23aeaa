// Highlighting a document: the query's matches and the entity mentions as
// UTF-16 ranges, cut into runs that a view renders one element each.

// Where each concordance line's match stands in `text`: left + match + right
// is a verbatim slice of the text and lines come in text order, so each is
// the first such slice whose match begins after the previous one's.
// Returns [{begin, end}] in UTF-16 indices.
export function locateMatches(text, lines) {
  const ranges = [];
  let searchFrom = 0;
  let previousBegin = -1;
  for (const line of lines) {
    if (Number.isInteger(line.begin) && Number.isInteger(line.end)) {
      ranges.push({ begin: line.begin, end: line.end });
      previousBegin = line.begin;
      continue;
    }
    const slice = `${line.left}${line.match}${line.right}`;
    if (!line.match) continue;
    let at = text.indexOf(slice, searchFrom);
    while (at !== -1 && at + line.left.length <= previousBegin) at = text.indexOf(slice, at + 1);
    if (at === -1) continue;
    const begin = at + line.left.length;
    ranges.push({ begin, end: begin + line.match.length });
    previousBegin = begin;
    searchFrom = at;
  }
  return ranges;
}

function cleanRanges(ranges, length) {
  const out = [];
  for (const range of ranges) {
    const begin = Math.max(0, Math.min(range.begin, length));
    const end = Math.max(0, Math.min(range.end, length));
    if (end > begin) out.push({ ...range, begin, end });
  }
  out.sort((a, b) => a.begin - b.begin || b.end - a.end);
  const kept = [];
  for (const range of out) {
    if (kept.length && range.begin < kept[kept.length - 1].end) continue; // overlaps: keep the first
    kept.push(range);
  }
  return kept;
}

// Cuts `text` into runs: [{text, begin, end, mention: index|null, match:
// index|null, mentionStart, mentionEnd}] where mention and match index into
// the cleaned (sorted, non-overlapping) lists returned beside the runs.
export function segmentText(text, matchRanges, mentionRanges) {
  const matches = cleanRanges(matchRanges, text.length);
  const mentions = cleanRanges(mentionRanges, text.length);
  const cuts = new Set([0, text.length]);
  for (const r of [...matches, ...mentions]) {
    cuts.add(r.begin);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs = [];
  let m = 0;
  let e = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const begin = points[i];
    const end = points[i + 1];
    while (m < matches.length && matches[m].end <= begin) m++;
    while (e < mentions.length && mentions[e].end <= begin) e++;
    const match = m < matches.length && matches[m].begin <= begin ? m : null;
    const mention = e < mentions.length && mentions[e].begin <= begin ? e : null;
    runs.push({
      text: text.slice(begin, end),
      begin,
      end,
      match,
      mention,
      mentionStart: mention !== null && mentions[mention].begin === begin,
      mentionEnd: mention !== null && mentions[mention].end === end,
    });
  }
  return { runs, matches, mentions };
}
