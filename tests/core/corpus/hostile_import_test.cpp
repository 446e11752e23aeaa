// Hostile files through Corpus::addFile: each is read with warnings naming
// its file and line, or refused with a reason; what can be read still is, and
// the documents of an earlier import stay exactly as they were.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "qalam/corpus.hpp"
#include "qalam/json_array_importer.hpp"
#include "test_support.hpp"

namespace {

using namespace std::string_literals;

// Three documents whose words no hostile file below contains.
const std::string kEarlierFile =
    "{\"id\":\"e1\",\"title\":\"Zephyrine accord\",\"text\":\"Тоқаев Алматыда zephyrine келісіміне қол қойды.\","
    "\"lang\":\"kk\",\"date\":\"2024-03-01\",\"source\":\"inform\"}\n"
    "{\"id\":\"e2\",\"title\":\"رئیس‌جمهور\",\"text\":\"رئیس‌جمهور در تهران zephyrine\",\"lang\":\"fa\"}\n"
    "{\"id\":\"e3\",\"title\":\"Ledger\",\"text\":\"quillfeather ledger\",\"lang\":\"en\"}\n";
const std::vector<std::string> kEarlierQueries = {"zephyrine", "Тоқаев", "رئیس‌جمهور", "quillfeather OR ledger",
                                                  "\"zephyrine келісіміне\"", "title:accord"};

qalam::Corpus corpusWithEarlierImport() {
  qalam::Corpus corpus;
  const qalam::ImportReport report = corpus.addFile("earlier.jsonl", kEarlierFile);
  REQUIRE(report.added == 3);
  REQUIRE(report.issues.empty());
  return corpus;
}

// The earlier documents field by field, and the documents each earlier
// query finds (as sorted ids: a larger corpus may reorder equal hits).
std::string earlierState(const qalam::Corpus& corpus) {
  std::string out;
  for (qalam::DocId d = 0; d < 3; ++d) {
    const qalam::Document& doc = corpus.document(d);
    out += doc.id + '|' + doc.title + '|' + doc.text + '|' + doc.lang + '|' + doc.date + '|' + doc.source + '\n';
  }
  for (const std::string& query : kEarlierQueries) {
    const qalam::SearchResults results = corpus.search(query);
    std::vector<std::string> ids;
    for (const qalam::DocId d : results.docs) ids.push_back(corpus.document(d).id);
    std::sort(ids.begin(), ids.end());
    out += query + " ->";
    for (const std::string& id : ids) out += ' ' + id;
    out += " (" + std::to_string(results.total) + ")\n";
  }
  return out;
}

// "added N: ids | file:line code: message (kept)" over the documents the
// import added after the earlier three.
std::string renderImport(const qalam::ImportReport& report, const qalam::Corpus& corpus) {
  std::string out = "added " + std::to_string(report.added) + ':';
  for (qalam::DocId d = 3; d < corpus.size(); ++d) out += ' ' + corpus.document(d).id;
  for (const qalam::ImportIssue& issue : report.issues) {
    out += " | " + issue.file + ':' + std::to_string(issue.line) + ' ' + qalam::errorCodeName(issue.code) + ": " +
           issue.message;
    if (!issue.skipped) out += " (kept)";
  }
  return out;
}

struct Row {
  const char* name;
  const char* fileName;
  std::string bytes;
  const char* expected;
};

// Imports every row into a corpus holding the earlier import and checks the
// report, the skipped count and that the earlier import is untouched.
void checkRows(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    INFO(row.name);
    qalam::Corpus corpus = corpusWithEarlierImport();
    const std::string before = earlierState(corpus);
    const qalam::ImportReport report = corpus.addFile(row.fileName, row.bytes);
    CHECK(renderImport(report, corpus) == row.expected);
    CHECK(report.skipped == qalam::testing::skippedCount(report.issues));
    CHECK(corpus.size() == 3 + report.added);
    CHECK(earlierState(corpus) == before);
  }
}

std::string utf16(std::u16string_view text, bool bigEndian, bool byteOrderMark) {
  std::string out;
  if (byteOrderMark) out += bigEndian ? "\xFE\xFF" : "\xFF\xFE";
  for (const char16_t unit : text) {
    const char high = static_cast<char>(unit >> 8);
    const char low = static_cast<char>(unit & 0xFF);
    out += bigEndian ? high : low;
    out += bigEndian ? low : high;
  }
  return out;
}

