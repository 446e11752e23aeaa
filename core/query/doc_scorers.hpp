// Document-at-a-time evaluation: a query becomes a tree of scorers that walk
// their matches in increasing document order. Each can also say, without
// decoding anything, where its current block of postings ends and how high
// any document up to there could score: the top-k search skips every block
// that cannot beat the k-th best score found so far (block-max pruning).
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "qalam/document.hpp"
#include "qalam/index.hpp"
#include "qalam/query.hpp"
#include "qalam/query_evaluator.hpp"
#include "qalam/ranker.hpp"

namespace qalam::query {

class DocScorer {
 public:
  virtual ~DocScorer() = default;
  // Scorers start on their first match; kNoMoreDocs when there is none left.
  DocId doc() const { return doc_; }
  // Moves to the first match at or after `target` (stays when already there).
  virtual DocId advance(DocId target) = 0;
  virtual float score() = 0;
  // The current document's matching positions, sorted and distinct (words
  // and phrases only; a phrase gives its starts).
  virtual const std::vector<std::uint32_t>& positions();
  // The last document of the block of postings that holds `target`.
  virtual DocId blockEnd(DocId target) = 0;
  // No document in [from, upTo] scores higher than this.
  virtual float maxScore(DocId from, DocId upTo) = 0;

 protected:
  DocId doc_ = kNoMoreDocs;
  std::vector<std::uint32_t> positions_;
};

struct ScorerContext {
  const InvertedIndex& index;
  const Bm25Scorer& bm25;
  const std::vector<Document>& documents;
  const EntityDocuments& entities;
};

// The scorer tree of a query node; null when it can match nothing.
std::unique_ptr<DocScorer> buildScorer(const QueryNode& node, const ScorerContext& context);

}  // namespace qalam::query
