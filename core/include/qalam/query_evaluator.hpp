// Evaluates a Query against the index: which documents match, with what score.
#pragma once

#include <functional>
#include <vector>

#include "qalam/document.hpp"
#include "qalam/index.hpp"
#include "qalam/query.hpp"
#include "qalam/ranker.hpp"

namespace qalam {

// The documents (in increasing order) that mention the entity a person:,
// org: or place: filter names; none when the corpus has no entities.
using EntityDocuments = std::function<std::vector<DocId>(const FieldFilter&)>;

struct ScoredDoc {
  DocId doc = 0;
  float score = 0.0f;
};

// Every matching document in increasing DocId order. A word part scores its
// best term (weight × BM25); an alternative sums its parts; a word takes its
// best alternative; AND and OR sum their matching children; NOT and metadata
// filters restrict without scoring. `documents` (for lang:, source:, date:)
// is indexed by DocId.
std::vector<ScoredDoc> evaluateQuery(const Query& query, const InvertedIndex& index, const Bm25Scorer& scorer,
                                     const std::vector<Document>& documents, const EntityDocuments& entities = {});

struct TopDocs {
  std::vector<ScoredDoc> docs;  // best first; equal scores in document order
  std::uint32_t total = 0;      // matches counted
  bool totalExact = true;       // false when pruning skipped some uncounted
};

// The `k` best matches, with the same scores as evaluateQuery. The first
// `countAtLeast` matches are all counted; after that, blocks of postings
// that cannot beat the k-th best are skipped (block-max pruning) and
// `total` becomes a lower bound.
TopDocs searchTopDocs(const Query& query, const InvertedIndex& index, const Bm25Scorer& scorer,
                      const std::vector<Document>& documents, std::size_t k, std::uint32_t countAtLeast,
                      const EntityDocuments& entities = {});

// The document frequency a word part is scored with: that of its most
// frequent term.
std::uint32_t partDocumentFrequency(const QueryPart& part, const InvertedIndex& index);

// Whether a document's metadata passes a filter.
bool passesFilter(const Document& document, const FieldFilter& filter);

}  // namespace qalam
