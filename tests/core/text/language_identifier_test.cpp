#include <catch2/catch.hpp>

#include "qalam/language.hpp"

using qalam::Language;
using qalam::languageCode;

TEST_CASE("language is identified from script, letters and function words") {
  static const qalam::LanguageIdentifier identifier;
  struct Row {
    const char* text;
    const char* expected;
  };
  const std::vector<Row> rows = {
      {"رئیس‌جمهور قزاقستان در آلماتی با دبیرکل سازمان ملل دیدار کرد.", "fa"},
      {"رئيسجمهور قزاقستان در آلماتي با دبيركل سازمان ملل ديدار كرد.", "fa"},  // Arabic yeh and kaf
      {"التقى رئيس كازاخستان الأمين العام للأمم المتحدة في ألماتي.", "ar"},
      {"Президент Тоқаев Алматыда БҰҰ өкілдерімен кездесті.", "kk"},
      {"Президент Токаев встретился с представителями ООН в Алматы.", "ru"},
      {"Эмомалӣ Раҳмон бо Дабири кулли СММ дар Душанбе мулоқот кард.", "tg"},
      {"The President of Kazakhstan met the UN Secretary-General in Almaty.", "en"},
      {"Gündəm", "other"},
      {"2025-11-14 — 05.12.2025", "other"},
      {"", "other"},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(std::string(languageCode(identifier.identify(row.text))) == row.expected);
  }
}

TEST_CASE("a mixed document is split into language runs by paragraph") {
  static const qalam::LanguageIdentifier identifier;
  const std::string text =
      "05.12.2025\n"
      "Президент Тоқаев Алматыда БҰҰ өкілдерімен кездесті.\n"
      "Бұл кездесу маңызды болды.\n"
      "\n"
      "The President of Kazakhstan met the UN Secretary-General in Almaty.\n";
  std::string rendered;
  for (const qalam::LanguageSpan& span : identifier.identifyParagraphs(text)) {
    rendered += std::string(languageCode(span.language)) + "[" + std::to_string(span.begin) + "," + std::to_string(span.end) + ") ";
  }
  const auto english = static_cast<std::uint32_t>(text.find("The President"));
  CHECK(rendered == "kk[0," + std::to_string(english) + ") en[" + std::to_string(english) + "," + std::to_string(text.size()) + ") ");
}

TEST_CASE("language codes round-trip") {
  for (const char* code : {"fa", "ar", "kk", "ru", "tg", "en", "other"}) {
    CHECK(std::string(languageCode(qalam::languageFromCode(code))) == code);
  }
  CHECK(qalam::languageFromCode("de") == Language::kOther);
}
