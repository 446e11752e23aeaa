// The views beside the result list, in tab order. Each entry:
//   { id, label: {en, fa}, mount(panel, context) }
// mount() builds the view inside `panel` (an empty element the shell owns) and
// returns { show(), hide() }; context = { client, state, t, ui } where state is
// the store of state.js and t(key) the shell's translation lookup.
import { documentView } from './document_view.js';
import { entitiesView } from './entities_view.js';
import { kwicView } from './kwic_view.js';
import { timelineView } from './timeline_view.js';

// The views' stylesheet, for a page whose <head> does not link it already (a
// stylesheet from the page's own origin is allowed by its CSP).
function linkStylesheet() {
  if (typeof document === 'undefined') return;
  const href = new URL('../../styles/views.css', import.meta.url).href;
  if ([...document.querySelectorAll('link[rel="stylesheet"]')].some((link) => link.href === href)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

function withStylesheet(view) {
  return {
    ...view,
    mount(panel, context) {
      linkStylesheet();
      return view.mount(panel, context);
    },
  };
}

export const views = [documentView, kwicView, entitiesView, timelineView].map(withStylesheet);
