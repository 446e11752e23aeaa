// Which field of a corpus file each document field is read from, told from
// the file's first record by the rules the core's readers follow: JSON
// records by the exact names id, title, text, lang, date and source; CSV
// headers case-insensitively, with the same aliases (text: body, content;
// title: headline; lang: language; date: published, published_at); a text
// file is one document (title: its first line, text: all of it; reported
// as the markers #first-line, #whole-file and #file-name). A person may map
// a field to another key or column (the core's FieldMapping); the keys a
// file offers for that are listed by fileKeys.

export const DOCUMENT_FIELDS = Object.freeze(['title', 'text', 'date', 'lang', 'source', 'id']);

const CSV_ALIASES = Object.freeze({
  id: ['id'],
  title: ['title', 'headline'],
  text: ['text', 'body', 'content'],
  lang: ['lang', 'language'],
  date: ['date', 'published', 'published_at'],
  source: ['source'],
});

const HEAD_BYTES = 256 * 1024;

function extension(name) {
  const match = /\.([A-Za-z0-9]+)$/.exec(name);
  return match ? match[1].toLowerCase() : '';
}

function firstNonSpace(text) {
  const match = /\S/.exec(text);
  return match ? match[0] : '';
}

// Mirrors the core's detectFormat (corpus_format.hpp).
export function detectFormat(name, head) {
  const ext = extension(name);
  const first = firstNonSpace(head.replace(/^\uFEFF/, ''));
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  if (ext === 'json') return first === '{' ? 'jsonl' : 'json';
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  if (ext === 'txt') return 'text';
  if (first === '{') return 'jsonl';
  if (first === '[') return 'json';
  return 'text';
}

// The first balanced {...} in `text` from `start`, or '' (strings respected).
function firstObject(text, start) {
  let depth = 0;
  let inString = false;
  let begin = -1;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === '{') {
      if (depth++ === 0) begin = i;
    } else if (c === '}' && depth > 0 && --depth === 0) {
      return text.slice(begin, i + 1);
    }
  }
  return '';
}

function jsonFields(objectText) {
  const fields = Object.fromEntries(DOCUMENT_FIELDS.map((field) => [field, '']));
  let record;
  try {
    record = JSON.parse(objectText);
  } catch {
    return null;
  }
  if (!record || typeof record !== 'object' || Array.isArray(record)) return null;
  for (const field of DOCUMENT_FIELDS) if (Object.hasOwn(record, field)) fields[field] = field;
  return fields;
}

function csvHeader(head) {
  const line = head.replace(/^\uFEFF/, '').split(/\r?\n/).find((row) => row.trim() !== '') ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, line.split(d).length]);
  counts.sort((a, b) => b[1] - a[1]);
  return line.split(counts[0][0]).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1').trim());
}

function csvFields(head) {
  const header = csvHeader(head);
  const lower = header.map((cell) => cell.toLowerCase());
  const fields = {};
  for (const field of DOCUMENT_FIELDS) {
    const at = CSV_ALIASES[field].map((alias) => lower.indexOf(alias)).find((index) => index >= 0);
    fields[field] = at === undefined ? '' : header[at];
  }
  return fields;
}

// {format, fields: {title, text, date, lang, source, id}} for a file's bytes.
export function detectFields(name, bytes) {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, HEAD_BYTES));
  const format = detectFormat(name, head);
  let fields = null;
  if (format === 'jsonl') {
    const line = head.replace(/^\uFEFF/, '').split(/\r?\n/).find((row) => row.trim() !== '') ?? '';
    fields = jsonFields(line);
  } else if (format === 'json') {
    const text = head.replace(/^\uFEFF/, '');
    fields = jsonFields(firstObject(text, text.indexOf('[') + 1));
  } else if (format === 'csv') {
    fields = csvFields(head);
  } else {
    fields = { title: '#first-line', text: '#whole-file', date: '', lang: '', source: '', id: '#file-name' };
  }
  return { format, fields: fields ?? Object.fromEntries(DOCUMENT_FIELDS.map((field) => [field, ''])) };
}

// The given mapping reduced to the document fields with a non-empty string
// key: what the worker hands to the module. Anything else is left out.
export function mappedFields(fields) {
  const out = {};
  if (!fields || typeof fields !== 'object') return out;
  for (const field of DOCUMENT_FIELDS) {
    const key = fields[field];
    if (typeof key === 'string' && key !== '') out[field] = key;
  }
  return out;
}

const MAX_LISTED_RECORDS = 50;

// The keys of the JSON objects in `text` from `start` (at most
// MAX_LISTED_RECORDS of them), in order of first appearance.
function objectKeys(objects) {
  const keys = [];
  for (const objectText of objects) {
    let record;
    try {
      record = JSON.parse(objectText);
    } catch {
      continue;
    }
    if (!record || typeof record !== 'object' || Array.isArray(record)) continue;
    for (const key of Object.keys(record)) if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

function arrayObjects(text) {
  const objects = [];
  let at = text.indexOf('[') + 1;
  while (at > 0 && objects.length < MAX_LISTED_RECORDS) {
    const object = firstObject(text, at);
    if (!object) break;
    objects.push(object);
    at = text.indexOf(object, at) + object.length;
  }
  return objects;
}

// {format, keys, fields}: the keys (JSON) or columns (CSV) of a file's first
// records that a field can be read from, and the fields as detected. A text
// file offers none.
export function fileKeys(name, bytes) {
  const detected = detectFields(name, bytes);
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, HEAD_BYTES)).replace(/^\uFEFF/, '');
  let keys = [];
  if (detected.format === 'jsonl') {
    const lines = head.split(/\r?\n/).filter((row) => row.trim() !== '').slice(0, MAX_LISTED_RECORDS);
    keys = objectKeys(lines);
  } else if (detected.format === 'json') {
    keys = objectKeys(arrayObjects(head));
  } else if (detected.format === 'csv') {
    keys = csvHeader(head).filter((cell) => cell !== '');
  }
  return { format: detected.format, keys, fields: detected.fields };
}
