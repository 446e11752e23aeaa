// A snippet and a concordance line stay short when the words around a match
// are far apart in bytes (a long run of spaces, punctuation or symbols).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "qalam/corpus.hpp"
#include "qalam/utf.hpp"

TEST_CASE("a snippet and a concordance line stay short when the words around the match are far apart") {
  struct Row {
    const char* name;
    std::string gap;  // between the two words of the text
  };
  const std::vector<Row> rows = {
      {"100,000 spaces", std::string(100'000, ' ')},
      {"100,000 full stops", std::string(100'000, '.')},
      {"20,000 emoji", [] {
         std::string s;
         for (int i = 0; i < 20'000; ++i) s += "\xF0\x9F\x8C\x8A";
         return s;
       }()},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    qalam::Corpus corpus;
    REQUIRE_FALSE(corpus.addDocument(qalam::Document{"gap", "", "opening " + row.gap + " closing", "en", "", ""}));
    const qalam::SearchResults results = corpus.search("closing");
    REQUIRE(results.total == 1);
    REQUIRE(results.snippets.size() == 1);
    CHECK(results.snippets[0].text.size() < 1000);
    CHECK(results.snippets[0].text.find("opening") != std::string::npos);
    CHECK(results.snippets[0].text.find("closing") != std::string::npos);
    REQUIRE(results.snippets[0].highlights.size() == 2);
    CHECK(results.snippets[0].text.substr(results.snippets[0].highlights[0],
                                          results.snippets[0].highlights[1] - results.snippets[0].highlights[0]) == "closing");
    const qalam::ConcordanceResult lines = corpus.concordance("closing");
    REQUIRE(lines.lines.size() == 1);
    CHECK(lines.lines[0].left.size() < 1000);
    CHECK(lines.lines[0].left.find("opening") != std::string::npos);
    CHECK(lines.lines[0].right.size() < 1000);
  }
}

TEST_CASE("a word longer than a snippet is cut on a character boundary and still highlighted") {
  std::string word;
  for (int i = 0; i < 3000; ++i) word += "\xD0\xB6";  // ж × 3000: one 6,000-byte word
  qalam::Corpus corpus;
  REQUIRE_FALSE(corpus.addDocument(qalam::Document{"long", "", word + " tail", "ru", "", ""}));
  const qalam::SearchResults results = corpus.search(word);
  REQUIRE(results.total == 1);
  const qalam::Snippet& snippet = results.snippets[0];
  CHECK(snippet.text.size() <= 2000 + 3);
  CHECK(qalam::findInvalidUtf8(snippet.text) == std::string_view::npos);
  REQUIRE(snippet.highlights.size() == 2);
  CHECK(snippet.highlights[0] == 0);
  CHECK(snippet.highlights[1] > 1000);
}
