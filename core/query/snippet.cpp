#include "qalam/snippet.hpp"

#include <algorithm>
#include <unordered_map>

#include "match_finder.hpp"

namespace qalam {

namespace {

// One word of the text: the offsets of its matching token (else of its first
// token), and whether any of its tokens (exact form or variant) is a query term.
struct Word {
  std::uint32_t begin;
  std::uint32_t end;
  std::string_view key;  // the matching term, for counting distinct matches
  bool match;
};

std::vector<Word> wordsOf(const std::vector<Token>& tokens, const std::unordered_set<std::string>& terms) {
  std::vector<Word> words;
  for (const TextWord& w : groupWords(tokens)) {
    const Token* hit = findMatchingToken(w, tokens, terms);
    const Token& shown = hit ? *hit : tokens[w.firstToken];
    words.push_back({shown.begin, shown.end, hit ? termText(hit->term) : std::string_view{}, hit != nullptr});
  }
  return words;
}

}  // namespace

Snippet makeSnippet(std::string_view text, const std::vector<Token>& tokens,
                    const std::unordered_set<std::string>& terms, SnippetOptions options) {
  Snippet snippet;
  const std::vector<Word> words = wordsOf(tokens, terms);
  if (words.empty()) return snippet;
  const std::size_t window = std::max<std::uint32_t>(1, options.windowTokens);

  // Slide a window of `window` words; keep the one with most distinct matches.
  std::unordered_map<std::string_view, std::uint32_t> inWindow;
  std::size_t distinct = 0;
  std::size_t best = 0;
  std::size_t bestStart = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].match && inWindow[words[i].key]++ == 0) ++distinct;
    if (i >= window && words[i - window].match && --inWindow[words[i - window].key] == 0) --distinct;
    if (distinct > best) {
      best = distinct;
      bestStart = i >= window ? i - window + 1 : 0;
    }
  }
  // Centre a lone match rather than leaving it at the window's edge.
  if (best == 1) {
    for (std::size_t i = bestStart; i < words.size(); ++i) {
      if (words[i].match) {
        bestStart = i > window / 3 ? i - window / 3 : 0;
        break;
      }
    }
  }
  const std::size_t last = std::min(words.size(), bestStart + window) - 1;
  const std::uint32_t begin = bestStart == 0 ? 0 : words[bestStart].begin;
  const std::uint32_t end = last + 1 == words.size() ? static_cast<std::uint32_t>(text.size()) : words[last].end;

  const std::string_view ellipsis = "\u2026";
  if (begin > 0) snippet.text += ellipsis;
  const auto shift = static_cast<std::uint32_t>(snippet.text.size()) - begin;
  snippet.text += text.substr(begin, end - begin);
  if (end < text.size()) snippet.text += ellipsis;
  for (std::size_t i = bestStart; i <= last; ++i) {
    if (!words[i].match) continue;
    const std::uint32_t b = words[i].begin + shift;
    const std::uint32_t e = words[i].end + shift;
    if (!snippet.highlights.empty() && b < snippet.highlights.back()) {  // overlapping: widen the last
      snippet.highlights.back() = std::max(snippet.highlights.back(), e);
      continue;
    }
    snippet.highlights.push_back(b);
    snippet.highlights.push_back(e);
  }
  return snippet;
}

}  // namespace qalam
