// The page's own words in English and Persian. t(key, params) looks a key up
// in the current language (falling back to English), fills {name}
// placeholders with params (numbers formatted for the language) and picks
// the plural form of a {one, other} entry by params.count. Elements carrying
// data-i18n (text), data-i18n-placeholder, data-i18n-aria-label or
// data-i18n-title get their text from apply().

import en from './strings/en.js';
import fa from './strings/fa.js';

const TABLES = Object.freeze({ en, fa });
export const UI_LANGUAGES = Object.freeze(Object.keys(TABLES));

export function directionOf(language) {
  return language === 'fa' ? 'rtl' : 'ltr';
}

export function createI18n(initial = 'en') {
  let language = TABLES[initial] ? initial : 'en';
  let numbers = new Intl.NumberFormat(language);
  let plurals = new Intl.PluralRules(language);
  let languageNames = null;

  function lookup(key) {
    return TABLES[language][key] ?? en[key];
  }

  function t(key, params = {}) {
    let entry = lookup(key);
    if (entry === undefined) return key;
    if (typeof entry === 'object') {
      const count = Number(params.count ?? 0);
      entry = entry[plurals.select(count)] ?? entry.other;
    }
    return entry.replace(/\{(\w+)\}/g, (whole, name) => {
      if (!Object.hasOwn(params, name)) return whole;
      const value = params[name];
      return typeof value === 'number' ? numbers.format(value) : String(value);
    });
  }

  function languageName(code) {
    if (!code) return t('lang.unknown');
    try {
      languageNames ??= new Intl.DisplayNames([language], { type: 'language' });
      const name = languageNames.of(code);
      if (name && name !== code) return name;
    } catch {
      // not a valid BCP 47 tag: show it as it is
    }
    return code;
  }

  function apply(root) {
    for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
    for (const node of root.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
    for (const node of root.querySelectorAll('[data-i18n-aria-label]')) node.setAttribute('aria-label', t(node.dataset.i18nAriaLabel));
    for (const node of root.querySelectorAll('[data-i18n-title]')) node.title = t(node.dataset.i18nTitle);
  }

  return {
    t,
    apply,
    languageName,
    number: (value) => numbers.format(value),
    get language() {
      return language;
    },
    get direction() {
      return directionOf(language);
    },
    setLanguage(next) {
      if (!TABLES[next] || next === language) return false;
      language = next;
      numbers = new Intl.NumberFormat(language);
      plurals = new Intl.PluralRules(language);
      languageNames = null;
      return true;
    },
  };
}
