// Types of api.js; all declared in qalam.d.ts.
export { createExplorer, QalamError } from './qalam.js';
export type {
  AddReport, DocumentData, EntitiesOptions, Entity, EntityType, Explorer, ExplorerOptions, Hit, ImportIssue,
  IndexReport, QalamDocument, QueryError, SearchOptions, SearchResults, StaleSearch,
} from './qalam.js';
