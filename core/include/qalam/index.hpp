// In-memory positional inverted index over the title and text of documents.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "qalam/term_dictionary.hpp"
#include "qalam/term_interner.hpp"
#include "qalam/token.hpp"

namespace qalam {

namespace index {
class ByteWriter;
class ByteReader;
}  // namespace index

using DocId = std::uint32_t;
inline constexpr DocId kNoMoreDocs = 0xFFFFFFFFu;

// Postings of one term decoded whole (explain and tests; queries use a
// PostingCursor). Positions of all documents are kept in one array;
// `positionStart[i]` says where the i-th document's begin. Title positions
// come first, then text positions offset by InvertedIndex::kTextPositionBase.
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

// A (term frequency, field length) pair: the best a block's documents can
// score in one field is reached at one of its pairs that no other beats on
// both (higher frequency, shorter field). Kept per block for pruning, so the
// bound stays exact whatever the average field lengths become.
struct FieldImpact {
  std::uint32_t freq = 0;
  std::uint32_t length = 0;
};

// One full block of InvertedIndex::kBlockSize documents of a term's postings.
struct PostingBlock {
  DocId lastDoc = 0;
  std::uint32_t end = 0;          // byte offset just past the block
  std::uint32_t impactBegin = 0;  // into TermBlocks::impacts: text pairs, then title pairs
  std::uint16_t textImpacts = 0;
  std::uint16_t titleImpacts = 0;
};

// The skip list of a term with at least one full block; the documents after
// the last full block form an open block without an entry.
struct TermBlocks {
  std::vector<PostingBlock> blocks;
  std::vector<FieldImpact> impacts;
};

class PostingCursor;

class InvertedIndex : public TermInterner {
 public:
  // Text positions start here so that a phrase never spans title and text.
  static constexpr std::uint32_t kTextPositionBase = 1u << 20;
  static constexpr std::uint32_t kBlockSize = 128;

  // Documents must be added in increasing DocId order; tokens in position
  // order, as the Analyzer gives them.
  void addDocument(DocId doc, const std::vector<Token>& title, const std::vector<Token>& text);
  // The same with terms as ids of this index (Analyzer::analyze with the
  // index as TermInterner).
  void addDocument(DocId doc, const std::vector<TermToken>& title, const std::vector<TermToken>& text);
  // TermInterner: a new term gets its (empty) postings at once.
  TermId intern(std::string_view term) override;
  std::uint64_t generation() const override { return terms_.generation(); }
  // Moves postings written since the last call into the one arena; called
  // after each import (and by itself when recent postings grow large).
  void compact();

  bool contains(std::string_view term) const { return terms_.find(term) != TermDictionary::kNone; }
  TermId termId(std::string_view term) const { return terms_.find(term); }
  std::string_view term(TermId id) const { return terms_.term(id); }
  std::uint32_t documentFrequency(std::string_view term) const;
  std::uint32_t documentFrequency(TermId term) const { return records_[term].documents; }
  // A cursor over the term's postings (exhausted when the term is absent).
  PostingCursor cursor(TermId term) const;
  // The term's postings decoded whole, or nothing when it is not indexed.
  std::optional<PostingList> postings(std::string_view term) const;
  // Bytes held by the encoded postings.
  std::size_t postingBytes() const;
  // Bytes of memory the index holds: postings, vocabulary, skip lists,
  // field lengths (capacities, as allocated).
  std::size_t memoryBytes() const;

  // Saved-index sections (saved_index.cpp frames them).
  void write(index::ByteWriter& out) const;
  // False when the bytes do not describe a consistent index.
  bool read(index::ByteReader& in);
  std::uint32_t documentCount() const { return static_cast<std::uint32_t>(titleLength_.size()); }
  std::uint32_t titleLength(DocId doc) const { return titleLength_[doc]; }
  std::uint32_t textLength(DocId doc) const { return textLength_[doc]; }
  double averageTitleLength() const;
  double averageTextLength() const;
  std::size_t termCount() const { return terms_.size(); }
  // Exact (unmarked) terms starting with `prefix`, the `limit` found in most
  // documents first. The sorted view of the vocabulary is rebuilt after adds.
  std::vector<std::string_view> termsWithPrefix(std::string_view prefix, std::size_t limit) const;

 private:
  static constexpr std::uint32_t kNoTail = 0xFFFFFFFFu;
  // 16 bytes a term. The arena holds terms in id order, so a term's
  // compacted bytes end where the next term's begin.
  struct TermRecord {
    std::uint32_t offset = 0;  // of the compacted postings in arena_
    std::uint32_t documents = 0;
    DocId lastDoc = 0;
    std::uint32_t tail = kNoTail;  // index into tails_, when it has recent postings
  };