std::string fixture(const char* name) { return qalam::test::readFile(qalam::test::sourcePath("tests/data/hostile/") + name); }

}  // namespace

TEST_CASE("invalid UTF-8 in a JSON Lines value, a CSV cell, a JSON array element and a text file is repaired with a warning on its line") {
  checkRows({
      {"JSON Lines value", "bad.jsonl",
       "{\"id\":\"u1\",\"title\":\"caf\xE9\",\"text\":\"river\xFF\xFE bank\"}\n{\"id\":\"u2\",\"text\":\"river\"}\n",
       "added 2: u1 u2 | bad.jsonl:1 invalid-utf8: invalid UTF-8 replaced with U+FFFD (3 sequences) (kept)"},
      {"JSON Lines: a truncated sequence on the third line", "bad.jsonl",
       "{\"id\":\"u1\",\"text\":\"river\"}\n\n{\"id\":\"u3\",\"text\":\"\xD0\"}\n",
       "added 2: u1 u3 | bad.jsonl:3 invalid-utf8: invalid UTF-8 replaced with U+FFFD (1 sequence) (kept)"},
      {"JSON Lines: invalid UTF-8 outside a string", "bad.jsonl",
       "{\"id\":\"u1\",\xFF\"text\":\"river\"}\n{\"id\":\"u2\",\"text\":\"river\"}\n",
       "added 1: u2 | bad.jsonl:1 malformed-record: not valid JSON"},
      {"CSV cells", "bad.csv", "id,title,text\nc1,Caf\xE9,river\xC3\nc2,Plain,river\n",
       "added 2: c1 c2 | bad.csv:2 invalid-utf8: invalid UTF-8 replaced with U+FFFD (2 sequences) (kept)"},
      {"CSV: an overlong encoding in a cell after a quoted line break", "bad.csv",
       "id,text\nc1,\"two\nlines\"\nc2,\xC0\xAF\n",
       "added 2: c1 c2 | bad.csv:4 invalid-utf8: invalid UTF-8 replaced with U+FFFD (2 sequences) (kept)"},
      {"JSON array element", "bad.json", "[\n{\"id\":\"a1\",\"text\":\"river\"},\n{\"id\":\"a2\",\"text\":\"x\xED\xA0\x80\"}\n]\n",
       "added 2: a1 a2 | bad.json:3 invalid-utf8: invalid UTF-8 replaced with U+FFFD (3 sequences) (kept)"},
      {"text file: the warning names the line of the first bad byte", "story.txt", "Headline\n\nriver \xFF bank \xFE\n",
       "added 1: story | story.txt:3 invalid-utf8: invalid UTF-8 replaced with U+FFFD (2 sequences) (kept)"},
  });
}

TEST_CASE("UTF-16 text files are converted with a byte order mark and refused as binary without one") {
  const std::u16string letter = u"Заголовок\r\nТекст про Балхаш.\r\n";
  checkRows({
      {"little endian with a BOM", "letter.txt", utf16(letter, false, true), "added 1: letter"},
      {"big endian with a BOM", "letter.txt", utf16(letter, true, true), "added 1: letter"},
      {"little endian without a BOM", "letter.txt", utf16(letter, false, false),
       "added 0: | letter.txt:0 malformed-record: looks binary, not text (NUL bytes): not read"},
      {"big endian without a BOM", "letter.txt", utf16(u"Title\nText", true, false),
       "added 0: | letter.txt:0 malformed-record: looks binary, not text (NUL bytes): not read"},
      {"an unpaired surrogate on the second line", "letter.txt", utf16(u"Title\nab\xD800 river", false, true),
       "added 1: letter | letter.txt:2 invalid-utf8: invalid UTF-16 replaced with U+FFFD (1 sequence) (kept)"},
      {"an odd number of bytes", "letter.txt", utf16(u"Title river", true, true) + "\x41",
       "added 1: letter | letter.txt:1 invalid-utf8: invalid UTF-16 replaced with U+FFFD (1 sequence) (kept)"},
  });
  for (const bool bigEndian : {false, true}) {
    INFO((bigEndian ? "big endian" : "little endian"));
    qalam::Corpus corpus = corpusWithEarlierImport();
    REQUIRE(corpus.addFile("letter.txt", utf16(letter, bigEndian, true)).added == 1);
    CHECK(corpus.document(3).title == "Заголовок");
    CHECK(corpus.document(3).text == "Заголовок\r\nТекст про Балхаш.\r\n");
    CHECK(corpus.search("балхаш").total == 1);
  }
}

