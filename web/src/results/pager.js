// Previous / next page of results and where we are. Pages go as deep as the
// worker searches (depthCap hits).

import { button, element } from './dom.js';

export const PAGE_SIZE = 20;

export function renderPager(nav, result, page, { i18n, onPage }) {
  nav.replaceChildren();
  const shown = result?.hits.length ?? 0;
  const end = (result?.offset ?? 0) + shown;
  const more = result && !result.error && (end < result.total || !result.totalExact) && shown === PAGE_SIZE
    && end < result.depthCap;
  if (!result || (page === 0 && !more)) {
    nav.hidden = true;
    return;
  }
  nav.hidden = false;
  const previous = button(i18n.t('pager.previous'), { className: 'pager-previous' });
  previous.disabled = page === 0;
  previous.addEventListener('click', () => onPage(page - 1));
  const next = button(i18n.t('pager.next'), { className: 'pager-next' });
  next.disabled = !more;
  next.addEventListener('click', () => onPage(page + 1));
  const where = element('span', { className: 'pager-page', text: i18n.t('pager.page', { page: page + 1 }) });
  where.setAttribute('aria-current', 'page');
  nav.append(previous, where, next);
}
