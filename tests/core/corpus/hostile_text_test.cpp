// Documents that are hard on the analyzer still go through, whole.
#include <catch2/catch.hpp>

#include "qalam/corpus.hpp"

namespace {

qalam::Document make(std::string id, std::string text) {
  qalam::Document doc;
  doc.id = std::move(id);
  doc.text = std::move(text);
  return doc;
}

}  // namespace

TEST_CASE("empty, punctuation-only and diacritics-only documents are indexed without tokens") {
  qalam::Corpus corpus;
  struct Row {
    const char* id;
    std::string text;
  };
  const std::vector<Row> rows = {
      {"empty", ""},
      {"punctuation", "!!! ... ؟ «» — ، ؛ (—) [] {} *** ### ..."},
      {"diacritics", std::string("\xD9\x8E\xD9\x8F\xD9\x90\xD9\x91\xD9\x92 \xCC\x81\xCC\x80\xCC\x88")},
      {"combining marks on one letter", [] {
         std::string letter = "a";
         for (int i = 0; i < 10000; ++i) letter += "\xCC\x81";
         return letter;
       }()},
  };
  for (const Row& row : rows) {
    INFO(row.id);
    REQUIRE_FALSE(corpus.addDocument(make(row.id, row.text)));
  }
  CHECK(corpus.size() == rows.size());
  CHECK(corpus.index().textLength(0) == 0);
  CHECK(corpus.index().textLength(1) == 0);
  CHECK(corpus.index().textLength(2) == 0);
  CHECK(corpus.index().textLength(3) == 1);  // the letter
  CHECK(corpus.search("a").total == 1);
  CHECK(corpus.search("...").total == 0);
}

TEST_CASE("a 10 MB document on one line is indexed and searched") {
  const std::string unit = "Тоқаев Алматыда رئیس‌جمهور water ";
  std::string text;
  text.reserve(10'000'000 + unit.size());
  while (text.size() < 10'000'000) text += unit;
  text += "needle";
  qalam::Corpus corpus;
  REQUIRE_FALSE(corpus.addDocument(make("big", text)));
  REQUIRE_FALSE(corpus.addDocument(make("small", "a needle here")));
  qalam::SearchOptions options;
  options.crossScript = false;
  const qalam::SearchResults results = corpus.search("needle", options);
  REQUIRE(results.total == 2);
  CHECK(corpus.document(results.docs[0]).id == "small");  // shorter document first
  const qalam::Snippet& snippet = results.snippets[1];
  REQUIRE(snippet.highlights.size() == 2);
  CHECK(snippet.text.substr(snippet.highlights[0], 6) == "needle");
  CHECK(snippet.text.size() < 1000);
  CHECK(corpus.search("Алматы", options).total == 1);
}
