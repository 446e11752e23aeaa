// Invisible and stacking characters in imported titles and text: the bytes
// are kept as given, and the words around them are still found.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "qalam/corpus.hpp"

namespace {

// A JSON Lines file of one document with these (already JSON-safe) fields.
std::string jsonLine(const std::string& id, const std::string& title, const std::string& text) {
  return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"text\":\"" + text + "\",\"lang\":\"en\"}\n";
}

// The highlighted words of the first hit's snippet, each as its bytes.
std::vector<std::string> highlighted(const qalam::SearchResults& results) {
  std::vector<std::string> words;
  if (results.snippets.empty()) return words;
  const qalam::Snippet& snippet = results.snippets[0];
  for (std::size_t i = 0; i + 1 < snippet.highlights.size(); i += 2) {
    words.push_back(snippet.text.substr(snippet.highlights[i], snippet.highlights[i + 1] - snippet.highlights[i]));
  }
  return words;
}

}  // namespace

TEST_CASE("bidirectional controls and zero-width characters are kept byte for byte and the word is still found") {
  struct Row {
    const char* name;
    std::string word;  // as written in the title and the text
    const char* query;
  };
  const std::vector<Row> rows = {
      {"right-to-left override around the word", "\u202Ekestrel\u202C", "kestrel"},
      {"right-to-left and left-to-right isolates", "\u2067kestrel\u2069 \u2066kestrel\u2069", "kestrel"},
      {"right-to-left and left-to-right marks", "\u200Fkestrel\u200E", "kestrel"},
      {"zero-width joiner inside the word", "kes\u200Dtrel", "kestrel"},
      {"zero-width non-joiner inside the word", "kes\u200Ctrel", "kestrel"},
      {"word joiner inside the word", "kes\u2060trel", "kestrel"},
      {"soft hyphen inside the word", "kes\u00ADtrel", "kestrel"},
      {"zero-width no-break space (a BOM) before the word", "\uFEFFkestrel", "kestrel"},
      {"zero-width space between two words", "kestrel\u200Bharbour", "harbour"},
      {"zero-width space inside the word", "kes\u200Btrel", "kestrel"},
      {"Persian word with its zero-width non-joiner", "می\u200Cخواهم", "میخواهم"},
      {"right-to-left override inside an Arabic word", "ال\u202Eقدس\u202C", "القدس"},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    qalam::Corpus corpus;
    const std::string title = "Report " + row.word;
    const std::string text = "Before " + row.word + " after.";
    const qalam::ImportReport report = corpus.addFile("marks.jsonl", jsonLine("m1", title, text) + jsonLine("m2", "Other", "nothing here"));
    REQUIRE(report.added == 2);
    CHECK(report.issues.empty());
    CHECK(corpus.document(0).title == title);
    CHECK(corpus.document(0).text == text);
    const qalam::SearchResults results = corpus.search(row.query);
    REQUIRE(results.total == 1);
    CHECK(results.docs[0] == 0);
    // A highlight covers whole characters of the text: it never cuts a
    // control character in two, and holds the word's letters.
    for (const std::string& word : highlighted(results)) {
      CHECK(text.find(word) != std::string::npos);
    }
    CHECK_FALSE(highlighted(results).empty());
    // The word typed with the same invisible characters finds it too.
    const std::string typed = std::string(row.word);
    CHECK(corpus.search(typed).total >= 1);
    CHECK(corpus.search("title:" + std::string(row.query)).total == 1);
  }
}

TEST_CASE("10,000 combining marks on one letter are imported whole and the letter is found") {
  std::string stacked = "z";
  for (int i = 0; i < 10'000; ++i) stacked += "\xCC\x81";  // U+0301 combining acute accent
  qalam::Corpus corpus;
  const qalam::ImportReport report =
      corpus.addFile("stacked.jsonl", jsonLine("s1", "Tower " + stacked, "river " + stacked + " bank") +
                                          jsonLine("s2", "Plain", "river"));
  REQUIRE(report.added == 2);
  CHECK(report.issues.empty());
  CHECK(corpus.document(0).title == "Tower " + stacked);
  CHECK(corpus.document(0).text == "river " + stacked + " bank");
  CHECK(corpus.search("bank").total == 1);
  CHECK(corpus.search("tower").total == 1);
  CHECK(corpus.search("river").total == 2);
  // The stacked letter as a query (20,001 bytes, one word) finds its document.
  const qalam::SearchResults results = corpus.search(stacked);
  CHECK(results.error.code == qalam::ErrorCode::kNone);
  REQUIRE(results.total == 1);
  CHECK(corpus.document(results.docs[0]).id == "s1");
}
