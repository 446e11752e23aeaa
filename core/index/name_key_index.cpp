#include "qalam/name_key_index.hpp"

#include <algorithm>

#include "byte_io.hpp"

namespace qalam {
namespace {

bool isArabicScript(std::string_view word) {
  const auto lead = word.empty() ? 0 : static_cast<unsigned char>(word[0]);
  return lead >= 0xD8 && lead <= 0xDB;
}

std::size_t letterCount(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool hasDigit(std::string_view s) {
  for (const char c : s) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

}  // namespace

void NameKeyIndex::markSeen(TermId id) {
  if (id >= seen_.size()) seen_.resize(std::max<std::size_t>(id + 1, seen_.size() * 2));
  seenCount_ += !seen_[id];
  seen_[id] = true;
}

void NameKeyIndex::add(TermId id, std::string_view term, std::string_view wordText, bool capitalized,
                       const NameKeyer& keyer) {
  if (!capitalized && !isArabicScript(wordText)) return;
  if (letterCount(wordText) < 3 || hasDigit(wordText)) return;
  if (id < seen_.size() && seen_[id]) return;
  markSeen(id);
  std::string latin = keyer.transliterate(wordText);
  std::string key = NameKeyer::skeleton(latin);
  // Two-letter skeletons (امم and عام are both "am") link too much to be names.
  if (key.size() < NameKeyer::kMinKeyLength) return;
  byKey_[std::move(key)].push_back({std::string(term), std::move(latin)});
}

// Only the keyed candidates are saved: the set of terms already seen is
// rebuilt from them (a term seen but too short to key is simply keyed again).
void NameKeyIndex::write(index::ByteWriter& out) const {
  std::vector<const std::string*> keys;
  for (const auto& [key, list] : byKey_) keys.push_back(&key);
  std::sort(keys.begin(), keys.end(), [](const auto* a, const auto* b) { return *a < *b; });
  out.varint(keys.size());
  for (const std::string* key : keys) {
    out.string(*key);
    const std::vector<NameCandidate>& list = byKey_.at(*key);
    out.varint(list.size());
    for (const NameCandidate& c : list) {
      out.string(c.term);
      out.string(c.latin);
    }
  }
}

bool NameKeyIndex::read(index::ByteReader& in, const InvertedIndex& index) {
  *this = NameKeyIndex{};
  const std::size_t keys = in.count(2);
  for (std::size_t k = 0; k < keys && in.ok(); ++k) {
    std::string key = in.string();
    const std::size_t n = in.count(2);
    std::vector<NameCandidate>& list = byKey_[std::move(key)];
    for (std::size_t i = 0; i < n && in.ok(); ++i) {
      NameCandidate c;
      c.term = in.string();
      c.latin = in.string();
      const TermId id = index.termId(c.term);
      if (id == TermDictionary::kNone) return false;
      markSeen(id);
      list.push_back(std::move(c));
    }
  }
  return in.ok();
}

const std::vector<NameCandidate>* NameKeyIndex::candidates(std::string_view key) const {
  const auto it = byKey_.find(std::string(key));
  return it == byKey_.end() ? nullptr : &it->second;
}

}  // namespace qalam
