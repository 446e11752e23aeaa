#include "qalam/index.hpp"

#include <algorithm>
#include <cassert>

#include "byte_io.hpp"

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
    if (it == postings_.end()) it = postings_.emplace(std::string(term), EncodedPostings{}).first;
    EncodedPostings& list = it->second;
    std::size_t end = i;
    std::uint32_t inTitle = 0;
    for (; end < occurrences.size() && occurrences[end].term == term; ++end) inTitle += occurrences[end].inTitle;
    index::putVarint(list.bytes, list.documents == 0 ? doc : doc - list.lastDoc);
    index::putVarint(list.bytes, inTitle);
    index::putVarint(list.bytes, end - i - inTitle);
    std::uint32_t previous = 0;
    for (; i < end; ++i) {
      index::putVarint(list.bytes, occurrences[i].position - previous);
      previous = occurrences[i].position;
    }
    list.lastDoc = doc;
    ++list.documents;
  }
}

PostingList EncodedPostings::decode() const {
  PostingList out;
  out.docs.reserve(documents);
  out.titleFreq.reserve(documents);
  out.textFreq.reserve(documents);
  out.positionStart.reserve(documents);
  const std::uint8_t* data = bytes.data();
  std::size_t at = 0;
  DocId doc = 0;
  std::uint64_t v = 0;
  for (std::uint32_t n = 0; n < documents; ++n) {
    if (!index::getVarint(data, bytes.size(), at, v)) break;
    doc = n == 0 ? static_cast<DocId>(v) : doc + static_cast<DocId>(v);
    std::uint64_t title = 0;
    std::uint64_t text = 0;
    if (!index::getVarint(data, bytes.size(), at, title) || !index::getVarint(data, bytes.size(), at, text)) break;
    out.docs.push_back(doc);
    out.titleFreq.push_back(static_cast<std::uint32_t>(title));
    out.textFreq.push_back(static_cast<std::uint32_t>(text));
    out.positionStart.push_back(static_cast<std::uint32_t>(out.positions.size()));
    std::uint32_t position = 0;
    for (std::uint64_t k = 0; k < title + text; ++k) {
      if (!index::getVarint(data, bytes.size(), at, v)) break;
      position += static_cast<std::uint32_t>(v);
      out.positions.push_back(position);
    }
  }
  return out;
}

std::uint32_t InvertedIndex::documentFrequency(std::string_view term) const {
  const auto it = postings_.find(term);
  return it == postings_.end() ? 0 : it->second.documents;
}

std::optional<PostingList> InvertedIndex::postings(std::string_view term) const {
  const auto it = postings_.find(term);
  if (it == postings_.end()) return std::nullopt;
  return it->second.decode();
}

std::size_t InvertedIndex::postingBytes() const {
  std::size_t total = 0;
  for (const auto& [term, list] : postings_) total += list.bytes.size();
  return total;
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
    return documentFrequency(a) > documentFrequency(b);
  });
  if (found.size() > limit) found.resize(limit);
  return found;
}

void InvertedIndex::write(index::ByteWriter& out) const {
  out.varint(titleLength_.size());
  for (std::size_t d = 0; d < titleLength_.size(); ++d) {
    out.varint(titleLength_[d]);
    out.varint(textLength_[d]);
  }
  // Terms in sorted order, so that equal corpora save to equal bytes.
  std::vector<const std::pair<const std::string, EncodedPostings>*> entries;
  entries.reserve(postings_.size());
  for (const auto& entry : postings_) entries.push_back(&entry);
  std::sort(entries.begin(), entries.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
  out.varint(entries.size());
  // Front coding: each term as the length it shares with the previous one,
  // then the rest.
  std::string_view previous;
  for (const auto* entry : entries) {
    const std::string& term = entry->first;
    std::size_t shared = 0;
    while (shared < previous.size() && shared < term.size() && previous[shared] == term[shared]) ++shared;
    out.varint(shared);
    out.string(std::string_view(term).substr(shared));
    previous = term;
    out.varint(entry->second.documents);
    out.varint(entry->second.lastDoc);
    out.raw(entry->second.bytes);
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
  const std::size_t terms = in.count(4);
  postings_.reserve(terms);
  std::string previous;
  for (std::size_t t = 0; t < terms && in.ok(); ++t) {
    const std::uint64_t shared = in.varint();
    if (shared > previous.size()) return false;
    std::string term = previous.substr(0, static_cast<std::size_t>(shared)) + in.string();
    previous = term;
    EncodedPostings list;
    const std::uint64_t docCount = in.varint();
    const std::uint64_t lastDoc = in.varint();
    list.bytes = in.raw();
    if (!in.ok() || docCount == 0 || docCount > documents || lastDoc >= documents) return false;
    list.documents = static_cast<std::uint32_t>(docCount);
    list.lastDoc = static_cast<DocId>(lastDoc);
    postings_.emplace(std::move(term), std::move(list));
  }
  return in.ok();
}

double InvertedIndex::averageTitleLength() const {
  return titleLength_.empty() ? 0.0 : static_cast<double>(titleLengthSum_) / static_cast<double>(titleLength_.size());
}

double InvertedIndex::averageTextLength() const {
  return textLength_.empty() ? 0.0 : static_cast<double>(textLengthSum_) / static_cast<double>(textLength_.size());
}

}  // namespace qalam
