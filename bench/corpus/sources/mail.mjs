// Just enough of RFC 5322 and MIME to turn a stored e-mail into a readable
// document: headers unfolded, encoded words in the subject decoded, the
// text parts of a multipart body kept (plain text preferred over HTML),
// quoted-printable and base64 undone, attachments dropped.

import { markupToText } from '../text.mjs';

function decodeBytes(bytes, charset) {
  const label = (charset || 'utf-8').toLowerCase().replace(/^(us-)?ascii$/, 'utf-8');
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes); // unknown label
  }
}

// The messages were stored as text, so characters above 0x7F in a
// quoted-printable body are already decoded: they are kept as UTF-8 bytes
// beside the =XX bytes, which decode by the part's charset.
function quotedPrintable(s) {
  const softBreaksGone = s.replace(/=\r?\n/g, '');
  const bytes = [];
  for (let i = 0; i < softBreaksGone.length; i++) {
    const hex = softBreaksGone.slice(i + 1, i + 3);
    if (softBreaksGone[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      const code = softBreaksGone.charCodeAt(i);
      if (code < 0x80) bytes.push(code);
      else bytes.push(...Buffer.from(softBreaksGone[i], 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

// "=?koi8-r?B?...?=" words in a header.
export function decodeEncodedWords(value) {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (whole, charset, encoding, data) => {
      const bytes =
        encoding.toUpperCase() === 'B'
          ? Buffer.from(data, 'base64')
          : quotedPrintable(data.replace(/_/g, ' '));
      return decodeBytes(bytes, charset);
    });
}

export function splitMessage(raw) {
  const normalized = raw.replace(/\r\n?/g, '\n');
  const end = normalized.indexOf('\n\n');
  const head = end >= 0 ? normalized.slice(0, end) : normalized;
  const body = end >= 0 ? normalized.slice(end + 2) : '';
  const headers = new Map();
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function parameter(headerValue, name) {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(headerValue ?? '');
  return match ? (match[1] ?? match[2]) : '';
}

// Text parts of one MIME entity, each as { type, text }.
function textParts(headers, body, depth) {
  const contentType = (headers.get('content-type') ?? 'text/plain').toLowerCase();
  const type = contentType.split(';')[0].trim();
  if (type.startsWith('multipart/') && depth < 8) {
    const boundary = parameter(headers.get('content-type'), 'boundary');
    if (!boundary) return [{ type: 'text/plain', text: body }];
    const parts = body.split(`--${boundary}`).slice(1);
    const out = [];
    for (const part of parts) {
      if (part.startsWith('--')) break; // closing delimiter
      const inner = splitMessage(part.replace(/^[ \t]*\n/, ''));
      out.push(...textParts(inner.headers, inner.body, depth + 1));
    }
    return out;
  }
  if (!type.startsWith('text/') || /attachment/i.test(headers.get('content-disposition') ?? '')) return [];
  const transfer = (headers.get('content-transfer-encoding') ?? '').toLowerCase().trim();
  const charset = parameter(headers.get('content-type'), 'charset');
  let text = body;
  if (transfer === 'base64') text = decodeBytes(Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'), charset);
  else if (transfer === 'quoted-printable') text = decodeBytes(quotedPrintable(body), charset);
  // Much spam is HTML sent as text/plain or with no type at all.
  const html = type === 'text/html' || /<(html|body)\b/i.test(text);
  return [{ type, text: html ? markupToText(text) : text }];
}

// { subject, date (ISO day or ''), text } of one raw message.
export function readMessage(raw) {
  const { headers, body } = splitMessage(raw);
  const parts = textParts(headers, body, 0);
  const plain = parts.filter((p) => p.type === 'text/plain');
  const chosen = plain.length ? plain : parts;
  const when = new Date(headers.get('date') ?? '');
  const year = when.getUTCFullYear();
  return {
    subject: decodeEncodedWords(headers.get('subject') ?? ''),
    date: Number.isNaN(year) || year < 1980 || year > 2030 ? '' : when.toISOString().slice(0, 10),
    text: chosen.map((p) => p.text).join('\n\n'),
  };
}
