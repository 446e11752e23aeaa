#include <catch2/catch.hpp>

#include <algorithm>

#include "qalam/corpus.hpp"
#include "test_support.hpp"

namespace {

std::string renderReport(const qalam::ImportReport& report, const qalam::Corpus& corpus) {
  std::vector<std::string> ids;
  for (std::uint32_t i = corpus.size() - report.added; i < corpus.size(); ++i) ids.push_back(corpus.document(i).id);
  return qalam::testing::renderImport(ids, report.issues);
}

}  // namespace

TEST_CASE("JSON Lines import reports each bad line by file and line and keeps the rest") {
  struct Row {
    const char* name;
    std::string bytes;
    const char* expected;
  };
  const std::vector<Row> rows = {
      {"two good lines", "{\"id\":\"1\",\"text\":\"a\"}\n{\"id\":\"2\",\"text\":\"b\"}\n", "added 2: 1 2"},
      {"no final newline", "{\"id\":\"1\",\"text\":\"a\"}", "added 1: 1"},
      {"blank lines and CRLF", "\r\n{\"id\":\"1\",\"text\":\"a\"}\r\n\r\n  \n{\"id\":\"2\",\"text\":\"b\"}\r\n", "added 2: 1 2"},
      {"UTF-8 byte order mark", "\xEF\xBB\xBF{\"id\":\"1\",\"text\":\"a\"}\n", "added 1: 1"},
      {"numeric id", "{\"id\":7,\"title\":\"t\"}\n", "added 1: 7"},
      {"broken JSON in the middle", "{\"id\":\"1\",\"text\":\"a\"}\n{\"id\":\"2\",\"text\":\n{\"id\":\"3\",\"text\":\"c\"}\n",
       "added 2: 1 3 | in.jsonl:2 malformed-record"},
      {"not an object", "[1,2]\n\"text\"\n", "added 0: | in.jsonl:1 malformed-record | in.jsonl:2 malformed-record"},
      {"missing id", "{\"text\":\"a\"}\n", "added 0: | in.jsonl:1 malformed-record"},
      {"no text or title: kept, with a warning", "{\"id\":\"1\"}\n", "added 1: 1 | in.jsonl:1 empty-document (kept)"},
      {"mistyped field", "{\"id\":\"1\",\"text\":[\"a\"]}\n", "added 0: | in.jsonl:1 malformed-record"},
      {"invalid UTF-8 repaired, reported once per document",
       "{\"id\":\"1\",\"text\":\"a\xFF b\xC3 c\xED\xA0\x80\"}\n{\"id\":\"2\",\"text\":\"b\"}\n",
       "added 2: 1 2 | in.jsonl:1 invalid-utf8 (kept)"},
      {"duplicate id", "{\"id\":\"1\",\"text\":\"a\"}\n{\"id\":\"1\",\"text\":\"b\"}\n", "added 1: 1 | in.jsonl:2 duplicate-id"},
      {"empty file", "", "added 0:"},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    qalam::Corpus corpus;
    const qalam::ImportReport report = corpus.addJsonLines("in.jsonl", row.bytes);
    CHECK(renderReport(report, corpus) == row.expected);
    CHECK(report.skipped == qalam::testing::skippedCount(report.issues));
  }
}

TEST_CASE("invalid UTF-8 is stored as U+FFFD and the rest of the text stays searchable") {
  qalam::Corpus corpus;
  const qalam::ImportReport report =
      corpus.addJsonLines("in.jsonl", "{\"id\":\"1\",\"title\":\"Alm\xFF\",\"text\":\"water \xC3 Almaty\"}\n");
  REQUIRE(report.added == 1);
  REQUIRE(report.issues.size() == 1);
  CHECK(report.issues[0].message == "invalid UTF-8 replaced with U+FFFD (2 sequences)");
  CHECK(corpus.document(0).title == "Alm\xEF\xBF\xBD");
  CHECK(corpus.document(0).text == "water \xEF\xBF\xBD Almaty");
  CHECK(corpus.search("almaty").total == 1);
}

TEST_CASE("a document without a language gets the one identified from its text") {
  qalam::Corpus corpus;
  corpus.addJsonLines("in.jsonl",
                      "{\"id\":\"1\",\"text\":\"Тоқаев Алматыда БҰҰ өкілдерімен кездесті.\"}\n"
                      "{\"id\":\"2\",\"text\":\"Тоқаев Алматыда.\",\"lang\":\"ru\"}\n");
  REQUIRE(corpus.size() == 2);
  CHECK(corpus.document(0).lang == "kk");
  CHECK(corpus.document(1).lang == "ru");  // what the corpus says wins
}

TEST_CASE("a broken file leaves the documents already loaded searchable") {
  qalam::Corpus corpus;
  REQUIRE(corpus.addJsonLines("good.jsonl", "{\"id\":\"1\",\"text\":\"Almaty water\"}\n").added == 1);
  const qalam::ImportReport bad = corpus.addJsonLines("bad.jsonl", "not json\n{\"id\":\"1\",\"text\":\"again\"}\n");
  CHECK(bad.added == 0);
  REQUIRE(bad.issues.size() == 2);
  CHECK(bad.issues[0].file == "bad.jsonl");
  CHECK(bad.issues[1].code == qalam::ErrorCode::kDuplicateId);
  CHECK(corpus.size() == 1);
  CHECK(corpus.search("almaty").total == 1);
  CHECK(corpus.search("again").total == 0);
}
