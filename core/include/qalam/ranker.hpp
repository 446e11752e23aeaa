// BM25 over two fields (title boosted), in the BM25F style: field term
// frequencies are length-normalized, weighted and summed before saturation.
#pragma once

#include <cstddef>

#include "qalam/index.hpp"

namespace qalam {

struct Bm25Parameters {
  double k1 = 1.2;
  double bTitle = 0.75;
  double bText = 0.75;
  double titleBoost = 2.5;
};

class Bm25Scorer {
 public:
  Bm25Scorer(const InvertedIndex& index, Bm25Parameters params = {});

  double idf(std::size_t documentFrequency) const;
  // Score contribution of one term for the i-th entry of its posting list.
  double score(const PostingList& list, std::size_t i, double idf) const;
  double score(DocId doc, std::uint32_t titleFreq, std::uint32_t textFreq, double idf) const;
  // The highest score a document of a block can reach, from the block's
  // (frequency, field length) pairs (index.hpp).
  double bound(const FieldImpact* text, std::size_t textCount, const FieldImpact* title, std::size_t titleCount,
               double idf) const;

 private:
  const InvertedIndex& index_;
  Bm25Parameters params_;
  double avgTitle_;
  double avgText_;
};

}  // namespace qalam
