#include "qalam/query_evaluator.hpp"

#include <algorithm>

namespace qalam {
namespace {

struct Match {
  DocId doc = 0;
  float score = 0.0f;
  std::vector<std::uint32_t> positions;  // filled for phrase parts only
};
using Matches = std::vector<Match>;

Matches matchPart(const QueryPart& part, bool wantPositions, const InvertedIndex& index, const Bm25Scorer& scorer) {
  struct Entry {
    DocId doc;
    float score;
    const PostingList* list;
    std::size_t i;
  };
  std::vector<Entry> entries;
  for (const WeightedTerm& t : part.terms) {
    const PostingList* list = index.find(t.term);
    if (list == nullptr) continue;
    const double idf = scorer.idf(list->size());
    for (std::size_t i = 0; i < list->size(); ++i) {
      entries.push_back({list->docs[i], t.weight * static_cast<float>(scorer.score(*list, i, idf)), list, i});
    }
  }
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.doc < b.doc; });
  Matches out;
  for (const Entry& e : entries) {
    if (out.empty() || out.back().doc != e.doc) out.push_back({e.doc, 0.0f, {}});
    Match& m = out.back();
    m.score = std::max(m.score, e.score);
    if (wantPositions) {
      const std::uint32_t* p = e.list->positionsOf(e.i);
      m.positions.insert(m.positions.end(), p, p + e.list->positionCount(e.i));
    }
  }
  if (wantPositions) {
    for (Match& m : out) {
      std::sort(m.positions.begin(), m.positions.end());
      m.positions.erase(std::unique(m.positions.begin(), m.positions.end()), m.positions.end());
    }
  }
  return out;
}

bool phraseAt(const std::vector<const Match*>& parts) {
  for (const std::uint32_t start : parts[0]->positions) {
    bool all = true;
    for (std::size_t k = 1; k < parts.size() && all; ++k) {
      const auto& positions = parts[k]->positions;
      all = std::binary_search(positions.begin(), positions.end(), start + static_cast<std::uint32_t>(k));
    }
    if (all) return true;
  }
  return false;
}

Matches matchAlternative(const QueryAlternative& alternative, const InvertedIndex& index, const Bm25Scorer& scorer) {
  std::vector<Matches> parts;
  for (const QueryPart& part : alternative.parts) {
    parts.push_back(matchPart(part, alternative.phrase, index, scorer));
    if (parts.back().empty()) return {};
  }
  Matches out;
  std::vector<std::size_t> cursor(parts.size(), 0);
  std::vector<const Match*> row(parts.size());
  for (const Match& first : parts[0]) {
    bool all = true;
    row[0] = &first;
    for (std::size_t k = 1; k < parts.size() && all; ++k) {
      const Matches& m = parts[k];
      cursor[k] = static_cast<std::size_t>(
          std::lower_bound(m.begin() + static_cast<std::ptrdiff_t>(cursor[k]), m.end(), first.doc,
                           [](const Match& x, DocId d) { return x.doc < d; }) - m.begin());
      all = cursor[k] < m.size() && m[cursor[k]].doc == first.doc;
      if (all) row[k] = &m[cursor[k]];
    }
    if (!all || (alternative.phrase && !phraseAt(row))) continue;
    float score = 0.0f;
    for (const Match* m : row) score += m->score;
    out.push_back({first.doc, score, {}});
  }
  return out;
}

// Union by document, keeping the best score.
Matches matchClause(const QueryClause& clause, const InvertedIndex& index, const Bm25Scorer& scorer) {
  Matches merged;
  for (const QueryAlternative& alternative : clause.alternatives) {
    Matches m = matchAlternative(alternative, index, scorer);
    Matches next;
    next.reserve(merged.size() + m.size());
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < merged.size() || j < m.size()) {
      if (j == m.size() || (i < merged.size() && merged[i].doc < m[j].doc)) {
        next.push_back(std::move(merged[i++]));
      } else if (i == merged.size() || m[j].doc < merged[i].doc) {
        next.push_back(std::move(m[j++]));
      } else {
        merged[i].score = std::max(merged[i].score, m[j].score);
        next.push_back(std::move(merged[i++]));
        ++j;
      }
    }
    merged = std::move(next);
  }
  return merged;
}

}  // namespace

std::vector<ScoredDoc> evaluateQuery(const Query& query, const InvertedIndex& index, const Bm25Scorer& scorer) {
  std::vector<ScoredDoc> result;
  bool first = true;
  for (const QueryClause& clause : query.clauses) {
    const Matches m = matchClause(clause, index, scorer);
    if (first) {
      for (const Match& x : m) result.push_back({x.doc, x.score});
      first = false;
    } else {
      std::vector<ScoredDoc> next;
      std::size_t j = 0;
      for (const ScoredDoc& r : result) {
        while (j < m.size() && m[j].doc < r.doc) ++j;
        if (j < m.size() && m[j].doc == r.doc) next.push_back({r.doc, r.score + m[j].score});
      }
      result = std::move(next);
    }
    if (result.empty()) break;
  }
  return result;
}

}  // namespace qalam