  void append(TermId term, DocId doc, const std::uint32_t* positions, std::uint32_t titleCount,
              std::uint32_t textCount);
  void closeBlock(TermId term);
  // The term's encoded bytes from `from` on, contiguous (copied into
  // `scratch` only when they straddle the arena and the recent tail).
  std::string_view bytes(TermId term, std::uint32_t from, std::string& scratch) const;
  std::uint32_t byteLength(TermId term) const;
  std::uint32_t compactedLength(TermId term) const {
    const std::size_t end = term + 1 < records_.size() ? records_[term + 1].offset : arena_.size();
    return static_cast<std::uint32_t>(end - records_[term].offset);
  }
  const TermBlocks* blocksOf(TermId term) const {
    const auto it = blocks_.find(term);
    return it == blocks_.end() ? nullptr : &it->second;
  }

  TermDictionary terms_;
  std::vector<TermRecord> records_;
  std::string arena_;
  // Postings appended since the last compaction (TermRecord::tail).
  std::vector<std::string> tails_;
  std::size_t tailBytes_ = 0;
  std::unordered_map<TermId, TermBlocks> blocks_;  // terms with a full block
  mutable std::vector<TermId> sortedTerms_;  // exact terms, sorted: cache for termsWithPrefix
  mutable std::size_t sortedTermsOf_ = 0;    // vocabulary size it was built for
  std::vector<std::uint32_t> titleLength_;
  std::vector<std::uint32_t> textLength_;
  std::uint64_t titleLengthSum_ = 0;
  std::uint64_t textLengthSum_ = 0;

  friend class PostingCursor;
};

// Walks one term's postings in document order; `advance` skips whole blocks
// by their skip entries, and positions are decoded only when asked for.
class PostingCursor {
 public:
  PostingCursor() = default;  // exhausted

  DocId doc() const { return doc_; }
  DocId next();
  // The first document at or after `target`.
  DocId advance(DocId target);
  std::uint32_t titleFreq() const { return titleFreq_; }
  std::uint32_t textFreq() const { return textFreq_; }
  std::uint32_t documents() const { return documents_; }
  // The current document's positions, title first.
  const std::vector<std::uint32_t>& positions();

  // Last document of the last full block, or kNoMoreDocs when the term has
  // none (its documents after that form the open block).
  DocId lastFullBlockDoc() const {
    return blocks_ != nullptr && !blocks_->blocks.empty() ? blocks_->blocks.back().lastDoc : kNoMoreDocs;
  }
  // Last document of the block that holds `target` (shallow: nothing is
  // decoded), or kNoMoreDocs past the last block.
  DocId blockEnd(DocId target) const;
  // The field impacts of the blocks overlapping [from, upTo]; `open` is set
  // when the open block overlaps (its documents have no stored impacts).
  template <typename Visit>
  void visitImpacts(DocId from, DocId upTo, Visit&& visit, bool& open) const;

 private:
  friend class InvertedIndex;
  void readDoc();
  void skipPositions();
  void seekBlock(std::size_t block);

  const std::uint8_t* data() const {
    return ownsBytes_ ? reinterpret_cast<const std::uint8_t*>(owned_.data()) : data_;
  }

  std::string owned_;  // the bytes, when they had to be joined
  bool ownsBytes_ = false;
  const std::uint8_t* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t at_ = 0;          // next document's encoding
  std::size_t positionsAt_ = 0;  // the current document's positions
  bool pastPositions_ = true;     // at_ is past them
  bool positionsDecoded_ = false;
  const TermBlocks* blocks_ = nullptr;
  std::uint32_t documents_ = 0;
  std::uint32_t read_ = 0;       // documents read so far
  DocId doc_ = kNoMoreDocs;
  DocId previousDoc_ = 0;   // documents are stored as gaps from it
  DocId lastDoc_ = 0;       // the term's last document
  std::uint32_t titleFreq_ = 0;
  std::uint32_t textFreq_ = 0;
  std::vector<std::uint32_t> positions_;
};

template <typename Visit>
void PostingCursor::visitImpacts(DocId from, DocId upTo, Visit&& visit, bool& open) const {
  open = false;
  std::size_t b = read_ == 0 ? 0 : (read_ - 1) / InvertedIndex::kBlockSize;
  const std::size_t full = blocks_ ? blocks_->blocks.size() : 0;
  while (b < full && blocks_->blocks[b].lastDoc < from) ++b;
  for (; b < full; ++b) {
    const PostingBlock& block = blocks_->blocks[b];
    visit(blocks_->impacts.data() + block.impactBegin, block.textImpacts,
          blocks_->impacts.data() + block.impactBegin + block.textImpacts, block.titleImpacts);
    if (block.lastDoc >= upTo) return;
  }
  open = documents_ > full * InvertedIndex::kBlockSize;
}

}  // namespace qalam
