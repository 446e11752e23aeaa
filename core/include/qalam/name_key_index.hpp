// The corpus vocabulary by cross-script name key: which indexed terms (exact
// words and stems) could be spellings of the same name.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "qalam/name_key.hpp"

namespace qalam {

namespace index {
class ByteWriter;
class ByteReader;
}  // namespace index

struct NameCandidate {
  std::string term;   // index term (exact or stem namespace)
  std::string latin;  // its transliteration
};

class NameKeyIndex {
 public:
  // Records `term` (an index term) for the word it came from; only names are
  // keyed: capitalized Latin or Cyrillic words, and Arabic-script words, of
  // three letters or more. Each term is transliterated once.
  void add(const std::string& term, std::string_view wordText, bool capitalized, const NameKeyer& keyer);

  const std::vector<NameCandidate>* candidates(std::string_view key) const;
  std::size_t size() const { return seen_.size(); }

  void write(index::ByteWriter& out) const;
  bool read(index::ByteReader& in);

 private:
  std::unordered_set<std::string> seen_;
  std::unordered_map<std::string, std::vector<NameCandidate>> byKey_;
};

}  // namespace qalam
