#include "qalam/index.hpp"

#include <algorithm>
#include <array>
#include <cassert>

#include "varint.hpp"

namespace qalam {
namespace {

// Recent postings are moved into the arena once they reach this size or
// half the arena, so that compaction copies each byte a bounded number of
// times however many batches arrive.
constexpr std::size_t kMinTailBytes = std::size_t{8} << 20;

// The pairs of `pairs` that no other pair beats on both counts (higher
// frequency and shorter field), by decreasing frequency. Frequencies in a
// block are mostly small: the shortest field per frequency is found in a
// table, and only a block with a frequency past it is sorted.
void keepFrontier(std::vector<FieldImpact>& pairs) {
  constexpr std::uint32_t kTable = 64;
  std::array<std::uint32_t, kTable> shortest;
  shortest.fill(0xFFFFFFFFu);
  std::uint32_t highest = 0;
  bool small = true;
  for (const FieldImpact& p : pairs) {
    if (p.freq >= kTable) {
      small = false;
      break;
    }
    shortest[p.freq] = std::min(shortest[p.freq], p.length);
    highest = std::max(highest, p.freq);
  }
  std::vector<FieldImpact> kept;
  if (small) {
    for (std::uint32_t f = highest; f > 0; --f) {
      if (shortest[f] == 0xFFFFFFFFu) continue;
      if (kept.empty() || shortest[f] < kept.back().length) kept.push_back({f, shortest[f]});
    }
    pairs.swap(kept);
    return;
  }
  std::sort(pairs.begin(), pairs.end(), [](const FieldImpact& a, const FieldImpact& b) {
    return a.freq != b.freq ? a.freq > b.freq : a.length < b.length;
  });
  for (const FieldImpact& p : pairs) {
    if (p.freq == 0) break;
    if (kept.empty() || p.length < kept.back().length) kept.push_back(p);
  }
  pairs.swap(kept);
}

}  // namespace

std::uint32_t PostingList::positionCount(std::size_t i) const {
  const std::size_t end = i + 1 < positionStart.size() ? positionStart[i + 1] : positions.size();
  return static_cast<std::uint32_t>(end - positionStart[i]);
}

TermId InvertedIndex::intern(std::string_view term) {
  // Room first: once the term is in, nothing can throw and leave it without
  // its record.
  if (records_.size() == records_.capacity()) records_.reserve(std::max<std::size_t>(1024, records_.capacity() * 2));
  bool added = false;
  const TermId id = terms_.insert(term, added);
  if (added) {
    // A new term has no compacted bytes: it starts where the arena ends.
    TermRecord fresh;
    fresh.offset = static_cast<std::uint32_t>(arena_.size());
    records_.push_back(fresh);
  }
  return id;
}

void InvertedIndex::addDocument(DocId doc, const std::vector<Token>& title, const std::vector<Token>& text) {
  std::vector<TermToken> titleIds;
  std::vector<TermToken> textIds;
  for (const Token& t : title) titleIds.push_back({intern(t.term), t.position, t.begin, t.end, termKind(t.term)});
  for (const Token& t : text) textIds.push_back({intern(t.term), t.position, t.begin, t.end, termKind(t.term)});
  addDocument(doc, titleIds, textIds);
}

void InvertedIndex::addDocument(DocId doc, const std::vector<TermToken>& title, const std::vector<TermToken>& text) {
  assert(doc == titleLength_.size());
  assert(records_.size() == terms_.size());
  // A field's length is its number of word positions: variants stacked on a
  // word (stems, folds) do not make a document longer.
  auto length = [](const std::vector<TermToken>& tokens) -> std::uint32_t {
    return tokens.empty() ? 0 : tokens.back().position + 1 - tokens.front().position;
  };
  titleLength_.push_back(length(title));
  textLength_.push_back(length(text));
  titleLengthSum_ += titleLength_.back();
  textLengthSum_ += textLength_.back();

  // Group this document's positions by term, title first, in position order.
  struct Occurrence {
    TermId term;
    std::uint32_t position;
  };
  std::vector<Occurrence> occurrences;
  occurrences.reserve(title.size() + text.size());
  for (const TermToken& t : title) occurrences.push_back({t.term, t.position});
  for (const TermToken& t : text) occurrences.push_back({t.term, kTextPositionBase + t.position});
  // Ids are small integers: sorting them is far cheaper than comparing strings.
  std::stable_sort(occurrences.begin(), occurrences.end(),
                   [](const Occurrence& a, const Occurrence& b) { return a.term < b.term; });

  std::vector<std::uint32_t> positions;
  for (std::size_t i = 0; i < occurrences.size();) {
    const TermId term = occurrences[i].term;
    positions.clear();
    std::uint32_t inTitle = 0;
    for (; i < occurrences.size() && occurrences[i].term == term; ++i) {
      positions.push_back(occurrences[i].position);
      inTitle += occurrences[i].position < kTextPositionBase;
    }
    append(term, doc, positions.data(), inTitle, static_cast<std::uint32_t>(positions.size()) - inTitle);
  }
  if (tailBytes_ > std::max(kMinTailBytes, arena_.size() / 2)) compact();
}

void InvertedIndex::append(TermId term, DocId doc, const std::uint32_t* positions, std::uint32_t titleCount,
                           std::uint32_t textCount) {
  TermRecord& record = records_[term];
  if (record.tail == kNoTail) {
    record.tail = static_cast<std::uint32_t>(tails_.size());
    tails_.emplace_back();
  }
  std::string& out = tails_[record.tail];
  const std::size_t before = out.size();
  // The varints go to a buffer first (on the stack for all but the longest
  // documents) and reach `out` in one append.
  const std::size_t room = 10 * (3 + std::size_t{titleCount} + textCount);
  std::array<char, 1024> small;
  std::string large;
  if (room > small.size()) large.resize(room);
  char* const start = room > small.size() ? large.data() : small.data();
  char* p = start;
  const bool single = titleCount == 0 && textCount == 1;
  const std::uint64_t gap = record.documents == 0 ? doc : doc - record.lastDoc;
  p = index::putVarint(p, gap << 1 | (single ? 1u : 0u));
  if (!single) {
    p = index::putVarint(p, titleCount);
    p = index::putVarint(p, textCount);
  }
  // Each field's positions as gaps from the field's start.
  std::uint32_t previous = 0;
  for (std::uint32_t k = 0; k < titleCount; ++k) {
    p = index::putVarint(p, positions[k] - previous);
    previous = positions[k];
  }
  previous = kTextPositionBase;
  for (std::uint32_t k = titleCount; k < titleCount + textCount; ++k) {
    p = index::putVarint(p, positions[k] - previous);
    previous = positions[k];
  }
  out.append(start, static_cast<std::size_t>(p - start));
  tailBytes_ += out.size() - before;
  record.lastDoc = doc;
  ++record.documents;
  if (record.documents % kBlockSize == 0) closeBlock(term);
}

std::uint32_t InvertedIndex::byteLength(TermId term) const {
  const TermRecord& record = records_[term];
  return compactedLength(term) + static_cast<std::uint32_t>(record.tail == kNoTail ? 0 : tails_[record.tail].size());
}

std::string_view InvertedIndex::bytes(TermId term, std::uint32_t from, std::string& scratch) const {
  const TermRecord& record = records_[term];
  const std::uint32_t length = compactedLength(term);
  const std::string_view compacted = std::string_view(arena_).substr(record.offset, length);
  if (record.tail == kNoTail) return compacted.substr(std::min<std::size_t>(from, compacted.size()));
  const std::string& tail = tails_[record.tail];
  if (from >= length) return std::string_view(tail).substr(from - length);
  scratch.assign(compacted.substr(from));
  scratch += tail;
  return scratch;
}

void InvertedIndex::closeBlock(TermId term) {
  TermRecord& record = records_[term];
  TermBlocks& skips = blocks_[term];
  const std::uint32_t start = skips.blocks.empty() ? 0 : skips.blocks.back().end;
  std::string scratch;
  const std::string_view data = bytes(term, start, scratch);
  // Decode the block just written for its impacts.
  PostingCursor cursor;
  cursor.data_ = reinterpret_cast<const std::uint8_t*>(data.data());
  cursor.size_ = data.size();
  cursor.documents_ = kBlockSize;
  cursor.previousDoc_ = skips.blocks.empty() ? 0 : skips.blocks.back().lastDoc;
  cursor.lastDoc_ = record.lastDoc;
  std::vector<FieldImpact> text;
  std::vector<FieldImpact> title;
  for (std::uint32_t n = 0; n < kBlockSize; ++n) {
    cursor.next();
    text.push_back({cursor.textFreq(), textLength_[cursor.doc()]});
    title.push_back({cursor.titleFreq(), titleLength_[cursor.doc()]});
  }
  keepFrontier(text);
  keepFrontier(title);
  PostingBlock block;
  block.lastDoc = record.lastDoc;
  block.end = byteLength(term);
  block.impactBegin = static_cast<std::uint32_t>(skips.impacts.size());
  block.textImpacts = static_cast<std::uint16_t>(text.size());
  block.titleImpacts = static_cast<std::uint16_t>(title.size());
  skips.impacts.insert(skips.impacts.end(), text.begin(), text.end());
  skips.impacts.insert(skips.impacts.end(), title.begin(), title.end());
  skips.blocks.push_back(block);
}

void InvertedIndex::compact() {
  if (tails_.empty()) return;
  std::string arena;
  arena.reserve(arena_.size() + tailBytes_);
  for (TermId term = 0; term < records_.size(); ++term) {
    TermRecord& record = records_[term];
    const std::size_t offset = arena.size();
    arena.append(arena_, record.offset, compactedLength(term));
    if (record.tail != kNoTail) arena += tails_[record.tail];
    record.tail = kNoTail;
    record.offset = static_cast<std::uint32_t>(offset);
  }
  arena_.swap(arena);
  std::vector<std::string>().swap(tails_);
  tailBytes_ = 0;
  records_.shrink_to_fit();
  terms_.shrink();
}

std::uint32_t InvertedIndex::documentFrequency(std::string_view term) const {
  const TermId id = terms_.find(term);
  return id == TermDictionary::kNone ? 0 : records_[id].documents;
}

PostingCursor InvertedIndex::cursor(TermId term) const {
  PostingCursor c;
  if (term == TermDictionary::kNone || term >= records_.size()) return c;
  const std::string_view data = bytes(term, 0, c.owned_);
  c.ownsBytes_ = !c.owned_.empty();
  c.data_ = reinterpret_cast<const std::uint8_t*>(data.data());
  c.size_ = data.size();
  c.lastDoc_ = records_[term].lastDoc;
  c.documents_ = records_[term].documents;
  c.blocks_ = blocksOf(term);
  c.next();
  return c;
}

std::optional<PostingList> InvertedIndex::postings(std::string_view term) const {
  const TermId id = terms_.find(term);
  if (id == TermDictionary::kNone) return std::nullopt;
  PostingList out;
  for (PostingCursor c = cursor(id); c.doc() != kNoMoreDocs; c.next()) {
    out.docs.push_back(c.doc());
    out.titleFreq.push_back(c.titleFreq());
    out.textFreq.push_back(c.textFreq());
    out.positionStart.push_back(static_cast<std::uint32_t>(out.positions.size()));
    const std::vector<std::uint32_t>& p = c.positions();
    out.positions.insert(out.positions.end(), p.begin(), p.end());
  }
  return out;
}

std::size_t InvertedIndex::postingBytes() const { return arena_.size() + tailBytes_; }

std::size_t InvertedIndex::memoryBytes() const {
  std::size_t total = terms_.memoryBytes() + records_.capacity() * sizeof(TermRecord) + arena_.capacity() +
                      blocks_.size() * (sizeof(TermBlocks) + sizeof(TermId) + 2 * sizeof(void*)) +
                      blocks_.bucket_count() * sizeof(void*) +
                      (titleLength_.capacity() + textLength_.capacity()) * sizeof(std::uint32_t) +
                      sortedTerms_.capacity() * sizeof(TermId);
  for (const auto& [term, b] : blocks_) {
    total += b.blocks.capacity() * sizeof(PostingBlock) + b.impacts.capacity() * sizeof(FieldImpact);
  }
  total += tails_.capacity() * sizeof(std::string);
  for (const std::string& tail : tails_) total += tail.capacity() > 15 ? tail.capacity() : 0;  // beyond the inline buffer
  return total;
}

std::vector<std::string_view> InvertedIndex::termsWithPrefix(std::string_view prefix, std::size_t limit) const {
  if (sortedTermsOf_ != terms_.size()) {
    // Only exact words: stems and folds (half the vocabulary) are never
    // prefix-matched, so they are not sorted either.
    sortedTerms_.clear();
    for (TermId id = 0; id < terms_.size(); ++id) {
      if (termKind(terms_.term(id)) == TermKind::kExact) sortedTerms_.push_back(id);
    }
    sortedTermsOf_ = terms_.size();
    std::sort(sortedTerms_.begin(), sortedTerms_.end(),
              [this](TermId a, TermId b) { return terms_.term(a) < terms_.term(b); });
  }
  std::vector<TermId> found;
  auto it = std::lower_bound(sortedTerms_.begin(), sortedTerms_.end(), prefix,
                             [this](TermId id, std::string_view p) { return terms_.term(id) < p; });
  for (; it != sortedTerms_.end() && terms_.term(*it).substr(0, prefix.size()) == prefix; ++it) found.push_back(*it);
  std::stable_sort(found.begin(), found.end(),
                   [this](TermId a, TermId b) { return records_[a].documents > records_[b].documents; });
  if (found.size() > limit) found.resize(limit);
  std::vector<std::string_view> out;
  for (const TermId id : found) out.push_back(terms_.term(id));
  return out;
}

double InvertedIndex::averageTitleLength() const {
  return titleLength_.empty() ? 0.0 : static_cast<double>(titleLengthSum_) / static_cast<double>(titleLength_.size());
}

double InvertedIndex::averageTextLength() const {
  return textLength_.empty() ? 0.0 : static_cast<double>(textLengthSum_) / static_cast<double>(textLength_.size());
}

}  // namespace qalam
