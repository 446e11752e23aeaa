#include <catch2/catch.hpp>

#include "qalam/csv_importer.hpp"

#include "test_support.hpp"

namespace {

// "id@line[title|text|lang|date|source]" of every record read, then the issues.
std::string readCsv(const std::string& bytes, const qalam::CsvOptions& options = {}) {
  std::vector<std::string> shown;
  const auto show = [&](qalam::Document&& doc, std::uint32_t line) {
    std::string out = doc.id;
    out += '@';
    out += std::to_string(line);
    for (const std::string* field : {&doc.title, &doc.text, &doc.lang, &doc.date, &doc.source}) {
      out += field == &doc.title ? '[' : '|';
      out += *field;
    }
    out += ']';
    shown.push_back(std::move(out));
  };
  const std::vector<qalam::ImportIssue> issues = qalam::readCsv("in.csv", bytes, show, options);
  return qalam::testing::renderImport(shown, issues);
}

qalam::CsvOptions withColumns(const char* id, const char* text) {
  qalam::CsvOptions options;
  options.columns.id = id;
  options.columns.text = text;
  return options;
}

qalam::CsvOptions withDelimiter(char delimiter) {
  qalam::CsvOptions options;
  options.delimiter = delimiter;
  return options;
}

}  // namespace

TEST_CASE("CSV import maps the header, reads quoted fields and reports bad records by their first line") {
  struct Row {
    const char* name;
    std::string bytes;
    qalam::CsvOptions options;
    const char* expected;
  };
  const std::vector<Row> rows = {
      {"empty file", "", {}, "added 0:"},
      {"header only", "id,text\n", {}, "added 0:"},
      {"two records", "id,title,text\n1,T,a\n2,U,b\n", {}, "added 2: 1@2[T|a|||] 2@3[U|b|||]"},
      {"no final newline", "id,text\n1,a", {}, "added 1: 1@2[|a|||]"},
      {"quoted delimiter, doubled quotes and a line break",
       "id,title,text\n1,\"Hello, world\",\"line one\nline \"\"two\"\"\"\n2,U,b\n", {},
       "added 2: 1@2[Hello, world|line one\nline \"two\"|||] 2@4[U|b|||]"},
      {"empty quoted field", "id,title,text\n1,\"\",a\n", {}, "added 1: 1@2[|a|||]"},
      {"semicolons", "id;title;text\n1;T;a, b\n", {}, "added 1: 1@2[T|a, b|||]"},
      {"tabs", "id\ttitle\ttext\n1\tT\ta; b, c\n", {}, "added 1: 1@2[T|a; b, c|||]"},
      {"delimiter told by the header, not by quoted names", "\"id\";\"title, short\";\"text\"\n1;T;a,b\n", {},
       "added 1: 1@2[|a,b|||]"},
      {"aliases in any case", "ID,Headline,Body,Language,Published_At,Source\n1,T,a,kk,2024-05-01,Tengri\n", {},
       "added 1: 1@2[T|a|kk|2024-05-01|Tengri]"},
      {"more aliases", "id,content,published,language\n1,a,2024,ru\n", {}, "added 1: 1@2[|a|ru|2024|]"},
      {"the field's own name wins over an alias", "id,body,text\n1,b,t\n", {}, "added 1: 1@2[|t|||]"},
      {"header names padded", "id , Title ,text\n1,T,a\n", {}, "added 1: 1@2[T|a|||]"},
      {"no id column: ids from the record number", "title,text\nT,a\n\nU,b\n", {},
       "added 2: row-1@2[T|a|||] row-2@4[U|b|||]"},
      {"ragged records", "id,title,text\n1,T\n2,U,b\n3,V,c,extra\n", {},
       "added 1: 2@3[U|b|||] | in.csv:2 malformed-record | in.csv:4 malformed-record"},
      {"numbering goes on past a ragged record", "title,text\nT\nU,b\n", {}, "added 1: row-2@3[U|b|||] | in.csv:2 malformed-record"},
      {"unclosed quote stops the reading", "id,text\n1,a\n2,\"never closed\n3,c\n", {},
       "added 1: 1@2[|a|||] | in.csv:3 malformed-record"},
      {"unclosed quote in the header", "\"id,text\n1,a\n", {}, "added 0: | in.csv:1 malformed-record"},
      {"BOM and CRLF, CRLF kept inside quotes", "\xEF\xBB\xBFid,text\r\n1,a\r\n\r\n2,\"x\r\ny\"\r\n", {},
       "added 2: 1@2[|a|||] 2@4[|x\r\ny|||]"},
      {"empty id", "id,text\n,a\n", {}, "added 0: | in.csv:2 malformed-record"},
      {"no text or title: kept, with a warning", "id,title,text\n1,,\n", {}, "added 1: 1@2[||||] | in.csv:2 empty-document (kept)"},
      {"invalid UTF-8 repaired", "id,text\n1,a\xFF\n", {}, "added 1: 1@2[|a\xEF\xBF\xBD|||] | in.csv:2 invalid-utf8 (kept)"},
      {"header without text or title", "id,foo\n1,a\n", {}, "added 0: | in.csv:1 malformed-record"},
      {"columns given", "Guid,Article,text\nx,a,b\n", withColumns("guid", "ARTICLE"), "added 1: x@2[|a|||]"},
      {"a column given that the header lacks", "id,text\n1,a\n", withColumns("", "story"), "added 0: | in.csv:1 malformed-record"},
      {"header read with ',' by itself", "id;text;x,y,z\n1;a,b;c\n", {}, "added 0: | in.csv:1 malformed-record"},
      {"delimiter given", "id;text;x,y,z\n1;a,b;c\n", withDelimiter(';'), "added 1: 1@2[|a,b|||]"},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    CHECK(readCsv(row.bytes, row.options) == row.expected);
  }
}

TEST_CASE("a CSV issue says what is wrong") {
  struct Row {
    std::string bytes;
    const char* message;
  };
  const std::vector<Row> rows = {
      {"id,title,text\n1,T\n", "expected 3 fields as in the header, found 2"},
      {"id,text\n1,\"a\n", "quote not closed before the end of the file: stopped reading here"},
      {"id;foo\n1;a\n", "the header names no text or title column (\"id\", \"foo\"): nothing read"},
  };
  for (const Row& row : rows) {
    INFO(row.bytes);
    const std::vector<qalam::ImportIssue> issues = qalam::readCsv("in.csv", row.bytes, [](qalam::Document&&, std::uint32_t) {});
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].message == row.message);
  }
}
