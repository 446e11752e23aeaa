#include "match_finder.hpp"

#include <algorithm>

namespace qalam {

std::vector<TextWord> groupWords(const std::vector<Token>& tokens) {
  std::vector<TextWord> words;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    const auto index = static_cast<std::uint32_t>(i);
    if (words.empty() || t.position != words.back().position) {
      words.push_back({t.position, index, index, t.begin, t.end});
    }
    TextWord& w = words.back();
    w.endToken = index + 1;
    w.begin = std::min(w.begin, t.begin);
    w.end = std::max(w.end, t.end);
  }
  return words;
}

const Token* findMatchingToken(const TextWord& word, const std::vector<Token>& tokens,
                               const std::unordered_set<std::string>& terms) {
  for (std::uint32_t i = word.firstToken; i < word.endToken; ++i) {
    if (terms.count(tokens[i].term)) return &tokens[i];
  }
  return nullptr;
}

}  // namespace qalam
