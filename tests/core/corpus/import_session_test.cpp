#include <catch2/catch.hpp>

#include "qalam/import_session.hpp"
#include "test_support.hpp"

TEST_CASE("an import in batches reports progress and ends as the whole import would") {
  const std::string bytes = qalam::test::readFile(qalam::test::sourcePath("data/sample/corpus.jsonl")) +
                            "not json\n{\"id\":\"fa-001\",\"text\":\"taken\"}\n";
  qalam::Corpus whole;
  const qalam::ImportReport expected = whole.addFile("corpus.jsonl", bytes);

  qalam::Corpus stepped;
  qalam::ImportSession session("corpus.jsonl", bytes);
  CHECK(session.total() == whole.size() + 1);  // the duplicate is read, then refused
  CHECK(session.done() == 0);
  CHECK(stepped.size() == 0);                  // nothing indexed before the first step
  std::vector<std::uint32_t> progress;
  while (session.step(stepped, 7) > 0) progress.push_back(session.done());
  progress.push_back(session.done());
  CHECK(progress == std::vector<std::uint32_t>{7, 14, 21, 28, session.total()});
  CHECK(session.step(stepped, 7) == 0);        // stepping past the end does nothing

  const qalam::ImportReport report = session.report();
  CHECK(report.added == expected.added);
  CHECK(report.skipped == 2);
  CHECK(qalam::testing::renderImport({}, report.issues) == qalam::testing::renderImport({}, expected.issues));
  REQUIRE(stepped.size() == whole.size());
  for (qalam::DocId d = 0; d < whole.size(); ++d) CHECK(stepped.document(d).id == whole.document(d).id);
  CHECK(stepped.search("Tokayev").docs == whole.search("Tokayev").docs);
}

TEST_CASE("a session's reading issues are known before any document is indexed") {
  qalam::ImportSession session("bad.csv", "id,text\n1,ok\n2\n3,\"open\n");
  const qalam::ImportReport before = session.report();
  CHECK(before.added == 0);
  CHECK(qalam::testing::renderImport({}, before.issues) == "added 0: | bad.csv:3 malformed-record | bad.csv:4 malformed-record");
  qalam::Corpus corpus;
  CHECK(session.step(corpus, 100) == 0);
  CHECK(session.report().added == 1);
}
