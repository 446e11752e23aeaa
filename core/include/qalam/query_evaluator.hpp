// Evaluates a Query against the index: which documents match, with what score.
#pragma once

#include <vector>

#include "qalam/index.hpp"
#include "qalam/query.hpp"
#include "qalam/ranker.hpp"

namespace qalam {

struct ScoredDoc {
  DocId doc = 0;
  float score = 0.0f;
};

// Every matching document in increasing DocId order. A part scores its best
// term (weight × BM25); an alternative sums its parts; a clause takes its best
// alternative; the query sums its clauses.
std::vector<ScoredDoc> evaluateQuery(const Query& query, const InvertedIndex& index, const Bm25Scorer& scorer);

}  // namespace qalam
