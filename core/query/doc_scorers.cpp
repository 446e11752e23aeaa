#include "doc_scorers.hpp"

#include <algorithm>

#include "qalam/query_evaluator.hpp"

namespace qalam::query {
namespace {

// Bounds are computed in double and scores rounded to float: a little slack
// keeps every bound at or above the score it bounds.
constexpr float kBoundSlack = 1.0001f;

using Scorers = std::vector<std::unique_ptr<DocScorer>>;

void uniteSorted(std::vector<std::uint32_t>& into, const std::vector<std::uint32_t>& more) {
  const std::size_t middle = into.size();
  into.insert(into.end(), more.begin(), more.end());
  std::inplace_merge(into.begin(), into.begin() + static_cast<std::ptrdiff_t>(middle), into.end());
  into.erase(std::unique(into.begin(), into.end()), into.end());
}

// One spelling of one word: a posting list, weighted, scored with the idf
// its word shares with its other spellings.
class TermScorer final : public DocScorer {
 public:
  TermScorer(const ScorerContext& context, TermId term, float weight, double idf, bool titleOnly)
      : context_(context), term_(term), cursor_(context.index.cursor(term)), weight_(weight), idf_(idf),
        titleOnly_(titleOnly) {
    doc_ = settle(cursor_.doc());
  }

  DocId advance(DocId target) override {
    if (doc_ >= target) return doc_;
    doc_ = settle(cursor_.advance(target));
    return doc_;
  }
  float score() override {
    return weight_ * static_cast<float>(context_.bm25.score(doc_, cursor_.titleFreq(), cursor_.textFreq(), idf_));
  }
  const std::vector<std::uint32_t>& positions() override {
    const std::vector<std::uint32_t>& all = cursor_.positions();
    if (!titleOnly_) return all;
    positions_.assign(all.begin(), std::lower_bound(all.begin(), all.end(), InvertedIndex::kTextPositionBase));
    return positions_;
  }
  DocId blockEnd(DocId target) override { return cursor_.blockEnd(target); }
  float maxScore(DocId from, DocId upTo) override {
    double best = 0.0;
    bool open = false;
    cursor_.visitImpacts(
        from, upTo,
        [&](const FieldImpact* text, std::size_t textCount, const FieldImpact* title, std::size_t titleCount) {
          best = std::max(best, context_.bm25.bound(text, textCount, title, titleCount, idf_));
        },
        open);
    if (open) best = std::max(best, openBlockBound());
    return weight_ * static_cast<float>(best) * kBoundSlack;
  }

 private:
  DocId settle(DocId d) {
    while (titleOnly_ && d != kNoMoreDocs && cursor_.titleFreq() == 0) d = cursor_.next();
    return d;
  }
  // The documents after the last full block have no stored impacts (fewer
  // than a block): they are scored once, when first needed.
  double openBlockBound() {
    if (openBound_ < 0.0) {
      openBound_ = 0.0;
      PostingCursor c = context_.index.cursor(term_);
      const DocId last = c.lastFullBlockDoc();
      if (last != kNoMoreDocs) c.advance(last + 1);
      for (; c.doc() != kNoMoreDocs; c.next()) {
        openBound_ = std::max(openBound_, context_.bm25.score(c.doc(), c.titleFreq(), c.textFreq(), idf_));
      }
    }
    return openBound_;
  }

  const ScorerContext& context_;
  TermId term_;
  PostingCursor cursor_;
  float weight_;
  double idf_;
  bool titleOnly_;
  double openBound_ = -1.0;
};

// Any child matches: the best child's score (spellings of a word, the
// alternatives of a word) or the sum of the matching children's (OR).
class DisjunctionScorer final : public DocScorer {
 public:
  DisjunctionScorer(Scorers children, bool sum) : children_(std::move(children)), sum_(sum) { doc_ = lowest(); }

