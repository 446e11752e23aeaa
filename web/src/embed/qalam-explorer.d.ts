// Types of qalam-explorer.js (the element and its events); all declared in qalam.d.ts.
export { QalamExplorerElement } from './qalam.js';
export type { QalamErrorDetail, QalamReadyDetail, QalamSearchDetail, QalamSelectDetail } from './qalam.js';
