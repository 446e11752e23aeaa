#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "qalam/corpus.hpp"
#include "test_support.hpp"

namespace {

const qalam::Corpus& sample(qalam::ImportReport* reportOut = nullptr) {
  static qalam::ImportReport report;
  static const qalam::Corpus corpus = [] {
    qalam::Corpus c;
    report = c.addJsonLines("corpus.jsonl", qalam::test::readFile(qalam::test::sourcePath("data/sample/corpus.jsonl")));
    return c;
  }();
  if (reportOut) *reportOut = report;
  return corpus;
}

}  // namespace

TEST_CASE("the sample corpus loads whole, in all six languages") {
  qalam::ImportReport report;
  const qalam::Corpus& corpus = sample(&report);
  CHECK(report.issues.empty());
  CHECK(corpus.size() >= 30);
  std::set<std::string> langs;
  const std::regex isoDate(R"(\d{4}-\d{2}-\d{2})");
  for (qalam::DocId d = 0; d < corpus.size(); ++d) {
    const qalam::Document& doc = corpus.document(d);
    INFO(doc.id);
    CHECK_FALSE(doc.title.empty());
    CHECK_FALSE(doc.text.empty());
    CHECK_FALSE(doc.source.empty());
    CHECK(std::regex_match(doc.date, isoDate));
    langs.insert(doc.lang);
  }
  CHECK(langs == std::set<std::string>{"ar", "en", "fa", "kk", "ru", "tg"});
}

TEST_CASE("every sample document is found by the words of its own title") {
  const qalam::Corpus& corpus = sample();
  for (qalam::DocId d = 0; d < corpus.size(); ++d) {
    const qalam::Document& doc = corpus.document(d);
    INFO(doc.id << ": " << doc.title);
    const qalam::SearchResults results = corpus.search(doc.title, {1000, false});
    CHECK(std::find(results.docs.begin(), results.docs.end(), d) != results.docs.end());
  }
}
