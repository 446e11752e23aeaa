// Type declarations for the embedding kit: api.js (createExplorer) and
// qalam-explorer.js (the <qalam-explorer> element). docs/EMBEDDING.md.

/** A failure from the search engine: `code` names it (e.g. `query-syntax`, `terminated`). */
export declare class QalamError extends Error {
  readonly name: 'QalamError';
  readonly code: string;
  /** For query errors: the UTF-16 index in the query. */
  readonly position?: number;
}

export interface ExplorerOptions {
  /** The folder holding src/, wasm/ and data/ (resolved against the page); on the page's origin. Default: two levels above api.js. */
  baseUrl?: string | URL;
}

export interface ImportIssue {
  file: string;
  line: number;
  code: string;
  message: string;
}

export interface AddReport {
  added: number;
  skipped: number;
  issues: ImportIssue[];
  /** Documents in the corpus afterwards. */
  documents: number;
}

export interface Hit {
  /** The document's index in the corpus (for `document()`). */
  doc: number;
  id: string;
  title: string;
  lang: string;
  date: string;
  source: string;
  score: number;
  snippet: string;
  /** Flat [begin, end, begin, end, …] UTF-16 indices into `snippet`. */
  highlights: Uint32Array;
}

export interface QueryError {
  code: string;
  message: string;
  position?: number;
}

export interface SearchOptions {
  /** Hits to return, 1–200; 20 by default. */
  limit?: number;
  /** Also match a name's spellings in the other scripts; true by default. */
  crossScript?: boolean;
}

export interface SearchResults {
  stale: false;
  queryId: number;
  /** Matching documents (at least this many when `totalExact` is false). */
  total: number;
  totalExact: boolean;
  hits: Hit[];
  /** A query that does not parse: no hits and this error. */
  error: QueryError | null;
}

/** A search superseded by a newer one before it finished. */
export interface StaleSearch {
  stale: true;
  queryId: number;
}

export type EntityType = 'PER' | 'ORG' | 'GPE' | 'LOC' | 'FAC' | 'EVENT' | 'DATE' | 'MONEY' | 'PERCENT';

export interface EntitiesOptions {
  /** Types to list ('PER,ORG' or ['PER', 'ORG']); all when absent. */
  types?: EntityType[] | string;
  /** At most this many, by documents; all when absent. */
  limit?: number;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  mentions: number;
  documents: number;
  /** The spellings seen in the corpus. */
  surfaces: string[];
}

export interface QalamDocument {
  doc: number;
  id: string;
  title: string;
  text: string;
  lang: string;
  date: string;
  source: string;
}

export interface IndexReport {
  documents: number;
  indexFormat: number;
  analyzerVersion: number;
}

export type DocumentData = string | Blob | ArrayBuffer | ArrayBufferView;

export interface Explorer {
  /** Adds a file's documents; the name's extension gives the format (.jsonl, .ndjson, .json, .csv, .tsv, .txt). */
  addDocuments(name: string, data: DocumentData): Promise<AddReport>;
  search(query: string, options?: SearchOptions): Promise<SearchResults | StaleSearch>;
  entities(options?: EntitiesOptions): Promise<Entity[]>;
  document(doc: number): Promise<QalamDocument>;
  /** Replaces the corpus with a saved index (`qalam index`); on an error the corpus is unchanged. */
  loadIndex(data: Blob | ArrayBuffer | ArrayBufferView): Promise<IndexReport>;
  /** Stops the worker; pending and later calls reject with code `terminated`. */
  terminate(): void;
}

/** Starts a search engine (its own worker and corpus); resolves once it is ready. */
export declare function createExplorer(options?: ExplorerOptions): Promise<Explorer>;

export interface QalamReadyDetail {
  documents: number;
}

export interface QalamSearchDetail {
  query: string;
  total: number;
  hits: Hit[];
}

export interface QalamSelectDetail {
  document: QalamDocument;
}

export interface QalamErrorDetail {
  code: string;
  message: string;
}

/** <qalam-explorer corpus-url index-url query views lang base-url> */
export declare class QalamExplorerElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** Settles once the corpus is loaded (or starting failed). */
  readonly ready: Promise<QalamReadyDetail>;
  /** The API object behind the element; null until it has started. */
  readonly explorer: Explorer | null;
  /** Searches and shows the hits; null when a newer search superseded it or the query is empty. */
  search(query: string): Promise<QalamSearchDetail | null>;
  /** Opens a document in the document view. */
  select(doc: number): Promise<QalamDocument>;
}

declare global {
  interface HTMLElementTagNameMap {
    'qalam-explorer': QalamExplorerElement;
  }
  interface HTMLElementEventMap {
    'qalam-ready': CustomEvent<QalamReadyDetail>;
    'qalam-search': CustomEvent<QalamSearchDetail>;
    'qalam-select': CustomEvent<QalamSelectDetail>;
    'qalam-error': CustomEvent<QalamErrorDetail>;
  }
}
