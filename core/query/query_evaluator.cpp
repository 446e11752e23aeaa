#include "qalam/query_evaluator.hpp"

#include <algorithm>
#include <memory>

#include "doc_scorers.hpp"

namespace qalam {
namespace {

std::string asciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

std::uint32_t partDocumentFrequency(const QueryPart& part, const InvertedIndex& index) {
  std::uint32_t df = 0;
  for (const WeightedTerm& t : part.terms) df = std::max(df, index.documentFrequency(t.term));
  return df;
}

bool passesFilter(const Document& document, const FieldFilter& filter) {
  switch (filter.field) {
    case FieldFilter::Field::kLang: return asciiLower(document.lang) == filter.value;
    case FieldFilter::Field::kSource: return asciiLower(document.source) == filter.value;
    case FieldFilter::Field::kPerson:
    case FieldFilter::Field::kOrganization:
    case FieldFilter::Field::kPlace: return false;  // not metadata: see EntityDocuments
    case FieldFilter::Field::kDate: break;
  }
  const std::string& date = document.date;
  if (date.empty()) return false;
  // An exclusive lower bound (>2024) ends in 0x7F, above any date character.
  if (!filter.from.empty() && date < filter.from) return false;
  if (!filter.to.empty()) {
    const std::string head = date.substr(0, filter.to.size());
    if (filter.toExclusive ? head >= filter.to : head > filter.to) return false;
  }
  return true;
}

std::vector<ScoredDoc> evaluateQuery(const Query& query, const InvertedIndex& index, const Bm25Scorer& scorer,
                                     const std::vector<Document>& documents, const EntityDocuments& entities) {
  const query::ScorerContext context{index, scorer, documents, entities};
  std::vector<ScoredDoc> out;
  const std::unique_ptr<query::DocScorer> root = query::buildScorer(query.root, context);
  if (!root) return out;
  for (DocId d = root->doc(); d != kNoMoreDocs; d = root->advance(d + 1)) out.push_back({d, root->score()});
  return out;
}

TopDocs searchTopDocs(const Query& query, const InvertedIndex& index, const Bm25Scorer& scorer,
                      const std::vector<Document>& documents, std::size_t k, std::uint32_t countAtLeast,
                      const EntityDocuments& entities) {
  TopDocs out;
  const query::ScorerContext context{index, scorer, documents, entities};
  const std::unique_ptr<query::DocScorer> root = query::buildScorer(query.root, context);
  if (!root || k == 0) {
    out.totalExact = !root;
    if (root) {
      for (DocId d = root->doc(); d != kNoMoreDocs && out.total < countAtLeast; d = root->advance(d + 1)) ++out.total;
      out.totalExact = root->doc() == kNoMoreDocs;
    }
    return out;
  }
  // A min-heap of the best k: the worst (lowest score, then highest id) on top.
  auto worse = [](const ScoredDoc& a, const ScoredDoc& b) { return a.score != b.score ? a.score > b.score : a.doc < b.doc; };
  std::vector<ScoredDoc>& heap = out.docs;
  heap.reserve(k);
  DocId regionEnd = 0;
  bool inRegion = false;
  for (DocId d = root->doc(); d != kNoMoreDocs;) {
    const bool pruning = heap.size() == k && out.total >= countAtLeast;
    if (pruning && (!inRegion || d > regionEnd)) {
      // Documents arrive in increasing order, so one that only ties the
      // k-th best loses the tie: a region whose bound does not exceed it
      // is skipped whole.
      regionEnd = root->blockEnd(d);
      if (root->maxScore(d, regionEnd) <= heap.front().score) {
        out.totalExact = false;
        if (regionEnd >= kNoMoreDocs - 1) break;
        d = root->advance(regionEnd + 1);
        inRegion = false;
        continue;
      }
      inRegion = true;
    }
    const float s = root->score();
    ++out.total;
    if (heap.size() < k) {
      heap.push_back({d, s});
      std::push_heap(heap.begin(), heap.end(), worse);
    } else if (s > heap.front().score) {
      std::pop_heap(heap.begin(), heap.end(), worse);
      heap.back() = {d, s};
      std::push_heap(heap.begin(), heap.end(), worse);
    }
    d = root->advance(d + 1);
  }
  std::sort_heap(heap.begin(), heap.end(), worse);
  return out;
}

}  // namespace qalam