TEST_CASE("UTF-16 JSON Lines, CSV and JSON files with a BOM are read and leave the earlier import as it was") {
  const std::vector<std::tuple<const char*, std::u16string, std::uint32_t>> files = {
      {"in.jsonl", u"{\"id\":\"w1\",\"text\":\"river\"}\n{\"id\":\"w2\",\"text\":\"bank\"}\n", 2},
      {"in.csv", u"id,text\nw1,river\nw2,bank\n", 2},
      {"in.json", u"[{\"id\":\"w1\",\"text\":\"river\"}]\n", 1},
  };
  for (const auto& [name, text, added] : files) {
    for (const bool bigEndian : {false, true}) {
      INFO(name << (bigEndian ? " big endian" : " little endian"));
      qalam::Corpus corpus = corpusWithEarlierImport();
      const std::string before = earlierState(corpus);
      const qalam::ImportReport report = corpus.addFile(name, utf16(text, bigEndian, true));
      CHECK(report.added == added);
      CHECK(report.issues.empty());
      CHECK(corpus.size() == 3 + added);
      CHECK(corpus.document(3).id == "w1");
      CHECK(corpus.document(3).text == "river");
      CHECK(earlierState(corpus) == before);
    }
  }
}

TEST_CASE("a UTF-8 byte order mark is dropped in every format, also where a second file was appended") {
  const std::string bom = "\xEF\xBB\xBF";
  checkRows({
      {"JSON Lines", "bom.jsonl", bom + "{\"id\":\"b1\",\"text\":\"river\"}\n", "added 1: b1"},
      {"JSON Lines: a BOM starting the second line too", "bom.jsonl",
       bom + "{\"id\":\"b1\",\"text\":\"river\"}\n" + bom + "{\"id\":\"b2\",\"text\":\"river\"}\n", "added 2: b1 b2"},
      {"CSV: the first column is still found", "bom.csv", bom + "id,text\nb1,river\n", "added 1: b1"},
      {"JSON array", "bom.json", bom + "[{\"id\":\"b1\",\"text\":\"river\"}]", "added 1: b1"},
      {"text", "bom.txt", bom + "Headline\nriver", "added 1: bom"},
  });
  qalam::Corpus corpus;
  REQUIRE(corpus.addFile("bom.txt", bom + "Headline\nriver").added == 1);
  CHECK(corpus.document(0).title == "Headline");
  CHECK(corpus.document(0).text == "Headline\nriver");
}

TEST_CASE("CRLF line ends keep line numbers; lone CR line ends are refused, not misread") {
  checkRows({
      {"JSON Lines with a broken second line", "crlf.jsonl",
       "{\"id\":\"r1\",\"text\":\"river\"}\r\n{\"id\":\"r2\",\r\n\r\n{\"id\":\"r4\",\"text\":\"bank\"}\r\n",
       "added 2: r1 r4 | crlf.jsonl:2 malformed-record: not valid JSON"},
      {"CSV with a quoted CRLF and a ragged row after it", "crlf.csv",
       "id,text\r\nr1,\"river\r\nbank\"\r\nr3\r\nr4,bank\r\n",
       "added 2: r1 r4 | crlf.csv:4 malformed-record: expected 2 fields as in the header, found 1"},
      {"JSON array with an object left open", "crlf.json", "[\r\n{\"id\":\"r1\",\"text\":\"river\"},\r\n{\"id\":\"r2\"\r\n]\r\n",
       "added 1: r1 | crlf.json:3 malformed-record: not valid JSON"
       " | crlf.json:5 malformed-record: the file ends before the array's closing ']' (kept)"},
      {"JSON Lines with CR alone is one line that is not JSON", "cr.jsonl",
       "{\"id\":\"r1\",\"text\":\"river\"}\r{\"id\":\"r2\",\"text\":\"bank\"}\r",
       "added 0: | cr.jsonl:1 malformed-record: not valid JSON"},
      {"CSV with CR alone is one header line naming no text column", "cr.csv", "id,text\rr1,river\r",
       "added 0: | cr.csv:1 malformed-record: the header names no text or title column (\"id\", \"text\rr1\", \"river\r\"): "
       "nothing read"},
  });
  qalam::Corpus corpus;
  REQUIRE(corpus.addFile("crlf.csv", "id,text\r\nr1,\"river\r\nbank\"\r\n").added == 1);
  CHECK(corpus.document(0).text == "river\r\nbank");  // inside quotes the bytes are the cell's
  REQUIRE(corpus.addFile("crlf.txt", "  Headline\r\n\r\nriver bank\r\n").added == 1);
  CHECK(corpus.document(1).title == "Headline");
  CHECK(corpus.document(1).text == "  Headline\r\n\r\nriver bank\r\n");
}

