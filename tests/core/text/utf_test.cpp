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
      {"after eight ASCII bytes", "abcdefgh\xFF", 8},
      {"inside the second eight bytes", "abcdefghij\x80klmnop", 10},
      {"two-byte letters then a truncated one", "\xD0\x90\xD0\x91\xD0", 4},
      {"two-byte lead before ASCII", "\xD0" "abcdefgh", 0},
      {"overlong two-byte", "ab\xC1\xBF", 2},
      {"four-byte character is valid", "\xF0\x9D\x84\x9E and more text", std::string::npos},
      {"long valid mix", "Тоқаев Алматыда almaty سازمان ملل 12345678", std::string::npos},
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

namespace {

// The well-formed byte sequences of the Unicode Standard (table 3-7): the
// offset of the first byte that starts none.
std::size_t firstIllFormed(const std::string& s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  auto in = [&](std::size_t i, unsigned lo, unsigned hi) { return i < n && p[i] >= lo && p[i] <= hi; };
  for (std::size_t i = 0; i < n;) {
    const unsigned b = p[i];
    std::size_t length = 0;
    if (b < 0x80) length = 1;
    else if (b >= 0xC2 && b <= 0xDF && in(i + 1, 0x80, 0xBF)) length = 2;
    else if (b == 0xE0 && in(i + 1, 0xA0, 0xBF) && in(i + 2, 0x80, 0xBF)) length = 3;
    else if (((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) && in(i + 1, 0x80, 0xBF) && in(i + 2, 0x80, 0xBF)) length = 3;
    else if (b == 0xED && in(i + 1, 0x80, 0x9F) && in(i + 2, 0x80, 0xBF)) length = 3;
    else if (b == 0xF0 && in(i + 1, 0x90, 0xBF) && in(i + 2, 0x80, 0xBF) && in(i + 3, 0x80, 0xBF)) length = 4;
    else if (b >= 0xF1 && b <= 0xF3 && in(i + 1, 0x80, 0xBF) && in(i + 2, 0x80, 0xBF) && in(i + 3, 0x80, 0xBF)) length = 4;
    else if (b == 0xF4 && in(i + 1, 0x80, 0x8F) && in(i + 2, 0x80, 0xBF) && in(i + 3, 0x80, 0xBF)) length = 4;
    if (length == 0) return i;
    i += length;
  }
  return std::string::npos;
}

}  // namespace

TEST_CASE("the first invalid UTF-8 sequence is found as the standard's table says, on random bytes") {
  // Bytes that make every kind of sequence likely: ASCII, leads, continuations.
  const unsigned char alphabet[] = {'a', ' ', 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
                                    0xD0, 0xD8, 0xDF, 0xE0, 0xE1, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF};
  std::uint32_t x = 2463534242u;
  auto next = [&] {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return x;
  };
  for (int round = 0; round < 20000; ++round) {
    std::string s(next() % 24, 'a');
    for (char& c : s) c = static_cast<char>(next() % 3 == 0 ? 'a' + next() % 26 : alphabet[next() % sizeof alphabet]);
    INFO("round " << round);
    REQUIRE(findInvalidUtf8(s) == firstIllFormed(s));
  }
}
