#include <algorithm>

#include "qalam/index.hpp"
#include "varint.hpp"

namespace qalam {

void PostingCursor::readDoc() {
  const std::uint8_t* bytes = data();
  std::uint64_t head = 0;
  std::uint64_t title = 0;
  std::uint64_t text = 1;
  bool ok = index::getVarint(bytes, size_, at_, head);
  if (ok && (head & 1) == 0) ok = index::getVarint(bytes, size_, at_, title) && index::getVarint(bytes, size_, at_, text);
  const std::uint64_t doc = previousDoc_ + (head >> 1);
  if (!ok || doc > lastDoc_ || title + text > kNoMoreDocs) {
    // Damaged bytes end the list rather than the program.
    doc_ = kNoMoreDocs;
    read_ = documents_;
    return;
  }
  doc_ = previousDoc_ = static_cast<DocId>(doc);
  titleFreq_ = static_cast<std::uint32_t>(title);
  textFreq_ = static_cast<std::uint32_t>(text);
  positionsAt_ = at_;
  pastPositions_ = false;
  positionsDecoded_ = false;
  ++read_;
}

void PostingCursor::skipPositions() {
  if (pastPositions_) return;
  const std::uint8_t* bytes = data();
  std::uint64_t left = static_cast<std::uint64_t>(titleFreq_) + textFreq_;
  // A varint ends at each byte below 0x80.
  while (left > 0 && at_ < size_) left -= (bytes[at_++] & 0x80) == 0;
  pastPositions_ = true;
}

DocId PostingCursor::next() {
  if (read_ >= documents_) {
    doc_ = kNoMoreDocs;
    return doc_;
  }
  skipPositions();
  readDoc();
  return doc_;
}

void PostingCursor::seekBlock(std::size_t block) {
  const PostingBlock& previous = blocks_->blocks[block - 1];
  at_ = previous.end;
  previousDoc_ = previous.lastDoc;
  read_ = static_cast<std::uint32_t>(block * InvertedIndex::kBlockSize);
  pastPositions_ = true;
  positionsDecoded_ = false;
}

DocId PostingCursor::advance(DocId target) {
  if (doc_ >= target) return doc_;  // also when exhausted
  if (blocks_ != nullptr && read_ > 0) {
    const std::size_t current = (read_ - 1) / InvertedIndex::kBlockSize;
    std::size_t block = current;
    while (block < blocks_->blocks.size() && blocks_->blocks[block].lastDoc < target) ++block;
    if (block > current) seekBlock(block);
  }
  while (next() < target) {
  }
  return doc_;
}

const std::vector<std::uint32_t>& PostingCursor::positions() {
  if (positionsDecoded_ || doc_ == kNoMoreDocs) return positions_;
  positions_.clear();
  std::size_t at = positionsAt_;
  const std::uint8_t* bytes = data();
  std::uint32_t position = 0;
  std::uint64_t gap = 0;
  for (std::uint32_t k = 0; k < titleFreq_ + textFreq_; ++k) {
    if (k == titleFreq_) position = InvertedIndex::kTextPositionBase;
    if (!index::getVarint(bytes, size_, at, gap)) break;
    position += static_cast<std::uint32_t>(gap);
    positions_.push_back(position);
  }
  if (!pastPositions_) at_ = at;
  pastPositions_ = true;
  positionsDecoded_ = true;
  return positions_;
}

DocId PostingCursor::blockEnd(DocId target) const {
  if (documents_ == 0 || target > lastDoc_) return kNoMoreDocs;
  if (blocks_ != nullptr) {
    std::size_t block = read_ == 0 ? 0 : (read_ - 1) / InvertedIndex::kBlockSize;
    const auto& blocks = blocks_->blocks;
    while (block < blocks.size() && blocks[block].lastDoc < target) ++block;
    if (block < blocks.size()) return blocks[block].lastDoc;
  }
  return lastDoc_;
}

}  // namespace qalam