TEST_CASE("NUL bytes refuse a text file, break a JSON record, and are kept when escaped or inside a CSV cell") {
  checkRows({
      {"text file", "nul.txt", "Headline\nriver\0bank\n"s,
       "added 0: | nul.txt:0 malformed-record: looks binary, not text (NUL bytes): not read"},
      {"raw NUL inside a JSON Lines string", "nul.jsonl",
       "{\"id\":\"n1\",\"text\":\"river\0bank\"}\n{\"id\":\"n2\",\"text\":\"river\"}\n"s,
       "added 1: n2 | nul.jsonl:1 malformed-record: not valid JSON"},
      {"escaped NUL in JSON Lines", "nul.jsonl", "{\"id\":\"n1\",\"text\":\"river\\u0000bank\"}\n", "added 1: n1"},
      {"raw NUL inside a JSON array element", "nul.json",
       "[{\"id\":\"n1\",\"text\":\"river\0bank\"},\n{\"id\":\"n2\",\"text\":\"river\"}]"s,
       "added 1: n2 | nul.json:1 malformed-record: not valid JSON"},
      {"raw NUL inside a CSV cell", "nul.csv", "id,text\nn1,river\0bank\n"s, "added 1: n1"},
  });
  for (const auto& [name, bytes] : std::vector<std::pair<const char*, std::string>>{
           {"nul.jsonl", "{\"id\":\"n1\",\"text\":\"river\\u0000bank\"}\n"}, {"nul.csv", "id,text\nn1,river\0bank\n"s}}) {
    INFO(name);
    qalam::Corpus corpus;
    REQUIRE(corpus.addFile(name, bytes).added == 1);
    CHECK(corpus.document(0).text == "river\0bank"s);
    CHECK(corpus.search("bank").total == 1);
    CHECK(corpus.search("river").total == 1);
  }
}

