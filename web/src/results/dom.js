// Building DOM from untrusted text: every node through createElement and
// textContent, never from HTML strings.

export function isLanguageTag(code) {
  return typeof code === 'string' && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(code);
}

export function element(tag, { className, text, dir, lang, attrs } = {}) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  if (dir) node.dir = dir;
  if (lang && isLanguageTag(lang)) node.lang = lang;
  for (const [name, value] of Object.entries(attrs ?? {})) node.setAttribute(name, value);
  return node;
}

export function button(text, { className, label } = {}) {
  const node = element('button', { className, text });
  node.type = 'button';
  if (label) node.setAttribute('aria-label', label);
  return node;
}

// Appends `text` to `parent`, wrapping the [begin, end) UTF-16 ranges of
// `highlights` (flat pairs) in <mark>. Ranges are sorted, clamped and
// de-overlapped so malformed input can never throw or duplicate text.
export function appendHighlighted(parent, text, highlights) {
  const ranges = [];
  for (let i = 0; i + 1 < highlights.length; i += 2) {
    const begin = Math.min(highlights[i], text.length);
    const end = Math.min(highlights[i + 1], text.length);
    if (end > begin) ranges.push([begin, end]);
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let at = 0;
  for (const [begin, end] of ranges) {
    if (end <= at) continue;
    const start = Math.max(begin, at);
    if (start > at) parent.append(document.createTextNode(text.slice(at, start)));
    parent.append(element('mark', { text: text.slice(start, end) }));
    at = end;
  }
  if (at < text.length) parent.append(document.createTextNode(text.slice(at)));
}
