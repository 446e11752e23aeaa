// Why a document scored as it did: for each word of the query, the terms
// that matched it in the document with their frequencies, idf and BM25
// contribution. A cold path (the page's "why this hit", the CLI's --explain).
// A word's counted terms are those of its best alternative whose every part
// is in the document (the adjacency of a phrase's words is not re-checked).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "qalam/document.hpp"
#include "qalam/index.hpp"
#include "qalam/query.hpp"
#include "qalam/query_evaluator.hpp"
#include "qalam/ranker.hpp"

namespace qalam {

struct TermExplanation {
  std::string word;        // the query word (its clause, rendered)
  std::string term;        // the index term that matched (~stem, ≈fold shown)
  std::uint32_t titleFrequency = 0;
  std::uint32_t textFrequency = 0;
  std::uint32_t documentFrequency = 0;
  double idf = 0.0;        // shared by the spellings of one word (the most frequent's)
  float weight = 1.0f;     // exact 1, stem 0.8, ...
  float score = 0.0f;      // weight × BM25
  bool counted = false;    // the best term of its word part: the one in the sum
};

struct Explanation {
  bool matched = false;
  float score = 0.0f;      // the document's score for the query (0 when not matched)
  std::vector<TermExplanation> terms;
};

// `entities` resolves person:/org:/place: filters, as for evaluateQuery.
Explanation explainDocument(const Query& query, const InvertedIndex& index, const Bm25Scorer& scorer,
                            const std::vector<Document>& documents, DocId doc, const EntityDocuments& entities = {});

}  // namespace qalam
