#include "qalam/snippet.hpp"

#include <algorithm>
#include <unordered_map>

namespace qalam {

Snippet makeSnippet(std::string_view text, const std::vector<Token>& tokens,
                    const std::unordered_set<std::string>& terms, SnippetOptions options) {
  Snippet snippet;
  if (tokens.empty()) return snippet;
  const std::size_t window = std::max<std::uint32_t>(1, options.windowTokens);

  // Slide a window of `window` tokens; keep the one with most distinct terms.
  std::unordered_map<std::string_view, std::uint32_t> inWindow;
  std::size_t distinct = 0;
  std::size_t best = 0;
  std::size_t bestStart = 0;
  auto enter = [&](const Token& t) {
    if (terms.count(t.term) && inWindow[t.term]++ == 0) ++distinct;
  };
  auto leave = [&](const Token& t) {
    if (terms.count(t.term) && --inWindow[t.term] == 0) --distinct;
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    enter(tokens[i]);
    if (i >= window) leave(tokens[i - window]);
    const std::size_t start = i >= window ? i - window + 1 : 0;
    if (distinct > best) {
      best = distinct;
      bestStart = start;
    }
  }
  // Centre a lone match rather than leaving it at the window's edge.
  if (best == 1) {
    for (std::size_t i = bestStart; i < tokens.size(); ++i) {
      if (terms.count(tokens[i].term)) {
        bestStart = i > window / 3 ? i - window / 3 : 0;
        break;
      }
    }
  }
  const std::size_t last = std::min(tokens.size(), bestStart + window) - 1;
  const std::uint32_t begin = bestStart == 0 ? 0 : tokens[bestStart].begin;
  const std::uint32_t end = last + 1 == tokens.size() ? static_cast<std::uint32_t>(text.size()) : tokens[last].end;

  const std::string_view ellipsis = "\u2026";
  if (begin > 0) snippet.text += ellipsis;
  const auto shift = static_cast<std::uint32_t>(snippet.text.size()) - begin;
  snippet.text += text.substr(begin, end - begin);
  if (end < text.size()) snippet.text += ellipsis;
  for (std::size_t i = bestStart; i <= last; ++i) {
    if (terms.count(tokens[i].term)) {
      snippet.highlights.push_back(tokens[i].begin + shift);
      snippet.highlights.push_back(tokens[i].end + shift);
    }
  }
  return snippet;
}

}  // namespace qalam
