// A token as produced by the analyzer chain, identical at index and query time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace qalam {

// Index terms other than a word's exact form live in namespaces of their own,
// marked by a leading control byte that no word token contains.
enum class TermKind : std::uint8_t {
  kExact,  // the normalized word (also a whole like covid-19 and the parts of zakon.kz)
  kStem,   // light stem
  kLoose,  // Kazakh and Tajik letters folded to their Russian look-alikes
};

inline constexpr char kStemMark = '\x01';
inline constexpr char kLooseMark = '\x02';

inline std::string markTerm(TermKind kind, std::string_view text) {
  switch (kind) {
    case TermKind::kStem: return kStemMark + std::string(text);
    case TermKind::kLoose: return kLooseMark + std::string(text);
    case TermKind::kExact: break;
  }
  return std::string(text);
}

inline TermKind termKind(std::string_view term) {
  if (!term.empty() && term[0] == kStemMark) return TermKind::kStem;
  if (!term.empty() && term[0] == kLooseMark) return TermKind::kLoose;
  return TermKind::kExact;
}

inline std::string_view termText(std::string_view term) {
  return termKind(term) == TermKind::kExact ? term : term.substr(1);
}

struct Token {
  std::string term;             // index key: normalized form, possibly marked
  std::uint32_t position = 0;   // ordinal of the word; variants share their word's
  std::uint32_t begin = 0;      // UTF-8 byte offset into the original text
  std::uint32_t end = 0;        // one past the last byte
};

// A token whose term is already an id of an index's vocabulary (index builds:
// no string per token).
struct TermToken {
  std::uint32_t term = 0;       // TermId
  std::uint32_t position = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  TermKind kind = TermKind::kExact;
};

}  // namespace qalam
