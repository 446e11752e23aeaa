#include "qalam/name_key_index.hpp"

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

void NameKeyIndex::add(const std::string& term, std::string_view wordText, bool capitalized, const NameKeyer& keyer) {
  if (!capitalized && !isArabicScript(wordText)) return;
  if (letterCount(wordText) < 3 || hasDigit(wordText)) return;
  if (!seen_.insert(term).second) return;
  std::string latin = keyer.transliterate(wordText);
  std::string key = NameKeyer::skeleton(latin);
  if (key.size() < 2) return;
  byKey_[std::move(key)].push_back({term, std::move(latin)});
}

const std::vector<NameCandidate>* NameKeyIndex::candidates(std::string_view key) const {
  const auto it = byKey_.find(std::string(key));
  return it == byKey_.end() ? nullptr : &it->second;
}

}  // namespace qalam
