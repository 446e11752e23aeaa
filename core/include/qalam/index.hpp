// In-memory positional inverted index over the title and text of documents.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "qalam/token.hpp"

namespace qalam {

namespace index {
class ByteWriter;
class ByteReader;
}  // namespace index

using DocId = std::uint32_t;

// Postings of one term decoded for a query, in increasing document order.
// Positions of all documents are kept in one array; `positionStart[i]` says
// where the i-th document's positions begin. Title positions come first, then
// text positions offset by InvertedIndex::kTextPositionBase.
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

// Postings of one term as stored: per document, the gap from the previous
// document, the title and text frequencies, then the positions as gaps, all
// as variable-byte integers. Appended to as documents arrive.
struct EncodedPostings {
  std::vector<std::uint8_t> bytes;
  std::uint32_t documents = 0;
  DocId lastDoc = 0;

  PostingList decode() const;
};

class InvertedIndex {
 public:
  // Text positions start here so that a phrase never spans title and text.
  static constexpr std::uint32_t kTextPositionBase = 1u << 20;

  // Documents must be added in increasing DocId order; tokens in position
  // order, as the Analyzer gives them.
  void addDocument(DocId doc, const std::vector<Token>& title, const std::vector<Token>& text);

  bool contains(std::string_view term) const { return postings_.find(term) != postings_.end(); }
  std::uint32_t documentFrequency(std::string_view term) const;
  // The term's postings decoded, or nothing when it is not indexed.
  std::optional<PostingList> postings(std::string_view term) const;
  // Bytes held by the encoded postings (not the vocabulary's own overhead).
  std::size_t postingBytes() const;

  // Saved-index sections (corpus_file.cpp frames them).
  void write(index::ByteWriter& out) const;
  // False when the bytes do not describe a consistent index.
  bool read(index::ByteReader& in);
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
  std::unordered_map<std::string, EncodedPostings, StringHash, std::equal_to<>> postings_;
  mutable std::vector<std::string_view> sortedTerms_;  // cache for termsWithPrefix
  mutable std::size_t sortedTermsCount_ = 0;
  std::vector<std::uint32_t> titleLength_;
  std::vector<std::uint32_t> textLength_;
  std::uint64_t titleLengthSum_ = 0;
  std::uint64_t textLengthSum_ = 0;
};

}  // namespace qalam
