// The corpus vocabulary by cross-script name key: which indexed terms (exact
// words and stems) could be spellings of the same name.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "qalam/index.hpp"
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
  // three letters or more. Each term (by its id in the index) is
  // transliterated once.
  void add(TermId id, std::string_view term, std::string_view wordText, bool capitalized, const NameKeyer& keyer);

  const std::vector<NameCandidate>* candidates(std::string_view key) const;
  std::size_t size() const { return seenCount_; }
  // Whether add() has already keyed (or refused) this term for good.
  bool seen(TermId id) const { return id < seen_.size() && seen_[id]; }

  void write(index::ByteWriter& out) const;
  // `index` is the corpus's, already read: candidates must be its terms.
  bool read(index::ByteReader& in, const InvertedIndex& index);

 private:
  void markSeen(TermId id);

  std::vector<bool> seen_;  // by term id
  std::size_t seenCount_ = 0;
  std::unordered_map<std::string, std::vector<NameCandidate>> byKey_;
};

}  // namespace qalam
