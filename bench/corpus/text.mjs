// Text clean-up shared by the corpus sources: every record leaves here as
// well-formed Unicode (so it encodes to valid UTF-8), without control
// characters, with '\n' line ends and at most one blank line in a row.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0/C1 controls except tab and line feed, and the byte-order mark: none of
// them is text, and some (NUL, ESC) break tools that read the corpus.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/g;

export function cleanText(raw) {
  return String(raw)
    .replace(/\r\n?/g, '\n')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(CONTROLS, '')
    .replace(/[ \t\u00A0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// Titles are one line; long ones are cut at a word boundary.
export function cleanTitle(raw, maxChars = 200) {
  const line = cleanText(raw).replace(/\s+/g, ' ');
  if (line.length <= maxChars) return line;
  const cut = line.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return (space > maxChars / 2 ? cut.slice(0, space) : cut) + '…';
}

// BCP 47 tag, POSIX locale or Debian suffix ("pt_BR", "sr@latin", "uz-Cyrl")
// to the primary language subtag the corpus uses; GNOME's "C" is English.
export function primaryLanguage(tag) {
  const primary = String(tag).toLowerCase().split(/[-_@.]/)[0];
  return primary === 'c' ? 'en' : primary;
}

const NAMED_ENTITIES = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', shy: '',
  copy: '©', reg: '®', trade: '™', deg: '°', middot: '·', bull: '•', hellip: '…',
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”',
  bdquo: '„', laquo: '«', raquo: '»', euro: '€', pound: '£', yen: '¥', cent: '¢',
  sect: '§', para: '¶', times: '×', divide: '÷', plusmn: '±', iexcl: '¡', iquest: '¿',
  eacute: 'é', egrave: 'è', ecirc: 'ê', agrave: 'à', aacute: 'á', acirc: 'â', auml: 'ä',
  ouml: 'ö', uuml: 'ü', szlig: 'ß', ccedil: 'ç', ntilde: 'ñ', oacute: 'ó', iacute: 'í',
  uacute: 'ú', zwnj: '\u200C', zwj: '\u200D', lrm: '\u200E', rlm: '\u200F',
};

export function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);/g, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return Object.hasOwn(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name] : whole;
  });
}

// Elements after which a reader sees a new line, in HTML and in Mallard.
const BLOCK_END = new RegExp(
  '</?(p|div|br|li|item|tr|td|th|h[1-6]|title|desc|note|section|steps|list|terms|tree|' +
    'table|screen|code|pre|blockquote|dt|dd|ul|ol|dl|synopsis|example|figure|caption|' +
    'links|comment|quote|subtitle)\\b[^>]*>',
  'gi',
);

// Markup (HTML, Mallard XML) to plain text: invisible parts dropped, a line
// break at block edges, inline tags removed, entities decoded, spaces inside
// a line collapsed.
export function markupToText(markup) {
  const text = markup
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/<(script|style|head|info)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/key>\s*<key\b[^>]*>/g, '+') // Mallard's <keyseq>: Ctrl+Alt+Tab
    .replace(/<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>/gi, ' ')
    .replace(BLOCK_END, '\n')
    .replace(/<[^>]*>/g, '');
  return cleanText(
    decodeEntities(text)
      .split('\n')
      .map((line) => line.replace(/[ \t\u00A0]+/g, ' ').trim())
      .join('\n'),
  );
}

// The first non-empty line as a title, cut at a word boundary: for sources
// whose documents have no headline of their own.
export function firstLineTitle(text, maxChars = 100) {
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  return cleanTitle(firstLine, maxChars);
}
