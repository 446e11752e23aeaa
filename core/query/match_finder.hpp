// The words of an analyzed text and which of them a set of query terms
// matches. Snippets and the concordance both find their matches through it,
// so a word is highlighted in one exactly when it is a line in the other.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "qalam/token.hpp"

namespace qalam {

// One word: the analyzer's tokens sharing a position (its exact form first,
// then its variants).
struct TextWord {
  std::uint32_t position = 0;
  std::uint32_t firstToken = 0;  // [firstToken, endToken) in the token list
  std::uint32_t endToken = 0;
  std::uint32_t begin = 0;       // UTF-8 bytes covered by all its tokens:
  std::uint32_t end = 0;         // covid-19 spans its parts, zakon.kz its whole
};

// The words of `tokens`, which must be ordered by position as the Analyzer
// gives them.
std::vector<TextWord> groupWords(const std::vector<Token>& tokens);

// The first token of `word` (exact form or variant) whose term is in `terms`,
// or null. Its offsets are what to mark: a part (kz of zakon.kz) marks only
// itself.
const Token* findMatchingToken(const TextWord& word, const std::vector<Token>& tokens,
                               const std::unordered_set<std::string>& terms);

}  // namespace qalam
