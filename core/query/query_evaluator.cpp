#include "qalam/query_evaluator.hpp"

#include <algorithm>
#include <optional>

namespace qalam {
namespace {

struct Match {
  DocId doc = 0;
  float score = 0.0f;
  std::vector<std::uint32_t> positions;  // filled for phrase parts only
};
using Matches = std::vector<Match>;

struct Context {
  const InvertedIndex& index;
  const Bm25Scorer& scorer;
  const std::vector<Document>& documents;
};

Matches matchPart(const QueryPart& part, bool wantPositions, bool titleOnly, const Context& ctx) {
  const InvertedIndex& index = ctx.index;
  const Bm25Scorer& scorer = ctx.scorer;
  struct Entry {
    DocId doc;
    float score;
    const PostingList* list;
    std::size_t i;
  };
  std::vector<PostingList> lists;  // decoded once per query term
  lists.reserve(part.terms.size());
  std::vector<Entry> entries;
  std::vector<float> weights;
  for (const WeightedTerm& t : part.terms) {
    std::optional<PostingList> decoded = index.postings(t.term);
    if (!decoded) continue;
    lists.push_back(std::move(*decoded));
    weights.push_back(t.weight);
  }
  // The part is one word: all its spellings share one idf, that of the most
  // frequent (as Lucene's SynonymQuery does), so a rare spelling in another
  // script does not outrank the common one.
  const double idf = scorer.idf(partDocumentFrequency(part, index));
  for (std::size_t k = 0; k < lists.size(); ++k) {
    const PostingList* list = &lists[k];
    const float weight = weights[k];
    for (std::size_t i = 0; i < list->size(); ++i) {
      if (titleOnly && list->titleFreq[i] == 0) continue;
      entries.push_back({list->docs[i], weight * static_cast<float>(scorer.score(*list, i, idf)), list, i});
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
      const std::uint32_t* end = p + e.list->positionCount(e.i);
      if (titleOnly) end = std::lower_bound(p, end, InvertedIndex::kTextPositionBase);
      m.positions.insert(m.positions.end(), p, end);
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

// Positions where the parts stand one after another.
std::vector<std::uint32_t> phraseStarts(const std::vector<const Match*>& parts) {
  std::vector<std::uint32_t> starts;
  for (const std::uint32_t start : parts[0]->positions) {
    bool all = true;
    for (std::size_t k = 1; k < parts.size() && all; ++k) {
      const auto& positions = parts[k]->positions;
      all = std::binary_search(positions.begin(), positions.end(), start + static_cast<std::uint32_t>(k));
    }
    if (all) starts.push_back(start);
  }
  return starts;
}

// Documents where every part matches (adjacent, for a phrase). With
// `wantPositions`, each match carries the positions where the alternative
// starts (a phrase) or any of its words stands.
Matches matchAlternative(const QueryAlternative& alternative, bool wantPositions, bool titleOnly, const Context& ctx) {
  std::vector<Matches> parts;
  for (const QueryPart& part : alternative.parts) {
    parts.push_back(matchPart(part, alternative.phrase || wantPositions, titleOnly, ctx));
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
    if (!all) continue;
    std::vector<std::uint32_t> starts;
    if (alternative.phrase) {
      starts = phraseStarts(row);
      if (starts.empty()) continue;
    } else if (wantPositions) {
      for (const Match* m : row) starts.insert(starts.end(), m->positions.begin(), m->positions.end());
      std::sort(starts.begin(), starts.end());
    }
    float score = 0.0f;
    for (const Match* m : row) score += m->score;
    out.push_back({first.doc, score, wantPositions ? std::move(starts) : std::vector<std::uint32_t>{}});
  }
  return out;
}

// Union by document: the best score, and the union of positions.
Matches unite(Matches a, Matches b, bool sumScores) {
  Matches out;
  out.reserve(a.size() + b.size());
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() || j < b.size()) {
    if (j == b.size() || (i < a.size() && a[i].doc < b[j].doc)) {
      out.push_back(std::move(a[i++]));
    } else if (i == a.size() || b[j].doc < a[i].doc) {
      out.push_back(std::move(b[j++]));
    } else {
      Match m = std::move(a[i++]);
      m.score = sumScores ? m.score + b[j].score : std::max(m.score, b[j].score);
      if (!b[j].positions.empty()) {
        m.positions.insert(m.positions.end(), b[j].positions.begin(), b[j].positions.end());
        std::sort(m.positions.begin(), m.positions.end());
        m.positions.erase(std::unique(m.positions.begin(), m.positions.end()), m.positions.end());
      }
      ++j;
      out.push_back(std::move(m));
    }
  }
  return out;
}

Matches matchWord(const QueryNode& node, bool wantPositions, const Context& ctx) {
  Matches merged;
  for (const QueryAlternative& alternative : node.clause.alternatives) {
    merged = unite(std::move(merged), matchAlternative(alternative, wantPositions, node.titleOnly, ctx), false);
  }
  return merged;
}

Matches allDocuments(const Context& ctx) {
  Matches out(ctx.index.documentCount());
  for (DocId d = 0; d < out.size(); ++d) out[d].doc = d;
  return out;
}

Matches matchFilter(const FieldFilter& filter, const Context& ctx) {
  Matches out;
  for (DocId d = 0; d < ctx.documents.size(); ++d) {
    if (passesFilter(ctx.documents[d], filter)) out.push_back({d, 0.0f, {}});
  }
  return out;
}

// Documents of `from` without a match in `excluded`.
Matches subtract(Matches from, const Matches& excluded) {
  Matches out;
  std::size_t j = 0;
  for (Match& m : from) {
    while (j < excluded.size() && excluded[j].doc < m.doc) ++j;
    if (j < excluded.size() && excluded[j].doc == m.doc) continue;
    out.push_back(std::move(m));
  }
  return out;
}

Matches intersect(const Matches& a, const Matches& b) {
  Matches out;
  std::size_t j = 0;
  for (const Match& m : a) {
    while (j < b.size() && b[j].doc < m.doc) ++j;
    if (j < b.size() && b[j].doc == m.doc) out.push_back({m.doc, m.score + b[j].score, {}});
  }
  return out;
}

// Whether some position of `a` and some of `b` are within `distance` words,
// in either order (positions of a phrase are its first word's).
bool within(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b, std::uint32_t distance) {
  std::size_t j = 0;
  for (const std::uint32_t p : a) {
    const std::uint32_t low = p > distance ? p - distance : 0;
    while (j < b.size() && b[j] < low) ++j;
    for (std::size_t k = j; k < b.size() && b[k] <= p + distance; ++k) {
      if (b[k] != p) return true;
    }
  }
  return false;
}

Matches evaluate(const QueryNode& node, const Context& ctx);

Matches matchNear(const QueryNode& node, const Context& ctx) {
  const Matches left = matchWord(node.children[0], true, ctx);
  const Matches right = matchWord(node.children[1], true, ctx);
  Matches out;
  std::size_t j = 0;
  for (const Match& m : left) {
    while (j < right.size() && right[j].doc < m.doc) ++j;
    if (j < right.size() && right[j].doc == m.doc && within(m.positions, right[j].positions, node.nearDistance)) {
      out.push_back({m.doc, m.score + right[j].score, {}});
    }
  }
  return out;
}

Matches matchAnd(const QueryNode& node, const Context& ctx) {
  std::optional<Matches> result;
  std::vector<const QueryNode*> excluded;
  for (const QueryNode& child : node.children) {
    if (child.kind == QueryNode::Kind::kNot) {
      excluded.push_back(&child.children[0]);
      continue;
    }
    Matches m = evaluate(child, ctx);
    result = result ? intersect(*result, m) : std::move(m);
    if (result->empty()) return {};
  }
  if (!result) {
    if (excluded.empty()) return {};  // an empty query matches nothing
    result = allDocuments(ctx);       // only exclusions: everything else
  }
  for (const QueryNode* x : excluded) result = subtract(std::move(*result), evaluate(*x, ctx));
  return *result;
}

Matches evaluate(const QueryNode& node, const Context& ctx) {
  switch (node.kind) {
    case QueryNode::Kind::kMatch: return matchWord(node, false, ctx);
    case QueryNode::Kind::kFilter: return matchFilter(node.filter, ctx);
    case QueryNode::Kind::kNear: return matchNear(node, ctx);
    case QueryNode::Kind::kNot: return subtract(allDocuments(ctx), evaluate(node.children[0], ctx));
    case QueryNode::Kind::kAnd: return matchAnd(node, ctx);
    case QueryNode::Kind::kOr: {
      Matches merged;
      for (const QueryNode& child : node.children) merged = unite(std::move(merged), evaluate(child, ctx), true);
      return merged;
    }
  }
  return {};
}

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
                                     const std::vector<Document>& documents) {
  const Context ctx{index, scorer, documents};
  std::vector<ScoredDoc> out;
  for (const Match& m : evaluate(query.root, ctx)) out.push_back({m.doc, m.score});
  return out;
}

}  // namespace qalam
