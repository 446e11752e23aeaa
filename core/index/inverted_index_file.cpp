// The index's sections of a saved index: field lengths, the vocabulary
// front-coded in sorted order, the postings as one run of bytes in the same
// order, and the skip lists of the terms that have them. Loading is mostly
// one copy; every count and offset is checked before it is used.
#include <algorithm>

#include "byte_io.hpp"
#include "qalam/index.hpp"

namespace qalam {

void InvertedIndex::write(index::ByteWriter& out) const {
  out.varint(titleLength_.size());
  for (std::size_t d = 0; d < titleLength_.size(); ++d) {
    out.varint(titleLength_[d]);
    out.varint(textLength_[d]);
  }
  // Terms in sorted order, so that equal corpora save to equal bytes; a term
  // with no document (a word met by a document whose adding failed) is left
  // out.
  std::vector<TermId> order;
  order.reserve(terms_.size());
  for (TermId id = 0; id < terms_.size(); ++id) {
    if (records_[id].documents > 0) order.push_back(id);
  }
  std::sort(order.begin(), order.end(), [this](TermId a, TermId b) { return terms_.term(a) < terms_.term(b); });
  out.varint(order.size());
  std::string_view previous;
  std::uint64_t totalBytes = 0;
  for (const TermId id : order) {
    // Front coding: the length shared with the previous term, then the rest.
    const std::string_view term = terms_.term(id);
    std::size_t shared = 0;
    while (shared < previous.size() && shared < term.size() && previous[shared] == term[shared]) ++shared;
    out.varint(shared);
    out.string(term.substr(shared));
    previous = term;
    out.varint(records_[id].documents);
    out.varint(records_[id].lastDoc);
    out.varint(byteLength(id));
    totalBytes += byteLength(id);
  }
  out.varint(totalBytes);
  std::string scratch;
  for (const TermId id : order) out.append(bytes(id, 0, scratch));
  std::uint64_t withBlocks = 0;
  for (const TermId id : order) withBlocks += blocksOf(id) != nullptr;
  out.varint(withBlocks);
  for (std::size_t rank = 0; rank < order.size(); ++rank) {
    const TermBlocks* found = blocksOf(order[rank]);
    if (found == nullptr) continue;
    const TermBlocks& skips = *found;
    out.varint(rank);
    out.varint(skips.blocks.size());
    for (const PostingBlock& b : skips.blocks) {
      out.varint(b.lastDoc);
      out.varint(b.end);
      out.varint(b.textImpacts);
      out.varint(b.titleImpacts);
      for (std::uint32_t k = 0; k < std::uint32_t{b.textImpacts} + b.titleImpacts; ++k) {
        out.varint(skips.impacts[b.impactBegin + k].freq);
        out.varint(skips.impacts[b.impactBegin + k].length);
      }
    }
  }
}

bool InvertedIndex::read(index::ByteReader& in) {
  *this = InvertedIndex{};
  const std::size_t documents = in.count(2);
  titleLength_.resize(documents);
  textLength_.resize(documents);
  for (std::size_t d = 0; d < documents && in.ok(); ++d) {
    titleLength_[d] = static_cast<std::uint32_t>(in.varint());
    textLength_[d] = static_cast<std::uint32_t>(in.varint());
    titleLengthSum_ += titleLength_[d];
    textLengthSum_ += textLength_[d];
  }
  const std::size_t terms = in.count(5);
  records_.resize(terms);
  terms_.reserve(terms, terms * 8);
  std::string term;
  std::uint64_t offset = 0;
  for (std::size_t t = 0; t < terms && in.ok(); ++t) {
    const std::uint64_t shared = in.varint();
    if (shared > term.size()) return false;
    term.resize(static_cast<std::size_t>(shared));
    term += in.view(in.varint());
    bool added = false;
    // Sorted and distinct: each term gets the next id.
    if (terms_.insert(term, added) != t || !added || term.empty()) return false;
    TermRecord& record = records_[t];
    const std::uint64_t docCount = in.varint();
    const std::uint64_t lastDoc = in.varint();
    const std::uint64_t length = in.varint();
    if (!in.ok() || docCount == 0 || docCount > documents || lastDoc >= documents || length < docCount ||
        offset + length > 0xFFFFFFFFu) {
      return false;
    }
    record.offset = static_cast<std::uint32_t>(offset);
    record.documents = static_cast<std::uint32_t>(docCount);
    record.lastDoc = static_cast<DocId>(lastDoc);
    offset += length;
  }
  if (!in.ok() || in.varint() != offset) return false;
  arena_ = std::string(in.view(offset));
  const std::size_t withBlocks = in.count(2);
  std::size_t previousRank = 0;
  for (std::size_t n = 0; n < withBlocks && in.ok(); ++n) {
    const std::uint64_t rank = in.varint();
    if (rank >= terms || (n > 0 && rank <= previousRank)) return false;
    previousRank = static_cast<std::size_t>(rank);
    const auto id = static_cast<TermId>(rank);
    const TermRecord& record = records_[id];
    const std::size_t count = in.count(4);
    if (count != record.documents / kBlockSize || count == 0) return false;
    TermBlocks& skips = blocks_[id];
    skips.blocks.resize(count);
    for (std::size_t b = 0; b < count && in.ok(); ++b) {
      PostingBlock& block = skips.blocks[b];
      const std::uint64_t last = in.varint();
      const std::uint64_t end = in.varint();
      const std::uint64_t textImpacts = in.varint();
      const std::uint64_t titleImpacts = in.varint();
      const bool ordered = b == 0 || (last > skips.blocks[b - 1].lastDoc && end > skips.blocks[b - 1].end);
      if (!in.ok() || !ordered || last > record.lastDoc || end > compactedLength(id) || textImpacts > kBlockSize ||
          titleImpacts > kBlockSize) {
        return false;
      }
      block.lastDoc = static_cast<DocId>(last);
      block.end = static_cast<std::uint32_t>(end);
      block.impactBegin = static_cast<std::uint32_t>(skips.impacts.size());
      block.textImpacts = static_cast<std::uint16_t>(textImpacts);
      block.titleImpacts = static_cast<std::uint16_t>(titleImpacts);
      for (std::uint64_t k = 0; k < textImpacts + titleImpacts; ++k) {
        const std::uint64_t freq = in.varint();
        const std::uint64_t length = in.varint();
        skips.impacts.push_back({static_cast<std::uint32_t>(freq), static_cast<std::uint32_t>(length)});
      }
    }
  }
  for (TermId id = 0; id < records_.size(); ++id) {
    if (records_[id].documents >= kBlockSize && blocksOf(id) == nullptr) return false;
  }
  terms_.shrink();
  return in.ok();
}

}  // namespace qalam
