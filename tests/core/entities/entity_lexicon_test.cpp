#include <catch2/catch.hpp>

#include "qalam/entity_lexicon.hpp"

namespace {

using qalam::EntityType;
using qalam::Language;
using qalam::LexiconSource;

const qalam::Analyzer& analyzer() {
  static const qalam::Analyzer a;
  return a;
}

qalam::EntityLexicon makeLexicon() {
  qalam::EntityLexicon lexicon(analyzer());
  lexicon.add({"kz-tokayev", EntityType::kPerson, "Kassym-Jomart Tokayev",
               {{"Kassym-Jomart Tokayev", Language::kEnglish},
                {"Tokayev", Language::kEnglish},
                {"Қасым-Жомарт Тоқаев", Language::kKazakh},
                {"Тоқаев", Language::kKazakh},
                {"قاسم جومارت توکایف", Language::kPersian},
                {"توکایف", Language::kPersian},
                {"توكاييف", Language::kArabic}},
               LexiconSource::kCurated});
  lexicon.add({"almaty", EntityType::kGeopolitical, "Almaty",
               {{"Almaty", Language::kEnglish}, {"Алматы", Language::kKazakh}, {"آلماتی", Language::kPersian},
                {"ألماتي", Language::kArabic}},
               LexiconSource::kGazetteer});
  lexicon.add({"un", EntityType::kOrganization, "United Nations",
               {{"United Nations", Language::kEnglish}, {"الأمم المتحدة", Language::kArabic},
                {"سازمان ملل متحد", Language::kPersian}, {"سازمان ملل", Language::kPersian}, {"БҰҰ", Language::kKazakh}},
               LexiconSource::kCurated});
  return lexicon;
}

// Every match in `text`, scanning left to right: "words:id[,id](exact|stem) ...".
std::string render(const qalam::EntityLexicon& lexicon, std::string_view text, Language language) {
  const std::vector<qalam::WordSpan> words = lexicon.words(text, language);
  std::string out;
  for (std::size_t i = 0; i < words.size();) {
    const auto match = lexicon.longestMatch(words, i);
    if (!match) {
      ++i;
      continue;
    }
    if (!out.empty()) out += ' ';
    out += std::string(text.substr(words[i].begin, words[i + match->words - 1].end - words[i].begin)) + ":";
    for (std::size_t k = 0; k < match->entities.size(); ++k) out += (k ? "," : "") + lexicon.entity(match->entities[k]).id;
    out += match->exact ? "" : "~";
    i += match->words;
  }
  return out;
}

}  // namespace

TEST_CASE("lexicon aliases match however the text spells and inflects them") {
  const qalam::EntityLexicon lexicon = makeLexicon();
  struct Row {
    const char* text;
    Language language;
    const char* expected;
  };
  const Row rows[] = {
      {"President Kassym-Jomart Tokayev said", Language::kEnglish, "Kassym-Jomart Tokayev:kz-tokayev"},
      {"Tokayev met", Language::kEnglish, "Tokayev:kz-tokayev"},
      {"Президент Тоқаевтың сапары", Language::kKazakh, "Тоқаевтың:kz-tokayev~"},
      {"Алматыда өтті", Language::kKazakh, "Алматыда:almaty~"},
      {"سفر توكاييف إلى ألماتي", Language::kArabic, "توكاييف:kz-tokayev ألماتي:almaty"},
      // Arabic yeh and kaf in Persian text, and no ZWNJ: folded like the index.
      {"قاسم جومارت توكايف در آلماتي", Language::kPersian, "قاسم جومارت توكايف:kz-tokayev آلماتي:almaty"},
      {"والأمم المتحدة", Language::kArabic, "والأمم المتحدة:un~"},
      {"سازمان ملل متحد و سازمان ملل", Language::kPersian, "سازمان ملل متحد:un سازمان ملل:un"},
      {"nothing here", Language::kEnglish, ""},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(render(lexicon, row.text, row.language) == row.expected);
  }
}

TEST_CASE("a later source takes precedence for an id and for a shared alias") {
  qalam::EntityLexicon lexicon = makeLexicon();
  lexicon.add({"almaty", EntityType::kGeopolitical, "Almaty (city)", {{"Alma-Ata", Language::kEnglish}}, LexiconSource::kUser});
  lexicon.add({"user-tokayev-fund", EntityType::kOrganization, "Tokayev", {{"Tokayev", Language::kEnglish}}, LexiconSource::kUser});
  CHECK(lexicon.size() == 4);
  CHECK(lexicon.entity(*lexicon.find("almaty")).name == "Almaty (city)");
  CHECK(lexicon.entity(*lexicon.find("almaty")).aliases.size() == 5);
  CHECK(render(lexicon, "Alma-Ata, Almaty, Tokayev", Language::kEnglish) ==
        "Alma-Ata:almaty Almaty:almaty Tokayev:user-tokayev-fund,kz-tokayev");
  CHECK_FALSE(lexicon.find("nobody"));
}
