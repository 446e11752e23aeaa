// Worker handlers for the analysis views. analysisHandlers(context) returns a
// map type -> handler(payload) => { value, transfer? } (or a promise of it),
// merged into worker.js's handlers; context = { requireCorpus, RequestError,
// ErrorCode, metadata } from worker.js.
export function analysisHandlers(/* context */) {
  return {};
}
