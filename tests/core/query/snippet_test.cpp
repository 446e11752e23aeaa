#include <catch2/catch.hpp>

#include "qalam/snippet.hpp"

namespace {

// Marks highlights with brackets: "the [water] of ...".
std::string renderSnippet(const qalam::Snippet& s) {
  std::string out;
  std::size_t at = 0;
  for (std::size_t i = 0; i + 1 < s.highlights.size(); i += 2) {
    out += s.text.substr(at, s.highlights[i] - at) + "[" + s.text.substr(s.highlights[i], s.highlights[i + 1] - s.highlights[i]) + "]";
    at = s.highlights[i + 1];
  }
  return out + s.text.substr(at);
}

}  // namespace

TEST_CASE("snippets show the best window with the matches marked") {
  static const qalam::Analyzer analyzer;
  struct Row {
    const char* name;
    std::string text;
    std::unordered_set<std::string> terms;
    std::uint32_t window;
    const char* expected;
  };
  const std::vector<Row> rows = {
      {"whole short text", "Water talks in Almaty.", {"water", "almaty"}, 10, "[Water] talks in [Almaty]."},
      {"window with most distinct terms wins", "water a b c d e f water almaty g h", {"water", "almaty"}, 3,
       "\u2026f [water] [almaty]\u2026"},
      {"lone match is not left at the edge", "a b c d e f g h i j water k l m n o p", {"water"}, 6,
       "\u2026i j [water] k l m\u2026"},
      {"right-to-left text keeps its bytes", "دیدار در آلماتی برگزار شد", {"الماتي"}, 3, "\u2026در [آلماتی] برگزار\u2026"},
      {"no match gives the opening", "one two three four", {"zzz"}, 2, "one two\u2026"},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    const qalam::Snippet s = qalam::makeSnippet(row.text, analyzer.analyze(row.text), row.terms, {row.window});
    CHECK(renderSnippet(s) == row.expected);
  }
}
