// Debian's translated package descriptions (the archive's
// main/i18n/Translation-* files): one document per description and language.
//
// They are fetched by `apt-get update` into lists and cache folders of our
// own, with the system's sources but a configuration that enables only the
// Translations index target, so neither the system's package lists nor its
// cache are touched. apt keeps the files compressed (lz4, gz, ...);
// `apt-helper cat-file` reads any of its formats.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileDigest } from '../inputs.mjs';
import { cleanText, cleanTitle, primaryLanguage } from '../text.mjs';

// Every language Debian translates descriptions into, and the corpus's own
// languages (fa, ar, kk, tg, uz: none yet; apt skips what the archive lacks).
const LANGUAGES = [
  'en', 'ru', 'uk', 'kk', 'fa', 'ar', 'tg', 'uz', 'de', 'de_DE', 'fr', 'it', 'da', 'sk', 'pt',
  'pt_BR', 'pt_AO', 'es', 'ca', 'eu', 'gl', 'nl', 'sv', 'nb', 'fi', 'pl', 'cs', 'hu', 'hr',
  'sr', 'ro', 'el', 'tr', 'eo', 'id', 'vi', 'km', 'ml', 'ja', 'ko', 'zh', 'zh_CN', 'zh_TW',
];

const APT_HELPER = '/usr/lib/apt/apt-helper';

function aptConfig(listsDir, cacheDir) {
  const quoted = LANGUAGES.map((l) => `"${l}";`).join(' ');
  return [
    '// Written by bench/corpus/build-corpus.mjs: fetch only translated',
    '// descriptions, into folders of our own.',
    '#clear Acquire::Languages;',
    `Acquire::Languages { ${quoted} };`,
    'Acquire::IndexTargets::deb::Packages::DefaultEnabled "false";',
    'Acquire::IndexTargets::deb-src::Sources::DefaultEnabled "false";',
    'Acquire::IndexTargets::deb::Contents-deb::DefaultEnabled "false";',
    'Acquire::IndexTargets::deb::DEP-11::DefaultEnabled "false";',
    'Acquire::GzipIndexes "true";',
    `Dir::State::Lists "${listsDir}/";`,
    `Dir::Cache "${cacheDir}/";`,
    // Hooks in the system's apt.conf.d (AppStream refresh, cache clean-up)
    // would act on the system's state, not ours.
    '#clear APT::Update::Pre-Invoke;',
    '#clear APT::Update::Post-Invoke;',
    '#clear APT::Update::Post-Invoke-Success;',
    // As root apt downloads as user _apt, who cannot enter a private folder
    // under root's home; the files are index data checked by apt anyway.
    ...(process.getuid?.() === 0 ? ['APT::Sandbox::User "root";'] : []),
    '',
  ].join('\n');
}

function translationFiles(listsDir) {
  return readdirSync(listsDir)
    .filter((name) => /_i18n_Translation-[^.]+(\.\w+)?$/.test(name))
    .sort()
    .map((name) => join(listsDir, name));
}

// The part of apt's list file name after the archive's address, so that no
// host name ends up in the manifest: "bookworm_main_i18n_Translation-ru.lz4".
function shortName(path) {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dists = name.indexOf('_dists_');
  return decodeURIComponent(dists >= 0 ? name.slice(dists + 7) : name);
}

function fetchTranslations(workDir, log) {
  const listsDir = join(workDir, 'lists');
  const cacheDir = join(workDir, 'cache');
  mkdirSync(join(listsDir, 'partial'), { recursive: true });
  mkdirSync(join(cacheDir, 'archives', 'partial'), { recursive: true });
  const configPath = join(workDir, 'apt.conf');
  writeFileSync(configPath, aptConfig(listsDir, cacheDir));
  try {
    execFileSync('apt-get', ['-c', configPath, '-q', 'update'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 300_000,
    });
  } catch (error) {
    const reason = String(error.stderr || error.message).trim().split('\n').slice(-3).join(' | ');
    if (translationFiles(listsDir).length === 0) throw new Error(`apt-get update failed: ${reason}`);
    log(`debian-translations: apt-get update failed (${reason}); using the files fetched before`);
  }
  const files = translationFiles(listsDir);
  if (files.length === 0) throw new Error('apt-get update fetched no Translation files');
  return files;
}

// One stanza: "Package: x", "Description-md5: ...", "Description-ru: short"
// followed by the long description, each line indented by one space and " ."
// standing for an empty line.
function* stanzas(content) {
  for (const block of content.split(/\n\s*\n/)) {
    const fields = {};
    let current = null;
    for (const line of block.split('\n')) {
      if (line.startsWith(' ') || line.startsWith('\t')) {
        if (current) fields[current].push(line);
      } else {
        const colon = line.indexOf(':');
        if (colon <= 0) continue;
        current = line.slice(0, colon);
        fields[current] = [line.slice(colon + 1).trim()];
      }
    }
    if (fields.Package) yield fields;
  }
}

function longDescription(lines) {
  return lines.map((line) => (line.trim() === '.' ? '' : line.slice(1))).join('\n');
}

export const debianTranslations = {
  name: 'debian-translations',
  describe(ctx) {
    const files = fetchTranslations(join(ctx.workDir, 'apt'), ctx.log);
    ctx.state.debianTranslationFiles = files;
    return { files: files.map((path) => ({ name: shortName(path), ...fileDigest(path) })) };
  },
  *documents(ctx) {
    const seen = new Set();
    for (const path of ctx.state.debianTranslationFiles) {
      const content = execFileSync(APT_HELPER, ['cat-file', path], { encoding: 'utf8', maxBuffer: 1 << 30 });
      for (const fields of stanzas(content)) {
        const key = Object.keys(fields).find((k) => k.startsWith('Description-') && k !== 'Description-md5');
        if (!key) continue;
        const tag = key.slice('Description-'.length);
        const [short, ...rest] = fields[key];
        // The same description comes in the release and again in its
        // updates and security suites: keep it once per language.
        const dedupe = `${tag}\t${fields['Description-md5']?.[0] ?? ''}\t${fields.Package[0]}`;
        if (seen.has(dedupe)) continue;
        seen.add(dedupe);
        const text = cleanText(longDescription(rest));
        if (!text) continue;
        yield {
          title: cleanTitle(`${fields.Package[0]}: ${short}`),
          text,
          lang: primaryLanguage(tag),
          date: '',
        };
      }
    }
  },
};

