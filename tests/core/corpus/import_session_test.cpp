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

namespace {

// "id[title|text|lang|date|source]" of every document a session with
// `fields` reads from the file, then its issues (file:line code), then the
// message of the first issue when there is one.
std::string readMapped(const std::string& fileName, const std::string& bytes, const std::vector<std::string>& fields) {
  qalam::FieldMapping mapping;
  for (const std::string& field : fields) REQUIRE_FALSE(qalam::setMappedField(mapping, field));
  qalam::ImportSession session(fileName, bytes, mapping);
  qalam::Corpus corpus;
  session.step(corpus, session.total());
  std::vector<std::string> shown;
  for (qalam::DocId d = 0; d < corpus.size(); ++d) {
    const qalam::Document& doc = corpus.document(d);
    shown.push_back(doc.id + "[" + doc.title + "|" + doc.text + "|" + doc.lang + "|" + doc.date + "|" + doc.source + "]");
  }
  const qalam::ImportReport report = session.report();
  std::string out = qalam::testing::renderImport(shown, report.issues);
  if (!report.issues.empty()) out += " — " + report.issues.front().message;
  return out;
}

}  // namespace

TEST_CASE("a field mapping reads each document field from the key or column it names, in every structured format") {
  struct Row {
    const char* name;
    const char* file;
    const char* bytes;
    std::vector<std::string> fields;
    const char* expected;
  };
  const Row rows[] = {
      // The defaults are today's reading exactly; other keys are left out.
      {"JSON Lines, defaults", "a.jsonl", R"({"id":"1","title":"T","text":"x","lang":"en","date":"2024-01-02","source":"S","extra":"e"})", {},
       "added 1: 1[T|x|en|2024-01-02|S]"},
      {"JSON Lines, title and text renamed", "a.jsonl",
       "{\"id\":\"1\",\"headline\":\"H\",\"body\":\"b\",\"title\":\"old\",\"text\":\"old text\",\"lang\":\"en\"}\n"
       "{\"id\":\"2\",\"headline\":\"H2\",\"lang\":\"en\"}\n",
       {"title=headline", "text=body"}, "added 2: 1[H|b|en||] 2[H2||en||]"},
      {"JSON Lines, every field renamed, numeric id", "a.jsonl",
       R"({"guid":7,"head":"H","story":"s","language":"fa","published":"2023-05","outlet":"O"})",
       {"id=guid", "title=head", "text=story", "lang=language", "date=published", "source=outlet"}, "added 1: 7[H|s|fa|2023-05|O]"},
      {"JSON Lines, a renamed field of the wrong type", "a.jsonl",
       "{\"id\":\"1\",\"body\":3,\"lang\":\"en\"}\n{\"id\":\"2\",\"body\":\"ok\",\"lang\":\"en\"}\n", {"text=body"},
       "added 1: 2[|ok|en||] | a.jsonl:1 malformed-record — field \"body\" must be a string"},
      {"JSON Lines, a renamed id missing from a record", "a.jsonl",
       "{\"guid\":\"1\",\"text\":\"a\",\"lang\":\"en\"}\n{\"id\":\"2\",\"text\":\"b\",\"lang\":\"en\"}\n", {"id=guid"},
       "added 1: 1[|a|en||] | a.jsonl:2 malformed-record — missing \"guid\""},
      {"JSON Lines, a key no record holds", "a.jsonl", "{\"id\":\"1\",\"text\":\"a\"}\n{\"id\":\"2\",\"text\":\"b\"}\n",
       {"title=headline"}, "added 0: | a.jsonl:0 malformed-record — key \"headline\" given for title is in no record: nothing read"},
      {"JSON array, defaults", "a.json", R"([{"id":"1","title":"T","text":"x","lang":"en"}])", {}, "added 1: 1[T|x|en||]"},
      {"JSON array, renamed", "a.json",
       "[\n{\"id\":\"1\",\"heading\":\"H\",\"article\":\"a\",\"lang\":\"en\"},\n{\"id\":\"2\",\"article\":\"b\",\"lang\":\"kk\"}\n]",
       {"title=heading", "text=article"}, "added 2: 1[H|a|en||] 2[|b|kk||]"},
      {"JSON array, a key no element holds", "a.json", R"([{"id":"1","text":"x"}])", {"date=when"},
       "added 0: | a.json:0 malformed-record — key \"when\" given for date is in no record: nothing read"},
      {"CSV, defaults and aliases", "a.csv", "id,headline,body,language\n1,H,b,en\n", {}, "added 1: 1[H|b|en||]"},
      {"CSV, renamed columns, case-insensitive", "a.csv", "Key,Heading,Article,lang\nk1,H,the article,en\n",
       {"id=key", "title=HEADING", "text=article"}, "added 1: k1[H|the article|en||]"},
      {"CSV, a column the header lacks", "a.csv", "id,text\n1,a\n", {"title=headline"},
       "added 0: | a.csv:1 malformed-record — column \"headline\" given for title is not in the header: nothing read"},
      {"TSV, renamed", "a.tsv", "id\theading\tarticle\tlang\n1\tH\tb\ten\n", {"title=heading", "text=article"},
       "added 1: 1[H|b|en||]"},
      // A text file is one document whatever the mapping.
      {"text file", "note.txt", "First line\nand more", {"title=headline"}, "added 1: note[First line|First line\nand more|en||]"},
  };
  for (const Row& row : rows) {
    SECTION(row.name) { CHECK(readMapped(row.file, row.bytes, row.fields) == row.expected); }
  }
}

TEST_CASE("a field mapping is written FIELD=KEY with a document field's name") {
  struct Row {
    const char* assignment;
    const char* expected;  // the key set, or the error
  };
  const Row rows[] = {
      {"title=headline", "title:headline"},
      {"text=", "text:"},
      {"source=a=b", "source:a=b"},
      {"headline=title", "invalid-argument"},
      {"title", "invalid-argument"},
      {"=x", "invalid-argument"},
  };
  for (const Row& row : rows) {
    qalam::FieldMapping mapping;
    const qalam::Error error = qalam::setMappedField(mapping, row.assignment);
    std::string shown = qalam::errorCodeName(error.code);
    if (!error) {
      const std::string_view assignment = row.assignment;
      const std::string field(assignment.substr(0, assignment.find('=')));
      shown = field + ":" + *qalam::mappedKey(mapping, field);
    }
    CHECK(shown == row.expected);
  }
}
