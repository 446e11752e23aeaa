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

  // The window's words with what lies between them, bounded: a run of more
  // than kMaxGapBytes between two words (or at the text's edges) shows as
  // "…", and the snippet stops near kMaxSnippetBytes, so that a hostile text
  // (words 50 MB apart, a 50 MB word) still gives a short snippet.
  constexpr std::uint32_t kMaxGapBytes = 80;
  constexpr std::size_t kMaxSnippetBytes = 2000;
  const std::string_view ellipsis = "\u2026";
  std::string& out = snippet.text;
  const auto appendGap = [&](std::uint32_t from, std::uint32_t to, std::string_view cut) {
    if (to <= from) return;
    if (to - from > kMaxGapBytes) {
      out += cut;
    } else {
      out += text.substr(from, to - from);
    }
  };
  if (bestStart > 0) {
    out += ellipsis;
  } else {
    appendGap(0, words[0].begin, ellipsis);
  }
  std::uint32_t shownEnd = words[bestStart].begin;  // text bytes shown so far end here
  bool cutShort = false;
  for (std::size_t i = bestStart; i <= last; ++i) {
    if (i > bestStart) appendGap(shownEnd, words[i].begin, " \u2026 ");
    const std::uint32_t from = std::max(words[i].begin, shownEnd);
    std::uint32_t to = words[i].end;
    if (to > from && out.size() + (to - from) > kMaxSnippetBytes) {
      if (i > bestStart) {
        cutShort = true;
        break;
      }
      // A first word longer than the snippet: cut on a character boundary.
      to = from + static_cast<std::uint32_t>(kMaxSnippetBytes);
      while (to > from && (static_cast<unsigned char>(text[to]) & 0xC0) == 0x80) --to;
      cutShort = true;
    }
    const auto b = static_cast<std::uint32_t>(out.size());
    if (to > from) out += text.substr(from, to - from);
    const auto e = static_cast<std::uint32_t>(out.size());
    if (words[i].match) {
      // A word overlapping the one before widens that one's highlight.
      if (from > words[i].begin && !snippet.highlights.empty() && snippet.highlights.back() == b) {
        snippet.highlights.back() = e;
      } else if (e > b) {
        snippet.highlights.push_back(b);
        snippet.highlights.push_back(e);
      }
    }
    shownEnd = std::max(shownEnd, to);
    if (cutShort) break;
  }
  if (cutShort) {
    out += ellipsis;
  } else if (last + 1 == words.size()) {
    appendGap(shownEnd, static_cast<std::uint32_t>(text.size()), ellipsis);
  } else {
    out += ellipsis;
  }
  return snippet;
}

}  // namespace qalam
