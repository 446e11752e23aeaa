// The <qalam-explorer> element's interface text, by its `lang` attribute.
// Functions take counts so each language can say them its own way.

const en = Object.freeze({
  dir: 'ltr',
  searchLabel: 'Search the corpus',
  searchButton: 'Search',
  placeholder: 'e.g. Almaty, آلماتی, Тоқаев',
  loading: 'Loading the search engine…',
  loadingCorpus: 'Loading the corpus…',
  documents: (count) => `${count.toLocaleString('en')} ${count === 1 ? 'document' : 'documents'}`,
  results: (shown, total, exact) => (shown === 0 ? 'No results'
    : `${total.toLocaleString('en')}${exact ? '' : '+'} ${total === 1 ? 'result' : 'results'}`),
  queryError: (message) => `Query error: ${message}`,
  failed: (message) => `Could not start: ${message}`,
  resultsLabel: 'Search results',
  documentLabel: 'Document',
  close: 'Close',
  entitiesTitle: 'People, organisations and places',
  entityDocuments: (count) => `${count.toLocaleString('en')} ${count === 1 ? 'document' : 'documents'}`,
  untitled: (doc) => `Document ${doc}`,
});

const fa = Object.freeze({
  dir: 'rtl',
  searchLabel: 'جست‌وجو در پیکره',
  searchButton: 'جست‌وجو',
  placeholder: 'مثلاً آلماتی، Almaty، Тоқаев',
  loading: 'در حال بارگذاری موتور جست‌وجو…',
  loadingCorpus: 'در حال بارگذاری پیکره…',
  documents: (count) => `${count.toLocaleString('fa')} سند`,
  results: (shown, total, exact) => (shown === 0 ? 'نتیجه‌ای یافت نشد'
    : `${total.toLocaleString('fa')}${exact ? '' : '+'} نتیجه`),
  queryError: (message) => `خطای پرس‌وجو: ${message}`,
  failed: (message) => `راه‌اندازی ممکن نشد: ${message}`,
  resultsLabel: 'نتایج جست‌وجو',
  documentLabel: 'سند',
  close: 'بستن',
  entitiesTitle: 'اشخاص، سازمان‌ها و مکان‌ها',
  entityDocuments: (count) => `${count.toLocaleString('fa')} سند`,
  untitled: (doc) => `سند ${doc.toLocaleString('fa')}`,
});

export const UI_LANGUAGES = Object.freeze({ en, fa });

export function uiStrings(lang) {
  return UI_LANGUAGES[lang] ?? en;
}
