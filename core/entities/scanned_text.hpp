// A text cut into numbers, words and symbols in one pass over its code
// points, for the date and money recognizers. Words carry a folded form
// (lower case; Arabic-script letter variants, diacritics and tatweel
// removed) so that tables of month names, scale words and currencies are
// written once per spelling family; numbers carry their value whatever the
// digits (ASCII, Persian ۰-۹, Arabic-Indic ٠-٩).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "qalam/entity.hpp"

namespace qalam::entities {

enum class ScanKind : std::uint8_t { kNumber, kWord, kSymbol };

struct ScannedToken {
  ScanKind kind = ScanKind::kSymbol;
  std::uint32_t begin = 0;  // UTF-8 byte offsets into the text
  std::uint32_t end = 0;
  bool gapBefore = false;     // whitespace (or a word-breaking ZWNJ) before it
  bool lineBefore = false;    // a line break before it
  bool narrowGap = false;     // the gap is one no-break or thin space
  bool upperInitial = false;  // a word that starts with a capital letter
  std::uint8_t digits = 0;    // kNumber: how many digits
  char32_t symbol = 0;        // kSymbol: the code point
  std::uint64_t value = 0;    // kNumber: its value (saturates)
  std::uint32_t foldBegin = 0;  // kWord: folded form in ScannedText::folded
  std::uint32_t foldLength = 0;
};

class ScannedText {
 public:
  explicit ScannedText(std::string_view text);

  std::size_t size() const { return tokens_.size(); }
  const ScannedToken& operator[](std::size_t i) const { return tokens_[i]; }
  std::string_view text() const { return text_; }

  // The folded form of a word; empty for other tokens and past the end.
  std::string_view fold(std::size_t i) const;
  bool isWord(std::size_t i) const { return i < tokens_.size() && tokens_[i].kind == ScanKind::kWord; }
  bool isNumber(std::size_t i) const { return i < tokens_.size() && tokens_[i].kind == ScanKind::kNumber; }
  // Token i is the symbol `c`.
  bool isSymbol(std::size_t i, char32_t c) const {
    return i < tokens_.size() && tokens_[i].kind == ScanKind::kSymbol && tokens_[i].symbol == c;
  }
  // Token i exists and touches the token before it (no gap).
  bool attached(std::size_t i) const { return i < tokens_.size() && i > 0 && !tokens_[i].gapBefore; }
  // Token i follows its predecessor on the same line.
  bool sameLine(std::size_t i) const { return i < tokens_.size() && !tokens_[i].lineBefore; }
  // The text from the start of token `first` to the end of token `last`.
  std::string_view span(std::size_t first, std::size_t last) const {
    return text_.substr(tokens_[first].begin, tokens_[last].end - tokens_[first].begin);
  }

 private:
  std::string_view text_;
  std::vector<ScannedToken> tokens_;
  std::string folded_;
};

// Folds a table entry written in any of our scripts exactly as the scanner
// folds a word, so tables and text meet.
std::string foldWord(std::string_view utf8);

// True for the dash-like symbols written between numbers and suffixes or in
// ranges: - ‐ ‑ – —.
bool isDash(char32_t c);

// The mentions a grammar (`std::optional<Mention> at(std::size_t token)`)
// finds from left to right, each search resuming after the last mention.
template <typename Grammar>
std::vector<Mention> mentionsOf(const ScannedText& text, const Grammar& grammar) {
  std::vector<Mention> out;
  for (std::size_t i = 0; i < text.size();) {
    std::optional<Mention> m = grammar.at(i);
    if (!m) {
      ++i;
      continue;
    }
    while (i < text.size() && text[i].begin < m->end) ++i;
    out.push_back(std::move(*m));
  }
  return out;
}

}  // namespace qalam::entities
