// Text that Debian packages install as documentation: fortune cookie files,
// translated manual pages and GNOME's Mallard help. Each kind is a factory
// over a package name, so another package of the same kind is one more line
// in sources/index.mjs.

import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { debianFiles, debianVersion } from '../inputs.mjs';
import { cleanText, cleanTitle, markupToText, primaryLanguage } from '../text.mjs';

const FORTUNES_PER_DOCUMENT = 10;

// fortune files: cookies separated by lines holding only '%'. Single cookies
// are a line or two, so ten make one document of newsroom-brief size.
export function fortunes(pkg, lang) {
  return {
    name: pkg,
    describe: () => ({ debian: { [pkg]: debianVersion(pkg) } }),
    *documents() {
      for (const path of debianFiles(pkg, '/usr/share/games/fortunes/')) {
        if (path.endsWith('.dat')) continue;
        const cookies = cleanText(readFileSync(path, 'utf8'))
          .split(/^%$/m)
          .map((cookie) => cleanText(cookie))
          .filter(Boolean);
        const name = basename(path).replace(/\.u8$/, '');
        // Collections named by month ("2001.03") were published then.
        const month = /^(\d{4})\.(\d{2})$/.exec(name);
        for (let i = 0; i < cookies.length; i += FORTUNES_PER_DOCUMENT) {
          const group = cookies.slice(i, i + FORTUNES_PER_DOCUMENT);
          yield {
            title: `${name} ${i + 1}–${i + group.length}`,
            text: group.join('\n\n'),
            lang,
            date: month ? `${month[1]}-${month[2]}` : '',
          };
        }
      }
    },
  };
}

const ROFF_GLYPHS = {
  em: '—', en: '–', hy: '-', aq: "'", dq: '"', lq: '“', rq: '”', oq: '‘', cq: '’',
  Fo: '«', Fc: '»', fo: '‹', fc: '›', co: '©', rg: '®', tm: '™', bu: '•', de: '°',
  mu: '×', di: '÷', '+-': '±', '<=': '≤', '>=': '≥', '!=': '≠', '->': '→', '<-': '←',
  ga: '`', ti: '~', ha: '^', rs: '\\', sl: '/', ba: '|', lB: '[', rB: ']', lC: '{', rC: '}',
};

// Crude roff to text: the words a reader sees, without layout. Requests
// that carry text (.SH, .B, .IR, .TP's tag, ...) keep their arguments; other
// request lines and comments go; escapes become their glyphs or nothing.
export function roffToText(source) {
  const out = [];
  for (const rawLine of source.split('\n')) {
    let line = rawLine.replace(/\\".*$/, '');
    if (/^[.']\s*$/.test(line)) continue;
    const request = /^[.']\s*([A-Za-z]{1,3})\b\s*(.*)$/.exec(line);
    if (request) {
      if (!/^(SH|SS|B|I|BI|IB|BR|RB|IR|RI|SM|SB|UR|MT|Nm|Nd|Sh|Ss|Ar|Fl|Pa)$/.test(request[1])) continue;
      line = request[2].replace(/"([^"]*)"/g, '$1');
      if (/^(SH|SS|Sh|Ss)$/.test(request[1])) out.push('');
      if (!line.trim()) continue;
    }
    out.push(
      line
        .replace(/\\f(\[[^\]]*\]|\([A-Za-z0-9]{2}|[A-Za-z0-9])/g, '')
        .replace(/\\s[-+]?(\d|\(\d\d|\[\d+\])/g, '')
        .replace(/\\\*?\(([^\s]{2})|\\\*?\[([^\]]+)\]/g, (m, two, long) => ROFF_GLYPHS[two ?? long] ?? '')
        .replace(/\\[&|^c%]/g, '')
        .replace(/\\[-e\\]/g, (m) => (m === '\\-' ? '-' : '\\'))
        .replace(/\\(.)/g, '$1'),
    );
  }
  return cleanText(out.join('\n'));
}

// Manual pages, one document per page. Links between pages (".so") carry no
// text of their own and fall out as empty.
export function manPages(pkg, lang) {
  return {
    name: pkg,
    describe: () => ({ debian: { [pkg]: debianVersion(pkg) } }),
    *documents() {
      for (const path of debianFiles(pkg, '/usr/share/man/')) {
        const raw = path.endsWith('.gz') ? gunzipSync(readFileSync(path)) : readFileSync(path);
        const source = raw.toString('utf8');
        if (/^\.so\s/m.test(source) && source.split('\n').filter((l) => l.trim()).length <= 2) continue;
        const text = roffToText(source);
        if (!text) continue;
        const th = /^\.TH\s+"?([^\s"]+)"?\s+"?([^\s"]+)"?\s*(?:"([^"]*)"|(\S+))?/m.exec(source);
        const page = th ? `${th[1]}(${th[2]})` : basename(path).replace(/\.gz$/, '');
        const date = th ? (th[3] ?? th[4] ?? '') : '';
        // The NAME section's one line ("ls - list directory contents") is
        // the page's headline.
        const nameLine = text.split('\n').find((l, i, all) => i > 0 && all[i - 1] !== '' && /\s[-—–]\s/.test(l));
        yield {
          title: cleanTitle(nameLine ? `${page}: ${nameLine}` : page),
          text,
          lang,
          date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '',
        };
      }
    },
  };
}

// Share of a translated page's text that is still the original's, line by
// line: translations install every page, translated or not.
function untranslatedShare(text, originalLines) {
  if (!originalLines) return 0;
  let same = 0;
  for (const line of text.split('\n')) if (originalLines.has(line)) same += line.length;
  return same / Math.max(1, text.length);
}

// GNOME help in Mallard (.page files), one document per page and language;
// the language is the folder under /usr/share/help ("C" is the English
// original, and its folder sorts first). Pages mostly left in English in a
// translation are skipped, so that `lang` tells the truth. A page's newest
// revision date is its date.
export function mallardHelp(pkg) {
  return {
    name: pkg,
    describe: () => ({ debian: { [pkg]: debianVersion(pkg) } }),
    *documents() {
      const originals = new Map();
      for (const path of debianFiles(pkg, '/usr/share/help/')) {
        if (!path.endsWith('.page')) continue;
        const locale = basename(dirname(dirname(path)));
        const pageKey = `${basename(dirname(path))}/${basename(path)}`;
        const page = readFileSync(path, 'utf8');
        const info = /<info\b[\s\S]*?<\/info>/.exec(page)?.[0] ?? '';
        const body = page.slice(page.indexOf(info) + info.length);
        const title = markupToText(/<title\b[^>]*>([\s\S]*?)<\/title>/.exec(body)?.[1] ?? '');
        const desc = markupToText(/<desc\b[^>]*>([\s\S]*?)<\/desc>/.exec(info)?.[1] ?? '');
        const main = markupToText(body.replace(/<title\b[^>]*>[\s\S]*?<\/title>/, ''));
        const text = cleanText([desc, main].filter(Boolean).join('\n\n'));
        if (!text) continue;
        if (locale === 'C') originals.set(pageKey, new Set(text.split('\n').filter((l) => l.length > 0)));
        else if (untranslatedShare(text, originals.get(pageKey)) > 0.5) continue;
        const dates = [...info.matchAll(/\bdate="(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]).sort();
        yield {
          title: cleanTitle(title || basename(path, '.page')),
          text,
          lang: primaryLanguage(locale),
          date: dates.at(-1) ?? '',
        };
      }
    },
  };
}
