// The best passage of a document for a query, with the matches marked.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "qalam/analyzer.hpp"

namespace qalam {

struct Snippet {
  std::string text;                        // UTF-8, may start or end with "…"
  std::vector<std::uint32_t> highlights;   // [begin, end) byte pairs into `text`
};

struct SnippetOptions {
  std::uint32_t windowTokens = 28;
};

// Picks the window of `windowTokens` words holding the most distinct query
// terms (earliest wins ties) and marks every matching word in it.
Snippet makeSnippet(std::string_view text, const std::vector<Token>& tokens,
                    const std::unordered_set<std::string>& terms, SnippetOptions options = {});

}  // namespace qalam
