// In-memory positional inverted index over the title and text of documents.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "qalam/token.hpp"

namespace qalam {

using DocId = std::uint32_t;

// Postings of one term, in increasing document order. Positions of all
// documents are kept in one array; `positionStart[i]` says where the i-th
// document's positions begin. Title positions come first, then text
// positions offset by InvertedIndex::kTextPositionBase.
struct PostingList {
  std::vector<DocId> docs;
  std::vector<std::uint32_t> titleFreq;
  std::vector<std::uint32_t> textFreq;
  std::vector<std::uint32_t> positionStart;
  std::vector<std::uint32_t> positions;

  std::size_t size() const { return docs.size(); }
  std::uint32_t positionCount(std::size_t i) const;
  const std::uint32_t* positionsOf(std::size_t i) const { return positions.data() + positionStart[i]; }
};

class InvertedIndex {
 public:
  // Text positions start here so that a phrase never spans title and text.
  static constexpr std::uint32_t kTextPositionBase = 1u << 20;

  // Documents must be added in increasing DocId order; tokens in position
  // order, as the Analyzer gives them.
  void addDocument(DocId doc, const std::vector<Token>& title, const std::vector<Token>& text);

  const PostingList* find(std::string_view term) const;
  std::uint32_t documentCount() const { return static_cast<std::uint32_t>(titleLength_.size()); }
  std::uint32_t titleLength(DocId doc) const { return titleLength_[doc]; }
  std::uint32_t textLength(DocId doc) const { return textLength_[doc]; }
  double averageTitleLength() const;
  double averageTextLength() const;
  std::size_t termCount() const { return postings_.size(); }
  // Exact (unmarked) terms starting with `prefix`, the `limit` found in most
  // documents first. The sorted view of the vocabulary is rebuilt after adds.
  std::vector<std::string_view> termsWithPrefix(std::string_view prefix, std::size_t limit) const;

 private:
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, PostingList, StringHash, std::equal_to<>> postings_;
  mutable std::vector<std::string_view> sortedTerms_;  // cache for termsWithPrefix
  mutable std::size_t sortedTermsCount_ = 0;
  std::vector<std::uint32_t> titleLength_;
  std::vector<std::uint32_t> textLength_;
  std::uint64_t titleLengthSum_ = 0;
  std::uint64_t textLengthSum_ = 0;
};

}  // namespace qalam
