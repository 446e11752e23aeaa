#include <catch2/catch.hpp>

#include <algorithm>

#include "qalam/corpus.hpp"
#include "qalam/corpus_format.hpp"
#include "test_support.hpp"

namespace {

using qalam::CorpusFormat;

const char* formatName(CorpusFormat format) {
  switch (format) {
    case CorpusFormat::kJsonLines: return "jsonl";
    case CorpusFormat::kJsonArray: return "json-array";
    case CorpusFormat::kCsv: return "csv";
    case CorpusFormat::kText: return "text";
  }
  return "?";
}

// What an addFile call added, then its issues.
std::string renderAdded(const qalam::ImportReport& report, const qalam::Corpus& corpus) {
  std::vector<std::string> ids;
  for (std::uint32_t i = corpus.size() - report.added; i < corpus.size(); ++i) ids.push_back(corpus.document(i).id);
  return qalam::testing::renderImport(ids, report.issues);
}

}  // namespace

TEST_CASE("the corpus format is told by extension, and a .json file by its first character") {
  struct Row {
    const char* fileName;
    std::string firstBytes;
    const char* expected;
  };
  const std::vector<Row> rows = {
      {"a.jsonl", "", "jsonl"},
      {"dir/a.NDJSON", "[", "jsonl"},
      {"a.json", "[{\"id\":1}]", "json-array"},
      {"a.json", "  \r\n\t{\"id\":1}", "jsonl"},
      {"a.json", "\xEF\xBB\xBF{\"id\":1}", "jsonl"},
      {"a.json", "", "json-array"},
      {"a.CSV", "id,text", "csv"},
      {"a.tsv", "id\ttext", "csv"},
      {"a.txt", "{\"id\":1}", "text"},
      {"folder.v2/README", "hello", "text"},
      {"export", " [1]", "json-array"},
      {"export", "{\"id\":1}", "jsonl"},
  };
  for (const Row& row : rows) {
    INFO(row.fileName << " " << row.firstBytes);
    CHECK(std::string(formatName(qalam::detectFormat(row.fileName, row.firstBytes))) == row.expected);
  }
}

TEST_CASE("Corpus::addFile reads every format and reports as addJsonLines does") {
  struct Row {
    const char* fileName;
    std::string bytes;
    const char* expected;
  };
  const std::vector<Row> rows = {
      {"a.jsonl", "{\"id\":\"1\",\"text\":\"a\"}\nbroken\n", "added 1: 1 | a.jsonl:2 malformed-record"},
      {"a.json", "{\"id\":\"1\",\"text\":\"a\"}\n{\"id\":\"2\",\"text\":\"b\"}\n", "added 2: 1 2"},
      {"a.json", "[\n{\"id\":\"1\",\"text\":\"a\"},\n{\"id\":\"2\"}\n]", "added 2: 1 2 | a.json:3 empty-document (kept)"},
      {"a.csv", "id,text\n1,a\n2\n", "added 1: 1 | a.csv:3 malformed-record"},
      {"a.tsv", "id\ttext\n1\ta, b; c\n", "added 1: 1"},
      {"notes/story.txt", "Title\nbody", "added 1: story"},
      {"photo.txt", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), "added 0: | photo.txt:0 malformed-record"},
      {"deep.json", std::string(100000, '['), "added 0: | deep.json:1 malformed-record"},
      {"deep.json", std::string(100000, '{'), "added 0: | deep.json:1 malformed-record"},
      {"duplicates.csv", "id,text\n1,a\n1,b\n", "added 1: 1 | duplicates.csv:3 duplicate-id"},
      {"duplicates.json", "[{\"id\":\"1\",\"text\":\"a\"},\n{\"id\":1,\"text\":\"b\"}]", "added 1: 1 | duplicates.json:2 duplicate-id"},
  };
  for (const Row& row : rows) {
    INFO(row.fileName);
    qalam::Corpus corpus;
    const qalam::ImportReport report = corpus.addFile(row.fileName, row.bytes);
    CHECK(renderAdded(report, corpus) == row.expected);
    CHECK(report.skipped == qalam::testing::skippedCount(report.issues));
  }
}

TEST_CASE("ids already added from a file of another format are duplicates") {
  qalam::Corpus corpus;
  REQUIRE(corpus.addFile("a.csv", "id,text\n1,Almaty water\n").added == 1);
  REQUIRE(corpus.addFile("1.txt", "Almaty again").added == 0);
  const qalam::ImportReport report = corpus.addFile("b.json", "[{\"id\":\"2\",\"text\":\"x\"},{\"id\":\"1\",\"text\":\"y\"}]");
  CHECK(renderAdded(report, corpus) == "added 1: 2 | b.json:1 duplicate-id");
  CHECK(corpus.size() == 2);
}

TEST_CASE("a broken file of any format leaves the documents already loaded intact") {
  qalam::Corpus corpus;
  REQUIRE(corpus.addFile("good.csv", "id,title,text\n1,Water,Almaty water\n").added == 1);
  struct Row {
    const char* fileName;
    std::string bytes;
  };
  const std::vector<Row> rows = {
      {"truncated.json", "[{\"id\":\"1\",\"text\":\"again\"},\n{\"id\":\"x\",\"te"},
      {"unclosed.csv", "id,text\n\"1,again\n"},
      {"binary.txt", std::string("again\0\0", 7)},
      {"object.json", "[\"again\"]"},
  };
  for (const Row& row : rows) {
    INFO(row.fileName);
    const qalam::ImportReport report = corpus.addFile(row.fileName, row.bytes);
    CHECK(report.added == 0);
    CHECK(report.skipped >= 1);
  }
  CHECK(corpus.size() == 1);
  CHECK(corpus.document(0).title == "Water");
  CHECK(corpus.search("almaty").total == 1);
  CHECK(corpus.search("again").total == 0);
}
