#include <algorithm>
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

namespace {

double normalized(double tf, double length, double average, double b) {
  if (tf == 0.0) return 0.0;
  const double norm = average > 0.0 ? (1.0 - b + b * length / average) : 1.0;
  return tf / norm;
}

}  // namespace

double Bm25Scorer::score(const PostingList& list, std::size_t i, double idf) const {
  return score(list.docs[i], list.titleFreq[i], list.textFreq[i], idf);
}

double Bm25Scorer::score(DocId doc, std::uint32_t titleFreq, std::uint32_t textFreq, double idf) const {
  const double tf = params_.titleBoost * normalized(titleFreq, index_.titleLength(doc), avgTitle_, params_.bTitle) +
                    normalized(textFreq, index_.textLength(doc), avgText_, params_.bText);
  return idf * tf * (params_.k1 + 1.0) / (tf + params_.k1);
}

double Bm25Scorer::bound(const FieldImpact* text, std::size_t textCount, const FieldImpact* title, std::size_t titleCount,
                         double idf) const {
  // Each field's best pair bounds that field; the sum bounds the document
  // (the two bests may come from different documents: a bound, not a score).
  double bestText = 0.0;
  for (std::size_t i = 0; i < textCount; ++i) {
    bestText = std::max(bestText, normalized(text[i].freq, text[i].length, avgText_, params_.bText));
  }
  double bestTitle = 0.0;
  for (std::size_t i = 0; i < titleCount; ++i) {
    bestTitle = std::max(bestTitle, normalized(title[i].freq, title[i].length, avgTitle_, params_.bTitle));
  }
  const double tf = params_.titleBoost * bestTitle + bestText;
  return idf * tf * (params_.k1 + 1.0) / (tf + params_.k1);
}

}  // namespace qalam
