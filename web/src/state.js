// The page's view state: one plain object, changed only through set(), mirrored
// in the URL fragment so a view can be shared and reopened.
//
// Fields: corpus (name), query, crossScript, filters {lang, source, date,
// entity}, view (a registered view id or 'results'), doc (document index
// open in the reader, or null), page (0-based result page), ui ('en'|'fa').
// The fragment holds them as URLSearchParams: #q=…&x=0&lang=fa&view=kwic…

const DEFAULTS = Object.freeze({
  corpus: '',
  query: '',
  crossScript: true,
  filters: Object.freeze({ lang: '', source: '', date: '', entity: '' }),
  view: 'results',
  doc: null,
  page: 0,
  ui: 'en',
});

const FILTER_KEYS = Object.keys(DEFAULTS.filters);

export function parseFragment(fragment) {
  const params = new URLSearchParams(String(fragment ?? '').replace(/^#/, ''));
  const filters = {};
  for (const key of FILTER_KEYS) filters[key] = params.get(key) ?? '';
  const doc = Number.parseInt(params.get('doc') ?? '', 10);
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    corpus: params.get('corpus') ?? DEFAULTS.corpus,
    query: params.get('q') ?? DEFAULTS.query,
    crossScript: params.get('x') !== '0',
    filters,
    view: params.get('view') || DEFAULTS.view,
    doc: Number.isInteger(doc) && doc >= 0 ? doc : null,
    page: Number.isInteger(page) && page >= 0 ? page : 0,
    ui: params.get('ui') === 'fa' ? 'fa' : 'en',
  };
}

export function formatFragment(state) {
  const params = new URLSearchParams();
  if (state.corpus) params.set('corpus', state.corpus);
  if (state.query) params.set('q', state.query);
  if (!state.crossScript) params.set('x', '0');
  for (const key of FILTER_KEYS) if (state.filters[key]) params.set(key, state.filters[key]);
  if (state.view !== DEFAULTS.view) params.set('view', state.view);
  if (state.doc !== null) params.set('doc', String(state.doc));
  if (state.page) params.set('page', String(state.page));
  if (state.ui !== DEFAULTS.ui) params.set('ui', state.ui);
  const text = params.toString();
  return text ? `#${text}` : '';
}

// A store: get(), set(partial) (filters merge key by key), subscribe(fn)
// (called with (state, previous) after each change; returns unsubscribe).
export function createState(initial = {}) {
  let state = { ...DEFAULTS, ...initial, filters: { ...DEFAULTS.filters, ...(initial.filters ?? {}) } };
  const listeners = new Set();
  return {
    get: () => state,
    set(partial) {
      const previous = state;
      state = { ...state, ...partial, filters: { ...state.filters, ...(partial.filters ?? {}) } };
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

// Keeps `store` and the page's URL fragment in step: every change replaces
// the fragment (no history entry per keystroke), and a fragment changed by
// hand or by a link is read back (hashchange).
export function bindToLocation(store, win = window) {
  let writing = false;
  store.subscribe((state) => {
    const fragment = formatFragment(state);
    if (fragment === win.location.hash || (!fragment && !win.location.hash)) return;
    writing = true;
    win.history.replaceState(win.history.state, '', fragment || `${win.location.pathname}${win.location.search}`);
    writing = false;
  });
  win.addEventListener('hashchange', () => {
    if (writing) return;
    const next = parseFragment(win.location.hash);
    const current = store.get();
    if (formatFragment(next) !== formatFragment(current)) store.set(next);
  });
}
