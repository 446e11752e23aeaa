#include <catch2/catch.hpp>

#include "qalam/text_importer.hpp"

#include "test_support.hpp"

namespace {

// "id[title]{text}" unless skipped, then the issues.
std::string readText(const char* fileName, const std::string& bytes) {
  std::vector<qalam::ImportIssue> issues;
  const qalam::Document doc = qalam::documentFromText(fileName, bytes, issues);
  std::vector<std::string> shown;
  if (issues.empty() || !issues.front().skipped) {
    std::string out = doc.id;
    out += '[';
    out += doc.title;
    out += "]{";
    out += doc.text;
    out += '}';
    shown.push_back(std::move(out));
  }
  return qalam::testing::renderImport(shown, issues);
}

// UTF-16 with its byte order mark.
std::string utf16(std::u16string_view text, bool bigEndian) {
  std::string out = bigEndian ? "\xFE\xFF" : "\xFF\xFE";
  for (const char16_t unit : text) {
    const auto high = static_cast<char>(unit >> 8);
    const auto low = static_cast<char>(unit & 0xFF);
    out += bigEndian ? high : low;
    out += bigEndian ? low : high;
  }
  return out;
}

}  // namespace

TEST_CASE("a text file is one document named after the file, titled by its first line") {
  struct Row {
    const char* fileName;
    std::string bytes;
    const char* expected;
  };
  const std::vector<Row> rows = {
      {"news/2024/story.txt", "Headline here\n\nBody text.\n", "added 1: story[Headline here]{Headline here\n\nBody text.\n}"},
      {"a.txt", "\n  \n \t Title  \r\nrest", "added 1: a[Title]{\n  \n \t Title  \r\nrest}"},
      {"C:\\corpus\\README", "x", "added 1: README[x]{x}"},
      {"archive.tar.txt", "x", "added 1: archive.tar[x]{x}"},
      {".hidden", "x", "added 1: .hidden[x]{x}"},
      {"bom.txt", "\xEF\xBB\xBFTitle\nbody", "added 1: bom[Title]{Title\nbody}"},
      {"le.txt", utf16(u"Алматы\r\nsu \U0001F600", false),
       "added 1: le[Алматы]{Алматы\r\nsu \xF0\x9F\x98\x80}"},
      {"be.txt", utf16(u"Алматы\r\nsu \U0001F600", true),
       "added 1: be[Алматы]{Алматы\r\nsu \xF0\x9F\x98\x80}"},
      {"unpaired.txt", utf16(u"a\nb\xD800" u"c", false), "added 1: unpaired[a]{a\nb\xEF\xBF\xBD" "c} | unpaired.txt:2 invalid-utf8 (kept)"},
      {"odd.txt", utf16(u"ab", false).append("c"), "added 1: odd[ab\xEF\xBF\xBD]{ab\xEF\xBF\xBD} | odd.txt:1 invalid-utf8 (kept)"},
      {"bad.txt", "ok\nbad \xC3\n", "added 1: bad[ok]{ok\nbad \xEF\xBF\xBD\n} | bad.txt:2 invalid-utf8 (kept)"},
      {"photo.txt", std::string("GIF89a\0\0\x01", 9), "added 0: | photo.txt:0 malformed-record"},
      {"utf16-without-bom.txt", utf16(u"abc", false).substr(2), "added 0: | utf16-without-bom.txt:0 malformed-record"},
      {"empty.txt", "", "added 1: empty[]{} | empty.txt:0 empty-document (kept)"},
      {"bom-only.txt", "\xEF\xBB\xBF", "added 1: bom-only[]{} | bom-only.txt:0 empty-document (kept)"},
  };
  for (const Row& row : rows) {
    INFO(row.fileName);
    CHECK(readText(row.fileName, row.bytes) == row.expected);
  }
}

TEST_CASE("a long first line is cut to 200 bytes on a character boundary for the title") {
  std::string line = "a";
  for (int i = 0; i < 150; ++i) line += "\xD0\xB6";  // ж, two bytes: byte 200 falls inside one
  std::string text = line;
  text += "\nbody";
  std::vector<qalam::ImportIssue> issues;
  const qalam::Document doc = qalam::documentFromText("long.txt", text, issues);
  CHECK(issues.empty());
  CHECK(doc.title.size() == 199);
  CHECK(doc.title == line.substr(0, 199));
  CHECK(doc.text == text);
}

TEST_CASE("a binary file says why it is not read") {
  std::vector<qalam::ImportIssue> issues;
  qalam::documentFromText("photo.txt", std::string("\0\x01\x02", 3), issues);
  REQUIRE(issues.size() == 1);
  CHECK(issues[0].skipped);
  CHECK(issues[0].message == "looks binary, not text (NUL bytes): not read");
}