  DocId advance(DocId target) override {
    if (doc_ >= target) return doc_;
    for (auto& c : children_) {
      if (c->doc() < target) c->advance(target);
    }
    doc_ = lowest();
    return doc_;
  }
  float score() override {
    float total = 0.0f;
    for (auto& c : children_) {
      if (c->doc() != doc_) continue;
      total = sum_ ? total + c->score() : std::max(total, c->score());
    }
    return total;
  }
  const std::vector<std::uint32_t>& positions() override {
    positions_.clear();
    for (auto& c : children_) {
      if (c->doc() == doc_) uniteSorted(positions_, c->positions());
    }
    return positions_;
  }
  DocId blockEnd(DocId target) override {
    DocId end = kNoMoreDocs;
    for (auto& c : children_) {
      if (c->doc() != kNoMoreDocs) end = std::min(end, c->blockEnd(std::max(target, c->doc())));
    }
    return end;
  }
  float maxScore(DocId from, DocId upTo) override {
    float total = 0.0f;
    for (auto& c : children_) {
      if (c->doc() > upTo) continue;
      const float m = c->maxScore(std::max(from, c->doc()), upTo);
      total = sum_ ? total + m : std::max(total, m);
    }
    return total;
  }

 private:
  DocId lowest() const {
    DocId d = kNoMoreDocs;
    for (const auto& c : children_) d = std::min(d, c->doc());
    return d;
  }

  Scorers children_;
  bool sum_;
};

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

// Every child matches: the sum of their scores. A phrase also needs its
// parts at consecutive positions; NEAR its two words within a distance.
class ConjunctionScorer final : public DocScorer {
 public:
  enum class Mode { kAll, kPhrase, kNear };
  ConjunctionScorer(Scorers children, Mode mode, std::uint32_t distance = 0)
      : children_(std::move(children)), mode_(mode), distance_(distance) {
    doc_ = align(0);
  }

  DocId advance(DocId target) override {
    if (doc_ >= target) return doc_;
    doc_ = align(target);
    return doc_;
  }
  float score() override {
    float total = 0.0f;
    for (auto& c : children_) total += c->score();
    return total;
  }
  const std::vector<std::uint32_t>& positions() override {
    if (mode_ == Mode::kPhrase) return positions_;  // the starts, found by align
    positions_.clear();
    if (mode_ == Mode::kAll) {
      for (auto& c : children_) uniteSorted(positions_, c->positions());
    }
    return positions_;
  }
  DocId blockEnd(DocId target) override {
    DocId end = kNoMoreDocs;
    for (auto& c : children_) end = std::min(end, c->blockEnd(std::max(target, c->doc())));
    return end;
  }
  float maxScore(DocId from, DocId upTo) override {
    float total = 0.0f;
    for (auto& c : children_) total += c->maxScore(std::max(from, c->doc()), upTo);
    return total;
  }

 private:
  DocId align(DocId target) {
    for (;;) {
      // Leapfrog: move every child to the largest document any is on.
      DocId d = children_[0]->advance(target);
      std::size_t agreed = 1;
      for (std::size_t i = 1; agreed < children_.size() && d != kNoMoreDocs; i = (i + 1) % children_.size()) {
        const DocId next = children_[i]->advance(d);
        if (next == d) {
          ++agreed;
        } else {
          d = next;
          agreed = 1;
        }
      }
      if (d == kNoMoreDocs || positionsAgree()) return d;
      target = d + 1;
    }
  }
  bool positionsAgree() {
    if (mode_ == Mode::kAll) return true;
    if (mode_ == Mode::kNear) return within(children_[0]->positions(), children_[1]->positions(), distance_);
    positions_.clear();
    for (const std::uint32_t start : children_[0]->positions()) {
      bool all = true;
      for (std::size_t k = 1; k < children_.size() && all; ++k) {
        const auto& p = children_[k]->positions();
        all = std::binary_search(p.begin(), p.end(), start + static_cast<std::uint32_t>(k));
      }
      if (all) positions_.push_back(start);
    }
    return !positions_.empty();
  }

  Scorers children_;
  Mode mode_;
  std::uint32_t distance_;
};

// Every document, scoring nothing: the base of a query of filters or
// exclusions only.
class AllDocumentsScorer final : public DocScorer {
 public:
  explicit AllDocumentsScorer(std::uint32_t count) : count_(count) { doc_ = count == 0 ? kNoMoreDocs : 0; }
  DocId advance(DocId target) override {
    if (doc_ >= target) return doc_;
    doc_ = target < count_ ? target : kNoMoreDocs;
    return doc_;
  }
  float score() override { return 0.0f; }
  DocId blockEnd(DocId) override { return count_ == 0 ? kNoMoreDocs : count_ - 1; }
  float maxScore(DocId, DocId) override { return 0.0f; }

