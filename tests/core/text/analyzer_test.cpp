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

constexpr qalam::AnalyzeOptions kExactOnly{qalam::Language::kOther, false};

const Analyzer& analyzer() {
  static const Analyzer a;
  return a;
}

}  // namespace

TEST_CASE("analyzer yields normalized words with positions and UTF-8 offsets") {
  // Normalization alone: no stems, folds or parts.
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
      // Scripts ICU cuts with dictionaries Qalam does not ship: cut the same
      // way natively and in wasm.
      {"a token per Han character", "中国人", "中[0](0,3) 国[1](3,6) 人[2](6,9)"},
      {"a token per Hiragana character, Katakana runs whole", "ひらがなとカタカナー",
       "ひ[0](0,3) ら[1](3,6) が[2](6,9) な[3](9,12) と[4](12,15) カタカナー[5](15,30)"},
      {"Japanese punctuation parts; Latin and digits inside keep their rules", "東京、Tokyo 2024年",
       "東[0](0,3) 京[1](3,6) tokyo[2](9,14) 2024[3](15,19) 年[4](19,22)"},
      {"a Thai run is one token", "ภาษาไทย ok", "ภาษาไทย[0](0,21) ok[1](22,24)"},
      {"half-width Katakana is folded by NFKC", "ｶﾀｶﾅ", "カタカナ[0](0,12)"},
      {"Han after a Persian word with ZWNJ", "می‌روم 北京", "ميروم[0](0,13) 北[1](14,17) 京[2](17,20)"},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    CHECK(render(analyzer().analyze(row.input, kExactOnly)) == row.expected);
  }
}

TEST_CASE("variants stand beside the exact form at its position and offsets") {
  struct VariantRow {
    const char* name;
    qalam::Language language;
    std::string input;
    const char* expected;
  };
  using qalam::Language;
  const std::vector<VariantRow> rows = {
      {"Kazakh stems and loose folds", Language::kKazakh, "Қазақстанның Ауғанстанға Алматыны",
       "қазақстанның[0](0,24) ~қазақстан[0](0,24) ≈казакстаннын[0](0,24) "
       "ауғанстанға[1](25,47) ~ауғанстан[1](25,47) ≈ауганстанга[1](25,47) "
       "алматыны[2](48,64) ~алмат[2](48,64)"},
      {"Kazakh name in the genitive", Language::kKazakh, "Тоқаевтың", "тоқаевтың[0](0,18) ~тоқаев[0](0,18) ≈токаевтын[0](0,18)"},
      {"Arabic article and feminine ending", Language::kArabic, "الأمم المتحدة",
       "الامم[0](0,10) ~امم[0](0,10) المتحده[1](11,25) ~متحد[1](11,25)"},
      {"Arabic -stan name stays whole", Language::kArabic, "كازاخستان", "كازاخستان[0](0,18)"},
      {"Persian plural and adjective with ZWNJ", Language::kPersian, "همکاری‌های منطقه‌ای",
       "همكاريهاي[0](0,21) ~همكار[0](0,21) منطقهاي[1](22,39) ~منطق[1](22,39)"},
      {"unknown language: every stemmer of the script", Language::kOther, "روسیه",
       "روسيه[0](0,10) ~روس[0](0,10) ~روسي[0](0,10)"},
      {"domain: whole and parts", Language::kOther, "Zakon.kz хабарлайды",
       "zakon.kz[0](0,8) zakon[0](0,5) kz[1](6,8) хабарлайды[2](9,29) ~хабарлай[2](9,29) ~хабарлайд[2](9,29)"},
      {"dotted date: whole and parts", Language::kOther, "05.12.2025", "05.12.2025[0](0,10) 05[0](0,2) 12[1](3,5) 2025[2](6,10)"},
      {"hyphenated: parts and whole", Language::kEnglish, "COVID-19 cases", "covid[0](0,5) covid-19[0](0,8) 19[1](6,8) cases[2](9,14) ~case[2](9,14)"},
      {"slashed date: parts and whole", Language::kOther, "20/09/2020",
       "20[0](0,2) 20/09/2020[0](0,10) 09[1](3,5) 2020[2](6,10)"},
      {"code with a number", Language::kEnglish, "SEP-1", "sep[0](0,3) sep-1[0](0,5) 1[1](4,5)"},
      {"spaced hyphen joins nothing", Language::kEnglish, "Almaty - Astana", "almaty[0](0,6) ~almati[0](0,6) astana[1](9,15)"},
      {"Russian stems by Snowball", Language::kRussian, "Президентом Казахстана",
       "президентом[0](0,22) ~президент[0](0,22) казахстана[1](23,43) ~казахста[1](23,43)"},
      {"a Latin name in a Russian text takes the English stemmer", Language::kRussian, "Zakon reports",
       "zakon[0](0,5) reports[1](6,13) ~report[1](6,13)"},
  };
  for (const VariantRow& row : rows) {
    INFO(row.name);
    CHECK(render(analyzer().analyze(row.input, {row.language, true})) == row.expected);
  }
}

TEST_CASE("a document in another language gets no English stems for its Latin words") {
  const std::vector<Row> rows = {
      {"Italian words are not stemmed as English", "comunicazioni ufficiali", "comunicazioni[0](0,13) ufficiali[1](14,23)"},
      {"Ukrainian words keep the Russian and Kazakh stems (cognates)", "файли",
       "файли[0](0,10) ~файл[0](0,10)"},
      {"parts and wholes stay", "Zakon.kz COVID-19", "zakon.kz[0](0,8) zakon[0](0,5) kz[1](6,8) covid[2](9,14) covid-19[2](9,17) 19[3](15,17)"},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    CHECK(render(analyzer().analyze(row.input, {qalam::Language::kOther, true, false})) == row.expected);
  }
}

TEST_CASE("analyzer positions continue from the given first position") {
  std::vector<qalam::Token> tokens;
  analyzer().analyze("one two", tokens, 7, kExactOnly);
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
