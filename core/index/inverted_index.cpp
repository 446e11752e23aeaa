#include "qalam/index.hpp"

#include <algorithm>
#include <cassert>

namespace qalam {

std::uint32_t PostingList::positionCount(std::size_t i) const {
  const std::size_t end = i + 1 < positionStart.size() ? positionStart[i + 1] : positions.size();
  return static_cast<std::uint32_t>(end - positionStart[i]);
}

void InvertedIndex::addDocument(DocId doc, const std::vector<Token>& title, const std::vector<Token>& text) {
  assert(doc == titleLength_.size());
  // A field's length is its number of word positions: variants stacked on a
  // word (stems, folds) do not make a document longer.
  auto length = [](const std::vector<Token>& tokens) -> std::uint32_t {
    return tokens.empty() ? 0 : tokens.back().position + 1 - tokens.front().position;
  };
  titleLength_.push_back(length(title));
  textLength_.push_back(length(text));
  titleLengthSum_ += titleLength_.back();
  textLengthSum_ += textLength_.back();

  // Group this document's positions by term, title first, in position order.
  struct Occurrence {
    std::string_view term;
    std::uint32_t position;
    bool inTitle;
  };
  std::vector<Occurrence> occurrences;
  occurrences.reserve(title.size() + text.size());
  for (const Token& t : title) occurrences.push_back({t.term, t.position, true});
  for (const Token& t : text) occurrences.push_back({t.term, kTextPositionBase + t.position, false});
  std::stable_sort(occurrences.begin(), occurrences.end(),
                   [](const Occurrence& a, const Occurrence& b) { return a.term < b.term; });

  for (std::size_t i = 0; i < occurrences.size();) {
    const std::string_view term = occurrences[i].term;
    auto it = postings_.find(term);
    if (it == postings_.end()) it = postings_.emplace(std::string(term), PostingList{}).first;
    PostingList& list = it->second;
    list.docs.push_back(doc);
    list.positionStart.push_back(static_cast<std::uint32_t>(list.positions.size()));
    std::uint32_t inTitle = 0;
    std::uint32_t inText = 0;
    for (; i < occurrences.size() && occurrences[i].term == term; ++i) {
      list.positions.push_back(occurrences[i].position);
      (occurrences[i].inTitle ? inTitle : inText) += 1;
    }
    list.titleFreq.push_back(inTitle);
    list.textFreq.push_back(inText);
  }
}

const PostingList* InvertedIndex::find(std::string_view term) const {
  const auto it = postings_.find(term);
  return it == postings_.end() ? nullptr : &it->second;
}

std::vector<std::string_view> InvertedIndex::termsWithPrefix(std::string_view prefix, std::size_t limit) const {
  if (sortedTermsCount_ != postings_.size()) {
    sortedTerms_.clear();
    for (const auto& [term, list] : postings_) {
      if (termKind(term) == TermKind::kExact) sortedTerms_.push_back(term);
    }
    std::sort(sortedTerms_.begin(), sortedTerms_.end());
    sortedTermsCount_ = postings_.size();
  }
  std::vector<std::string_view> found;
  for (auto it = std::lower_bound(sortedTerms_.begin(), sortedTerms_.end(), prefix);
       it != sortedTerms_.end() && it->substr(0, prefix.size()) == prefix; ++it) {
    found.push_back(*it);
  }
  std::stable_sort(found.begin(), found.end(), [&](std::string_view a, std::string_view b) {
    return find(a)->size() > find(b)->size();
  });
  if (found.size() > limit) found.resize(limit);
  return found;
}

double InvertedIndex::averageTitleLength() const {
  return titleLength_.empty() ? 0.0 : static_cast<double>(titleLengthSum_) / static_cast<double>(titleLength_.size());
}

double InvertedIndex::averageTextLength() const {
  return textLength_.empty() ? 0.0 : static_cast<double>(textLengthSum_) / static_cast<double>(textLength_.size());
}

}  // namespace qalam