 private:
  std::uint32_t count_;
};

// A fixed list of documents, scoring nothing: those an entity filter names.
class DocumentListScorer final : public DocScorer {
 public:
  explicit DocumentListScorer(std::vector<DocId> docs) : docs_(std::move(docs)) {
    doc_ = docs_.empty() ? kNoMoreDocs : docs_[0];
  }
  DocId advance(DocId target) override {
    if (doc_ >= target) return doc_;
    at_ = static_cast<std::size_t>(std::lower_bound(docs_.begin() + static_cast<std::ptrdiff_t>(at_), docs_.end(), target) -
                                   docs_.begin());
    doc_ = at_ < docs_.size() ? docs_[at_] : kNoMoreDocs;
    return doc_;
  }
  float score() override { return 0.0f; }
  DocId blockEnd(DocId) override { return docs_.empty() ? kNoMoreDocs : docs_.back(); }
  float maxScore(DocId, DocId) override { return 0.0f; }

 private:
  std::vector<DocId> docs_;
  std::size_t at_ = 0;
};

bool isEntityFilter(const FieldFilter& f) {
  return f.field == FieldFilter::Field::kPerson || f.field == FieldFilter::Field::kOrganization ||
         f.field == FieldFilter::Field::kPlace;
}

std::unique_ptr<DocScorer> entityDocuments(const FieldFilter& f, const ScorerContext& context) {
  std::vector<DocId> docs = context.entities ? context.entities(f) : std::vector<DocId>{};
  if (docs.empty()) return nullptr;
  return std::make_unique<DocumentListScorer>(std::move(docs));
}

// The matches of `positive` that pass the metadata filters and match none
// of the excluded scorers.
class FilteredScorer final : public DocScorer {
 public:
  FilteredScorer(std::unique_ptr<DocScorer> positive, std::vector<const FieldFilter*> filters, Scorers excluded,
                 const std::vector<Document>& documents)
      : positive_(std::move(positive)), filters_(std::move(filters)), excluded_(std::move(excluded)), documents_(documents) {
    doc_ = settle(positive_->doc());
  }
  DocId advance(DocId target) override {
    if (doc_ >= target) return doc_;
    doc_ = settle(positive_->advance(target));
    return doc_;
  }
  float score() override { return positive_->score(); }
  const std::vector<std::uint32_t>& positions() override { return positive_->positions(); }
  DocId blockEnd(DocId target) override { return positive_->blockEnd(target); }
  float maxScore(DocId from, DocId upTo) override { return positive_->maxScore(from, upTo); }

 private:
  DocId settle(DocId d) {
    while (d != kNoMoreDocs && !accepts(d)) d = positive_->advance(d + 1);
    return d;
  }
  bool accepts(DocId d) {
    for (const FieldFilter* f : filters_) {
      if (!passesFilter(documents_[d], *f)) return false;
    }
    for (auto& x : excluded_) {
      if (x->advance(d) == d) return false;
    }
    return true;
  }

