// The timeline's counts, answered in the worker: documents per month and
// year from the core's facets, occurrences per matching document from the
// core's occurrence counts (typed arrays), added up by period in the core.
// One pass over the matching documents, however many occurrences they hold.

import { MessageType } from '../protocol.js';

// handlers for worker.js; context = { requireCorpus, RequestError, ErrorCode }.
export function occurrenceCountsHandlers({ requireCorpus, RequestError, ErrorCode }) {
  return {
    [MessageType.OCCURRENCE_COUNTS](payload) {
      const { query, crossScript = true } = payload ?? {};
      if (typeof query !== 'string') throw new RequestError(ErrorCode.BAD_REQUEST, 'occurrenceCounts needs {query: string}');
      if (typeof crossScript !== 'boolean') throw new RequestError(ErrorCode.BAD_REQUEST, 'occurrenceCounts needs {crossScript: boolean} when given');
      const empty = {
        documents: 0, occurrences: 0, undatedOccurrences: 0, months: [], years: [],
        occurrencesByMonth: [], occurrencesByYear: [], docs: new Uint32Array(0), counts: new Uint32Array(0), error: null,
      };
      if (query.trim() === '') return { value: empty };
      const corpus = requireCorpus();
      const facets = JSON.parse(corpus.facets(query, crossScript));
      if (facets.error) return { value: { ...empty, error: facets.error } };
      // Copies owned by JavaScript: nothing here is a view into wasm memory.
      const counted = corpus.occurrenceCounts(query, crossScript);
      if (counted.error) return { value: { ...empty, error: counted.error } };
      const value = {
        documents: facets.total,
        occurrences: counted.total,
        undatedOccurrences: counted.undated,
        months: facets.month,
        years: facets.year,
        occurrencesByMonth: counted.months,
        occurrencesByYear: counted.years,
        docs: counted.docs,
        counts: counted.counts,
        error: null,
      };
      return { value, transfer: [counted.docs.buffer, counted.counts.buffer] };
    },
  };
}
