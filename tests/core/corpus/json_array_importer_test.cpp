#include <catch2/catch.hpp>

#include "qalam/json_array_importer.hpp"

#include "test_support.hpp"

namespace {

// "id@line" of every element read, then the issues.
std::string readArray(const std::string& bytes) {
  std::vector<std::string> shown;
  const std::vector<qalam::ImportIssue> issues = qalam::readJsonArray("in.json", bytes, [&](qalam::Document&& doc, std::uint32_t line) {
    doc.id += '@';
    doc.id += std::to_string(line);
    shown.push_back(std::move(doc.id));
  });
  return qalam::testing::renderImport(shown, issues);
}

// `prefix`, `depth` brackets opened then closed, `suffix` (built with += :
// GCC 12 warns wrongly on "literal" + std::string chains when optimizing).
std::string nested(std::string prefix, std::size_t depth, char open, const char* suffix) {
  prefix.append(depth, open);
  if (open == '[') prefix.append(depth, ']');
  prefix += suffix;
  return prefix;
}

}  // namespace

TEST_CASE("JSON array import reports each bad element at the line it starts on and keeps the rest") {
  struct Row {
    const char* name;
    std::string bytes;
    const char* expected;
  };
  const std::vector<Row> rows = {
      {"empty file", "", "added 0:"},
      {"empty array", " [ ] \n", "added 0:"},
      {"one line, numeric id", "[{\"id\":\"1\",\"text\":\"a\"},{\"id\":2,\"title\":\"t\"}]", "added 2: 1@1 2@1"},
      {"pretty-printed", "[\n  {\n    \"id\": \"1\",\n    \"text\": \"a\"\n  },\n  {\"id\": \"2\", \"text\": \"b\"}\n]\n",
       "added 2: 1@2 2@6"},
      {"BOM and CRLF", "\xEF\xBB\xBF[\r\n{\"id\":\"1\",\r\n\"text\":\"a\"},\r\n{\"id\":\"2\",\"text\":\"b\"}\r\n]\r\n",
       "added 2: 1@2 2@4"},
      {"brackets, commas and escaped quotes inside strings",
       "[{\"id\":\"1\",\"text\":\"a ] b, \\\"c\\\" {\"},{\"id\":\"2\",\"text\":\"\\\\\"}]", "added 2: 1@1 2@1"},
      {"broken element in the middle",
       "[\n{\"id\":\"1\",\"text\":\"a\"},\n{\"id\":\"2\",\"text\":tru},\n{\"id\":\"3\",\"text\":\"c\"}\n]",
       "added 2: 1@2 3@4 | in.json:3 malformed-record"},
      {"missing id and mistyped field", "[{\"text\":\"a\"},\n{\"id\":\"2\",\"text\":[\"x\"]}]",
       "added 0: | in.json:1 malformed-record | in.json:2 malformed-record"},
      {"elements that are not objects", "[1, \"s\",\n{\"id\":\"1\",\"text\":\"a\"}, null]",
       "added 1: 1@2 | in.json:1 malformed-record | in.json:1 malformed-record | in.json:2 malformed-record"},
      {"line break inside a string", "[{\"id\":\"1\",\"text\":\"a\nb\"},\n{\"id\":\"2\",\"text\":\"c\"}]",
       "added 1: 2@3 | in.json:1 malformed-record"},
      {"missing comma between elements", "[{\"id\":\"1\",\"text\":\"a\"} {\"id\":\"2\",\"text\":\"b\"}]",
       "added 0: | in.json:1 malformed-record"},
      {"stray closing brace", "[{\"id\":\"1\",\"text\":\"a\"}},\n{\"id\":\"2\",\"text\":\"b\"}]",
       "added 1: 2@2 | in.json:1 malformed-record"},
      {"no text or title: kept, with a warning", "[{\"id\":\"1\"}]", "added 1: 1@1 | in.json:1 empty-document (kept)"},
      {"invalid UTF-8 repaired", "[\n{\"id\":\"1\",\"text\":\"a\xFF\"}]", "added 1: 1@2 | in.json:2 invalid-utf8 (kept)"},
      {"an object, not an array", "\n\n{\"id\":\"1\",\"text\":\"a\"}", "added 0: | in.json:3 malformed-record"},
      {"a number, not an array", "  42", "added 0: | in.json:1 malformed-record"},
      {"100,000 '[' in a row", std::string(100000, '['), "added 0: | in.json:1 malformed-record"},
      {"100,000 '{' in an element", nested("[\n", 100000, '{', ""), "added 0: | in.json:2 malformed-record"},
      {"nested 64 deep is read", nested("[{\"id\":\"1\",\"text\":\"a\",\"x\":", 63, '[', "}]"), "added 1: 1@1"},
      {"nested 65 deep is refused, the next element read",
       nested("[{\"id\":\"1\",\"text\":\"a\",\"x\":", 64, '[', "},\n{\"id\":\"2\",\"text\":\"b\"}]"),
       "added 1: 2@2 | in.json:1 malformed-record"},
      {"truncated inside an element", "[\n{\"id\":\"1\",\"text\":\"a\"},\n{\"id\":\"2\",\"te",
       "added 1: 1@2 | in.json:3 malformed-record"},
      {"truncated inside a string", "[{\"id\":\"1\",\"text\":\"a\"},\n{\"id\":\"2\",\"text\":\"b]}",
       "added 1: 1@1 | in.json:2 malformed-record"},
      {"array not closed: elements kept, with a warning", "[{\"id\":\"1\",\"text\":\"a\"}\n",
       "added 1: 1@1 | in.json:2 malformed-record (kept)"},
      {"trailing comma: a warning", "[{\"id\":\"1\",\"text\":\"a\"},\n]", "added 1: 1@1 | in.json:2 malformed-record (kept)"},
      {"empty element: a warning", "[,{\"id\":\"1\",\"text\":\"a\"}]", "added 1: 1@1 | in.json:1 malformed-record (kept)"},
      {"content after the array", "[{\"id\":\"1\",\"text\":\"a\"}]\n[{\"id\":\"2\",\"text\":\"b\"}]",
       "added 1: 1@1 | in.json:2 malformed-record"},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    CHECK(readArray(row.bytes) == row.expected);
  }
}

TEST_CASE("a JSON array issue says what is wrong") {
  struct Row {
    std::string bytes;
    const char* message;
  };
  const std::vector<Row> rows = {
      {std::string(100000, '['), "nested deeper than 64 levels: not read"},
      {"{\"id\":\"1\"}", "a JSON object, not an array of objects: nothing read"},
      {"[{\"id\":\"1\",\"te", "the file ends inside this element"},
      {"[7]", "expected a JSON object"},
      {"[{\"id\":\"1\",\"text\":true}]", "field \"text\" must be a string"},
  };
  for (const Row& row : rows) {
    INFO(row.bytes.substr(0, 40));
    const std::vector<qalam::ImportIssue> issues = qalam::readJsonArray("in.json", row.bytes, [](qalam::Document&&, std::uint32_t) {});
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].message == row.message);
  }
}
