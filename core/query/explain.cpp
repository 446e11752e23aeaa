#include "qalam/explain.hpp"

#include <algorithm>

#include "qalam/query_evaluator.hpp"

namespace qalam {
namespace {

std::string shown(const std::string& term) {
  std::string out;
  if (termKind(term) == TermKind::kStem) out = "~";
  if (termKind(term) == TermKind::kLoose) out = "\u2248";
  out += termText(term);
  return out;
}

std::optional<TermExplanation> explainTerm(const WeightedTerm& t, double idf, bool titleOnly, const InvertedIndex& index,
                                           const Bm25Scorer& scorer, DocId doc) {
  const std::optional<PostingList> list = index.postings(t.term);
  if (!list) return std::nullopt;
  const auto it = std::lower_bound(list->docs.begin(), list->docs.end(), doc);
  if (it == list->docs.end() || *it != doc) return std::nullopt;
  const auto i = static_cast<std::size_t>(it - list->docs.begin());
  if (titleOnly && list->titleFreq[i] == 0) return std::nullopt;
  TermExplanation e;
  e.term = shown(t.term);
  e.titleFrequency = list->titleFreq[i];
  e.textFrequency = list->textFreq[i];
  e.documentFrequency = static_cast<std::uint32_t>(list->size());
  e.idf = idf;
  e.weight = t.weight;
  e.score = t.weight * static_cast<float>(scorer.score(*list, i, e.idf));
  return e;
}

void explainNode(const QueryNode& node, const InvertedIndex& index, const Bm25Scorer& scorer, DocId doc,
                 std::vector<TermExplanation>& out) {
  if (node.kind == QueryNode::Kind::kNot || node.kind == QueryNode::Kind::kFilter) return;
  for (const QueryNode& child : node.children) explainNode(child, index, scorer, doc, out);
  if (node.kind != QueryNode::Kind::kMatch) return;
  Query single;
  single.root.children.push_back(node);
  const std::string word = single.toString();
  // A word scores its best alternative whose every part matched; only that
  // alternative's best term per part is counted.
  std::vector<TermExplanation> best;
  float bestScore = -1.0f;
  std::vector<TermExplanation> others;
  for (const QueryAlternative& alternative : node.clause.alternatives) {
    std::vector<TermExplanation> terms;
    float sum = 0.0f;
    bool complete = true;
    for (const QueryPart& part : alternative.parts) {
      const std::size_t first = terms.size();
      const double idf = scorer.idf(partDocumentFrequency(part, index));
      for (const WeightedTerm& t : part.terms) {
        if (std::optional<TermExplanation> e = explainTerm(t, idf, node.titleOnly, index, scorer, doc)) {
          e->word = word;
          terms.push_back(std::move(*e));
        }
      }
      const auto top = std::max_element(terms.begin() + static_cast<std::ptrdiff_t>(first), terms.end(),
                                        [](const TermExplanation& a, const TermExplanation& b) { return a.score < b.score; });
      if (top == terms.end()) {
        complete = false;
        continue;
      }
      top->counted = true;
      sum += top->score;
    }
    if (complete && sum > bestScore) {
      for (TermExplanation& t : best) t.counted = false;
      others.insert(others.end(), best.begin(), best.end());
      best = std::move(terms);
      bestScore = sum;
    } else {
      for (TermExplanation& t : terms) t.counted = false;
      others.insert(others.end(), terms.begin(), terms.end());
    }
  }
  out.insert(out.end(), best.begin(), best.end());
  out.insert(out.end(), others.begin(), others.end());
}

}  // namespace

Explanation explainDocument(const Query& query, const InvertedIndex& index, const Bm25Scorer& scorer,
                            const std::vector<Document>& documents, DocId doc, const EntityDocuments& entities) {
  Explanation out;
  if (doc >= documents.size()) return out;
  for (const ScoredDoc& s : evaluateQuery(query, index, scorer, documents, entities)) {
    if (s.doc == doc) {
      out.matched = true;
      out.score = s.score;
      break;
    }
  }
  explainNode(query.root, index, scorer, doc, out.terms);
  return out;
}

}  // namespace qalam