TEST_CASE("JSON nesting past the limit is refused element by element in a JSON array") {
  const auto nested = [](std::size_t levels) {
    return "{\"id\":\"deep\",\"text\":\"river\",\"extra\":" + std::string(levels, '[') + std::string(levels, ']') + '}';
  };
  const std::string refused = "nested deeper than " + std::to_string(qalam::kMaxJsonDepth) + " levels: not read";
  const std::string tooDeep = "added 1: next | deep.json:2 malformed-record: " + refused;
  checkRows({
      {"at the limit (the object is one level)", "deep.json",
       "[\n" + nested(qalam::kMaxJsonDepth - 1) + ",\n{\"id\":\"next\",\"text\":\"bank\"}]", "added 2: deep next"},
      {"one past the limit", "deep.json", "[\n" + nested(qalam::kMaxJsonDepth) + ",\n{\"id\":\"next\",\"text\":\"bank\"}]",
       tooDeep.c_str()},
      {"100,000 levels", "deep.json", "[\n" + nested(100'000) + ",\n{\"id\":\"next\",\"text\":\"bank\"}]", tooDeep.c_str()},
  });
}

TEST_CASE("CSV with quoted line breaks and ragged rows reads every whole record with its first line") {
  checkRows({
      {"quoted line breaks, short and long rows", "ragged.csv",
       "id,title,text\n"
       "q1,\"Two\nline title\",\"river\n\nbank\"\n"
       "q2,short\n"
       "q3,a,b,c\n"
       "\n"
       "q4,\"quote \"\"inside\"\"\",bank\n",
       "added 2: q1 q4 | ragged.csv:6 malformed-record: expected 3 fields as in the header, found 2"
       " | ragged.csv:7 malformed-record: expected 3 fields as in the header, found 4"},
      {"a quote never closed stops the reading at its record", "ragged.csv",
       "id,text\nq1,river\nq2,\"never closed\nq3,bank\n",
       "added 1: q1 | ragged.csv:3 malformed-record: quote not closed before the end of the file: stopped reading here"},
      {"a header with a quote never closed", "ragged.csv", "id,\"text\nq1,river\n",
       "added 0: | ragged.csv:1 malformed-record: quote not closed in the header: nothing read"},
      {"a row of empty cells is kept with a warning", "ragged.csv", "id,title,text\nq1,,\n",
       "added 1: q1 | ragged.csv:2 empty-document: no text or title: kept, nothing to search (kept)"},
  });
  qalam::Corpus corpus;
  REQUIRE(corpus.addFile("ragged.csv", "id,title,text\nq1,\"Two\nline title\",\"river\n\nbank\"\n").added == 1);
  CHECK(corpus.document(0).title == "Two\nline title");
  CHECK(corpus.document(0).text == "river\n\nbank");
}

TEST_CASE("a duplicate id is refused on its own line, within one file and across imports, and the first document stays") {
  checkRows({
      {"twice in JSON Lines", "dup.jsonl",
       "{\"id\":\"d1\",\"text\":\"river\"}\n{\"id\":\"d2\",\"text\":\"bank\"}\n{\"id\":\"d1\",\"text\":\"other\"}\n",
       "added 2: d1 d2 | dup.jsonl:3 duplicate-id: duplicate id \"d1\""},
      {"a number and a string naming the same id", "dup.jsonl", "{\"id\":7,\"text\":\"river\"}\n{\"id\":\"7\",\"text\":\"bank\"}\n",
       "added 1: 7 | dup.jsonl:2 duplicate-id: duplicate id \"7\""},
      {"ids equal once invalid UTF-8 is repaired", "dup.jsonl",
       "{\"id\":\"d\xFF\",\"text\":\"river\"}\n{\"id\":\"d\xFE\",\"text\":\"bank\"}\n",
       "added 1: d\xEF\xBF\xBD | dup.jsonl:1 invalid-utf8: invalid UTF-8 replaced with U+FFFD (1 sequence) (kept)"
       " | dup.jsonl:2 invalid-utf8: invalid UTF-8 replaced with U+FFFD (1 sequence) (kept)"
       " | dup.jsonl:2 duplicate-id: duplicate id \"d\xEF\xBF\xBD\""},
      {"twice in CSV after a quoted line break", "dup.csv", "id,text\nd1,\"river\nbank\"\nd1,again\n",
       "added 1: d1 | dup.csv:4 duplicate-id: duplicate id \"d1\""},
      {"the id of an earlier document", "later.jsonl",
       "{\"id\":\"e2\",\"text\":\"replacement\"}\n{\"id\":\"d9\",\"text\":\"river\"}\n",
       "added 1: d9 | later.jsonl:1 duplicate-id: duplicate id \"e2\""},
      {"a text file named as an earlier document", "folder/e3.txt", "Ledger\nreplacement",
       "added 0: | folder/e3.txt:1 duplicate-id: duplicate id \"e3\""},
  });
  qalam::Corpus corpus = corpusWithEarlierImport();
  REQUIRE(corpus.addFile("a/story.txt", "First\nriver").added == 1);
  const qalam::ImportReport second = corpus.addFile("b/story.txt", "Second\nbank");
  // "story" listed is the first file's document, the only one after the earlier three.
  CHECK(renderImport(second, corpus) == "added 0: story | b/story.txt:1 duplicate-id: duplicate id \"story\"");
  CHECK(corpus.document(3).text == "First\nriver");
  CHECK(corpus.search("bank").total == 0);
}

TEST_CASE("binary files named as text or JSON are refused whole") {
  for (const char* binary : {"pixel.png", "note.zip", "exit.elf"}) {
    const std::string bytes = fixture(binary);
    checkRows({
        {binary, "upload.txt", bytes, "added 0: | upload.txt:0 malformed-record: looks binary, not text (NUL bytes): not read"},
        {binary, "upload.json", bytes, "added 0: | upload.json:0 malformed-record: looks binary, not text (NUL bytes): not read"},
    });
  }
}

TEST_CASE("binary files named as JSON Lines add no document and leave the earlier import as it was") {
  for (const char* binary : {"pixel.png", "note.zip", "exit.elf"}) {
    INFO(binary);
    qalam::Corpus corpus = corpusWithEarlierImport();
    const std::string before = earlierState(corpus);
    const qalam::ImportReport report = corpus.addFile("upload.jsonl", fixture(binary));
    CHECK(report.added == 0);
    REQUIRE(report.issues.size() == 1);
    CHECK(report.issues[0].file == "upload.jsonl");
    CHECK(report.issues[0].line == 0);
    CHECK(report.issues[0].skipped);
    CHECK(report.issues[0].message == "looks binary, not text (NUL bytes): not read");
    CHECK(earlierState(corpus) == before);
  }
}


TEST_CASE("UTF-16 with a byte order mark is converted in every corpus format, as it is for text") {
  const std::u16string jsonl = u"{\"id\":\"w1\",\"text\":\"river\"}\n{\"id\":\"w2\",\"text\":\"bank\"}\n";
  const std::u16string csv = u"id,text\nw1,river\nw2,bank\n";
  const std::u16string json = u"[{\"id\":\"w1\",\"text\":\"river\"},\n{\"id\":\"w2\",\"text\":\"bank\"}]\n";
  checkRows({
      {"JSON Lines, little endian", "in.jsonl", utf16(jsonl, false, true), "added 2: w1 w2"},
      {"JSON Lines, big endian", "in.jsonl", utf16(jsonl, true, true), "added 2: w1 w2"},
      {"CSV, little endian", "in.csv", utf16(csv, false, true), "added 2: w1 w2"},
      {"CSV, big endian", "in.csv", utf16(csv, true, true), "added 2: w1 w2"},
      {"JSON array, little endian", "in.json", utf16(json, false, true), "added 2: w1 w2"},
      {"JSON array, big endian", "in.json", utf16(json, true, true), "added 2: w1 w2"},
  });
}

TEST_CASE("UTF-16 without a byte order mark is refused as binary in every corpus format") {
  const std::u16string jsonl = u"{\"id\":\"w1\",\"text\":\"river\"}\n{\"id\":\"w2\",\"text\":\"bank\"}\n";
  checkRows({
      {"JSON Lines", "in.jsonl", utf16(jsonl, false, false),
       "added 0: | in.jsonl:0 malformed-record: looks binary, not text (NUL bytes): not read"},
      {"CSV", "in.csv", utf16(u"id,text\nw1,river\n", true, false),
       "added 0: | in.csv:0 malformed-record: looks binary, not text (NUL bytes): not read"},
  });
}

TEST_CASE("binary files named as JSON Lines or CSV are refused whole, as text files are") {
  for (const char* binary : {"pixel.png", "note.zip", "exit.elf"}) {
    const std::string bytes = fixture(binary);
    checkRows({
        {binary, "upload.jsonl", bytes, "added 0: | upload.jsonl:0 malformed-record: looks binary, not text (NUL bytes): not read"},
        {binary, "upload.csv", bytes, "added 0: | upload.csv:0 malformed-record: looks binary, not text (NUL bytes): not read"},
        {binary, "upload.tsv", bytes, "added 0: | upload.tsv:0 malformed-record: looks binary, not text (NUL bytes): not read"},
    });
  }
}

TEST_CASE("JSON Lines records nested past the limit are refused as JSON array elements are") {
  const auto nested = [](std::size_t levels) {
    return "{\"id\":\"deep\",\"text\":\"river\",\"extra\":" + std::string(levels, '[') + std::string(levels, ']') + "}\n";
  };
  const std::string refused = "added 1: next | deep.jsonl:1 malformed-record: nested deeper than " +
                              std::to_string(qalam::kMaxJsonDepth) + " levels: not read";
  checkRows({
      {"at the limit", "deep.jsonl", nested(qalam::kMaxJsonDepth - 1) + "{\"id\":\"next\",\"text\":\"bank\"}\n",
       "added 2: deep next"},
      {"one past the limit", "deep.jsonl", nested(qalam::kMaxJsonDepth) + "{\"id\":\"next\",\"text\":\"bank\"}\n",
       refused.c_str()},
      {"a 50 MB line of brackets", "deep.jsonl",
       "{\"id\":\"deep\",\"text\":\"river\",\"extra\":" + std::string(50'000'000, '[') + "\n{\"id\":\"next\",\"text\":\"bank\"}\n",
       refused.c_str()},
  });
}
