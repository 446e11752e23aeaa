#include <catch2/catch.hpp>

#include "qalam/utf.hpp"

using qalam::findInvalidUtf8;
using qalam::utf8ToUtf16Offsets;

TEST_CASE("UTF-8 byte offsets convert to UTF-16 indices") {
  struct Row {
    const char* name;
    std::string text;
    std::vector<std::uint32_t> bytes;
    std::vector<std::uint32_t> utf16;
  };
  // a (1 byte), é (2), € (3), 𝄞 (4, a surrogate pair in UTF-16), b (1)
  const std::string mixed = "a\xC3\xA9\xE2\x82\xAC\xF0\x9D\x84\x9E" "b";
  const std::vector<Row> rows = {
      {"ASCII is the identity", "hello", {0, 2, 5}, {0, 2, 5}},
      {"every width", mixed, {0, 1, 3, 6, 10, 11}, {0, 1, 2, 3, 5, 6}},
      {"offset inside a sequence maps to its character", mixed, {2, 8}, {1, 3}},
      {"Persian", "سلام دنیا", {0, 9, 17}, {0, 5, 9}},
      {"repeated offsets", "ab", {1, 1, 2}, {1, 1, 2}},
      {"empty list", "abc", {}, {}},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    std::vector<std::uint32_t> offsets = row.bytes;
    utf8ToUtf16Offsets(row.text, offsets);
    CHECK(offsets == row.utf16);
  }
}

TEST_CASE("the first invalid UTF-8 sequence is located") {
  struct Row {
    const char* name;
    std::string text;
    std::size_t expected;
  };
  const std::vector<Row> rows = {
      {"valid", "abc \xD8\xB3", std::string::npos},
      {"truncated sequence", "a\xC3", 1},
      {"stray continuation byte", "ab\x80", 2},
      {"encoded surrogate", "\xED\xA0\x80", 0},
      {"overlong slash", "x\xC0\xAF", 1},
      {"empty", "", std::string::npos},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    CHECK(findInvalidUtf8(row.text) == row.expected);
  }
}

TEST_CASE("invalid UTF-8 is replaced with U+FFFD, one per maximal invalid subpart") {
  struct Row {
    const char* name;
    std::string text;
    std::string expected;
    std::size_t replaced;
  };
  const std::string fffd = "\xEF\xBF\xBD";
  const std::vector<Row> rows = {
      {"valid text is untouched", "Тоқаев \xD8\xB3", "Тоқаев \xD8\xB3", 0},
      {"stray byte", "a\xFF" "b", "a" + fffd + "b", 1},
      {"truncated sequence at the end", "ab\xE2\x82", "ab" + fffd, 1},
      {"encoded surrogate", "\xED\xA0\x80x", fffd + fffd + fffd + "x", 3},
      {"empty", "", "", 0},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    std::string s = row.text;
    CHECK(qalam::replaceInvalidUtf8(s) == row.replaced);
    CHECK(s == row.expected);
    CHECK(qalam::findInvalidUtf8(s) == std::string::npos);
  }
}
