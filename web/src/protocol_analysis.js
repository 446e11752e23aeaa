// Message types of the analysis views (concordance, facets, entities,
// timeline), merged into protocol.js's MessageType. Payloads are documented
// beside each type.
export const AnalysisMessageType = Object.freeze({});