  std::unique_ptr<DocScorer> positive_;
  std::vector<const FieldFilter*> filters_;
  Scorers excluded_;
  const std::vector<Document>& documents_;
};

std::unique_ptr<DocScorer> anyOf(Scorers children, bool sum) {
  if (children.empty()) return nullptr;
  if (children.size() == 1) return std::move(children[0]);
  return std::make_unique<DisjunctionScorer>(std::move(children), sum);
}

std::unique_ptr<DocScorer> buildPart(const QueryPart& part, bool titleOnly, const ScorerContext& context) {
  // All spellings of one word share the idf of the most frequent (as
  // Lucene's SynonymQuery does), so a rare spelling does not outrank it.
  const double idf = context.bm25.idf(partDocumentFrequency(part, context.index));
  Scorers spellings;
  for (const WeightedTerm& t : part.terms) {
    const TermId id = context.index.termId(t.term);
    if (id == TermDictionary::kNone) continue;
    auto scorer = std::make_unique<TermScorer>(context, id, t.weight, idf, titleOnly);
    if (scorer->doc() != kNoMoreDocs) spellings.push_back(std::move(scorer));
  }
  return anyOf(std::move(spellings), false);
}

std::unique_ptr<DocScorer> buildWord(const QueryNode& node, const ScorerContext& context) {
  Scorers alternatives;
  for (const QueryAlternative& alternative : node.clause.alternatives) {
    Scorers parts;
    for (const QueryPart& part : alternative.parts) {
      auto scorer = buildPart(part, node.titleOnly, context);
      if (!scorer) break;
      parts.push_back(std::move(scorer));
    }
    if (parts.size() != alternative.parts.size() || parts.empty()) continue;
    if (parts.size() == 1) {
      alternatives.push_back(std::move(parts[0]));
      continue;
    }
    const auto mode = alternative.phrase ? ConjunctionScorer::Mode::kPhrase : ConjunctionScorer::Mode::kAll;
    auto scorer = std::make_unique<ConjunctionScorer>(std::move(parts), mode);
    if (scorer->doc() != kNoMoreDocs) alternatives.push_back(std::move(scorer));
  }
  return anyOf(std::move(alternatives), false);
}

std::unique_ptr<DocScorer> allDocuments(const ScorerContext& context) {
  return std::make_unique<AllDocumentsScorer>(context.index.documentCount());
}

}  // namespace

const std::vector<std::uint32_t>& DocScorer::positions() {
  positions_.clear();
  return positions_;
}

std::unique_ptr<DocScorer> buildScorer(const QueryNode& node, const ScorerContext& context) {
  switch (node.kind) {
    case QueryNode::Kind::kMatch: return buildWord(node, context);
    case QueryNode::Kind::kFilter: {
      if (isEntityFilter(node.filter)) return entityDocuments(node.filter, context);
      return std::make_unique<FilteredScorer>(allDocuments(context), std::vector<const FieldFilter*>{&node.filter},
                                              Scorers{}, context.documents);
    }
    case QueryNode::Kind::kNear: {
      Scorers sides;
      for (const QueryNode& child : node.children) {
        auto side = buildWord(child, context);
        if (!side) return nullptr;
        sides.push_back(std::move(side));
      }
      return std::make_unique<ConjunctionScorer>(std::move(sides), ConjunctionScorer::Mode::kNear, node.nearDistance);
    }
    case QueryNode::Kind::kNot: {
      Scorers excluded;
      if (auto x = buildScorer(node.children[0], context)) excluded.push_back(std::move(x));
      return std::make_unique<FilteredScorer>(allDocuments(context), std::vector<const FieldFilter*>{},
                                              std::move(excluded), context.documents);
    }
    case QueryNode::Kind::kOr: {
      Scorers children;
      for (const QueryNode& child : node.children) {
        if (auto c = buildScorer(child, context)) children.push_back(std::move(c));
      }
      return anyOf(std::move(children), true);
    }
    case QueryNode::Kind::kAnd: break;
  }
  Scorers required;
  Scorers excluded;
  std::vector<const FieldFilter*> filters;
  for (const QueryNode& child : node.children) {
    if (child.kind == QueryNode::Kind::kNot) {
      if (auto x = buildScorer(child.children[0], context)) excluded.push_back(std::move(x));
    } else if (child.kind == QueryNode::Kind::kFilter && !isEntityFilter(child.filter)) {
      filters.push_back(&child.filter);
    } else {
      auto c = buildScorer(child, context);
      if (!c) return nullptr;  // a required child that matches nothing
      required.push_back(std::move(c));
    }
  }
  std::unique_ptr<DocScorer> positive;
  if (required.empty()) {
    if (filters.empty() && excluded.empty()) return nullptr;  // an empty query matches nothing
    positive = allDocuments(context);
  } else if (required.size() == 1) {
    positive = std::move(required[0]);
  } else {
    positive = std::make_unique<ConjunctionScorer>(std::move(required), ConjunctionScorer::Mode::kAll);
  }
  if (filters.empty() && excluded.empty()) return positive;
  return std::make_unique<FilteredScorer>(std::move(positive), std::move(filters), std::move(excluded), context.documents);
}

}  // namespace qalam::query
