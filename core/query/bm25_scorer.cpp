#include <cmath>

#include "qalam/ranker.hpp"

namespace qalam {

Bm25Scorer::Bm25Scorer(const InvertedIndex& index, Bm25Parameters params)
    : index_(index), params_(params), avgTitle_(index.averageTitleLength()), avgText_(index.averageTextLength()) {}

double Bm25Scorer::idf(std::size_t documentFrequency) const {
  const double n = index_.documentCount();
  const double df = static_cast<double>(documentFrequency);
  return std::log(1.0 + (n - df + 0.5) / (df + 0.5));
}

double Bm25Scorer::score(const PostingList& list, std::size_t i, double idf) const {
  const DocId doc = list.docs[i];
  auto normalized = [](double tf, double length, double average, double b) {
    if (tf == 0.0) return 0.0;
    const double norm = average > 0.0 ? (1.0 - b + b * length / average) : 1.0;
    return tf / norm;
  };
  const double tf = params_.titleBoost * normalized(list.titleFreq[i], index_.titleLength(doc), avgTitle_, params_.bTitle) +
                    normalized(list.textFreq[i], index_.textLength(doc), avgText_, params_.bText);
  return idf * tf * (params_.k1 + 1.0) / (tf + params_.k1);
}

}  // namespace qalam
