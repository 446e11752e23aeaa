#include <catch2/catch.hpp>

#include "qalam/analyzer.hpp"
#include "test_support.hpp"

using qalam::Analyzer;
using qalam::test::render;

namespace {

struct Row {
  const char* name;
  std::string input;
  const char* expected;  // term[position](begin,end) ...
};

const Analyzer& analyzer() {
  static const Analyzer a;
  return a;
}

}  // namespace

TEST_CASE("analyzer yields normalized words with positions and UTF-8 offsets") {
  const std::vector<Row> rows = {
      {"Latin, case folded", "Hello, World!", "hello[0](0,5) world[1](7,12)"},
      {"Latin diacritics folded", "São Paulo, Müller", "sao[0](0,4) paulo[1](5,10) muller[2](12,19)"},
      {"Kazakh letters kept, case folded", "Тоқаев Алматыда", "тоқаев[0](0,12) алматыда[1](13,29)"},
      {"Cyrillic yo folded to ye", "Ёлка ёж", "елка[0](0,8) еж[1](9,13)"},
      {"Arabic kaf kept", "كازاخستان", "كازاخستان[0](0,18)"},
      {"Persian keheh folded to kaf", "کازاخستان", "كازاخستان[0](0,18)"},
      {"hamza forms and harakat folded", "الأُمَم", "الامم[0](0,14)"},
      {"tatweel removed", "كـتاب", "كتاب[0](0,10)"},
      {"teh marbuta folded to heh", "مدرسة", "مدرسه[0](0,10)"},
      {"alef maqsura and Farsi yeh folded to yeh", "مصطفى علی", "مصطفي[0](0,10) علي[1](11,17)"},
      {"yeh with hamza folded to yeh", "رئیس", "رييس[0](0,8)"},
      {"ZWNJ compound is one word without the joiner", "رئیس‌جمهور", "رييسجمهور[0](0,21)"},
      {"the same compound typed without ZWNJ", "رئیسجمهور", "رييسجمهور[0](0,18)"},
      {"Persian and Arabic-Indic digits to ASCII", "۲۰۲۴ ٢٠٢٤", "2024[0](0,8) 2024[1](9,17)"},
      {"domain stays one word", "Zakon.kz", "zakon.kz[0](0,8)"},
      {"punctuation only", "!!! ... ؟ «»", ""},
      {"empty", "", ""},
      {"diacritics only", "\xD9\x8E\xD9\x8F", ""},
      {"invalid UTF-8 never becomes a token", "ab\xFF" "cd", "ab[0](0,2) cd[1](3,5)"},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    CHECK(render(analyzer().analyze(row.input)) == row.expected);
  }
}

TEST_CASE("analyzer positions continue from the given first position") {
  std::vector<qalam::Token> tokens;
  analyzer().analyze("one two", tokens, 7);
  CHECK(render(tokens) == "one[7](0,3) two[8](4,7)");
}

TEST_CASE("spelling variants normalize to the same term") {
  const std::vector<std::pair<const char*, const char*>> pairs = {
      {"آلماتی", "ألماتي"},          // Persian and Arabic spellings of Almaty
      {"ТОҚАЕВ", "Тоқаев"},
      {"объединённых", "объединенных"},
      {"مسؤول", "مسوول"},
      {"ﻻ", "لا"},                      // presentation form (NFKC)
      {"ＵＮ", "un"},                    // full-width Latin (NFKC)
  };
  for (const auto& [a, b] : pairs) {
    INFO(a << " vs " << b);
    CHECK(analyzer().normalize(a) == analyzer().normalize(b));
  }
}

TEST_CASE("Kazakh letters stay distinct from their Russian look-alikes in exact terms") {
  CHECK(analyzer().normalize("Тоқаев") != analyzer().normalize("Токаев"));
}
