#include <catch2/catch.hpp>

#include "qalam/name_recognizer.hpp"

namespace {

using qalam::EntityType;
using qalam::Language;
using qalam::LexiconSource;

const qalam::Analyzer& analyzer() {
  static const qalam::Analyzer a;
  return a;
}

const qalam::NameKeyer& keyer() {
  static const qalam::NameKeyer k;
  return k;
}

// A few entities written for these tests; the recognizer works with
// whatever lists are added to a lexicon.
const qalam::EntityLexicon& lexicon() {
  static const qalam::EntityLexicon lex = [] {
    qalam::EntityLexicon l(analyzer());
    l.add({"kz-tokayev", EntityType::kPerson, "Kassym-Jomart Tokayev",
           {{"Kassym-Jomart Tokayev", Language::kEnglish}, {"Tokayev", Language::kEnglish},
            {"Тоқаев", Language::kKazakh}, {"Токаев", Language::kRussian}},
           LexiconSource::kCurated});
    l.add({"almaty", EntityType::kGeopolitical, "Almaty",
           {{"Almaty", Language::kEnglish}, {"Алматы", Language::kKazakh}, {"آلماتی", Language::kPersian},
            {"ألماتي", Language::kArabic}},
           LexiconSource::kGazetteer});
    l.add({"iran", EntityType::kGeopolitical, "Iran", {{"ایران", Language::kPersian}, {"إيران", Language::kArabic}},
           LexiconSource::kGazetteer});
    l.add({"un", EntityType::kOrganization, "United Nations",
           {{"United Nations", Language::kEnglish}, {"الأمم المتحدة", Language::kArabic},
            {"سازمان ملل متحد", Language::kPersian}, {"БҰҰ", Language::kKazakh}},
           LexiconSource::kCurated});
    // Written capitalised only: the lower-case word is a common noun.
    l.add({"union-bank", EntityType::kOrganization, "Union", {{"Union", Language::kEnglish}}, LexiconSource::kUser});
    l.add({"tj-rahmon", EntityType::kPerson, "Emomali Rahmon", {{"Emomali Rahmon", Language::kEnglish}},
           LexiconSource::kCurated});
    return l;
  }();
  return lex;
}

std::string render(const std::vector<qalam::Mention>& mentions) {
  std::string out;
  for (const qalam::Mention& m : mentions) {
    if (!out.empty()) out += ' ';
    out += std::string(qalam::entityTypeCode(m.type)) + "[" + m.text + "]=" + m.entityId;
  }
  return out;
}

struct Row {
  const char* text;
  Language language;
  const char* expected;
};

void check(const qalam::NameRecognizer& recognizer, const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    INFO(row.text);
    const std::vector<qalam::Mention> mentions = recognizer.recognize(row.text, row.language);
    CHECK(render(mentions) == row.expected);
    for (const qalam::Mention& m : mentions) {
      CHECK(std::string_view(row.text).substr(m.begin, m.end - m.begin) == m.text);
      CHECK(m.confidence > 0.0f);
      CHECK(m.confidence <= 1.0f);
    }
  }
}

}  // namespace

TEST_CASE("known entities are found in every language, inflected and with clitics") {
  const qalam::NameRecognizer recognizer(analyzer(), lexicon(), keyer(), {});
  check(recognizer, {
      {"Tokayev arrived in Almaty on Monday.", Language::kEnglish, "PER[Tokayev]=kz-tokayev GPE[Almaty]=almaty"},
      {"Президент Тоқаевтың Алматыда өткен жиыны", Language::kKazakh,
       "PER[Тоқаевтың]=kz-tokayev GPE[Алматыда]=almaty"},
      {"والأمم المتحدة رحبت بالقرار", Language::kArabic, "ORG[الأمم المتحدة]=un"},
      {"سازمان ملل متحد در آلماتی", Language::kPersian, "ORG[سازمان ملل متحد]=un GPE[آلماتی]=almaty"},
      {"БҰҰ мәлімдеме жасады", Language::kKazakh, "ORG[БҰҰ]=un"},
      // Common words: a lower-case "union" is not the bank listed as Union.
      {"The union of workers met. Union said no.", Language::kEnglish, "ORG[Union]=union-bank"},
  });
}

TEST_CASE("a title or role announces a person in no list") {
  const qalam::NameRecognizer recognizer(analyzer(), lexicon(), keyer(), {});
  check(recognizer, {
      {"رئیس‌جمهور ایران حسن روحانی گفت", Language::kPersian, "GPE[ایران]=iran PER[حسن روحانی]=name:PER:hsn_rhn"},
      {"وزیر امور خارجه فرانسه ژان لودریان در تهران", Language::kPersian,
       "PER[ژان لودریان]=name:PER:jn_ldrn"},
      {"وقال الرئيس اللبناني اميل لحود ان", Language::kArabic, "PER[اميل لحود]=name:PER:aml_lhd"},
      {"Министр иностранных дел Сергей Лавров заявил", Language::kRussian, "PER[Сергей Лавров]=name:PER:srg_lfrf"},
      {"Бас хатшы Антониу Гутерриш келді", Language::kKazakh, "PER[Антониу Гутерриш]=name:PER:antn_gtrs"},
      {"Президенти Тоҷикистон Эмомалӣ Раҳмон дар Душанбе", Language::kTajik,
       "PER[Тоҷикистон Эмомалӣ Раҳмон]=name:PER:tjkstn_aml_rhmn GPE[Душанбе]=name:GPE:dsnb"},
      {"Secretary-General Antonio Guterres said", Language::kEnglish, "PER[Antonio Guterres]=name:PER:antn_gtrs"},
  });
}

TEST_CASE("organisation heads take their modifiers in each language's order") {
  const qalam::NameRecognizer recognizer(analyzer(), lexicon(), keyer(), {});
  check(recognizer, {
      {"وزارت امور خارجه ایران اعلام کرد", Language::kPersian,
       "ORG[وزارت امور خارجه]=name:ORG:wzrt_amr_hrjh GPE[ایران]=iran"},
      {"بانک ملت گزارش داد", Language::kPersian, "ORG[بانک ملت]=name:ORG:bnk_mlt"},
      {"أعلنت وزارة الخارجية الأمريكية أمس", Language::kArabic, "ORG[وزارة الخارجية الأمريكية]=name:ORG:wzrh_hrjh_amrkh"},
      {"Қазақстан Сыртқы істер министрлігі хабарлады", Language::kKazakh,
       "ORG[Қазақстан Сыртқы істер министрлігі]=name:ORG:kzkstn_srtk_astr_mnstrlg"},
      {"заявили в Министерство иностранных дел России", Language::kRussian,
       "ORG[Министерство иностранных дел России]=name:ORG:mnstrstf_anstrnh_dl_rs"},
      {"лидер партии «Единая Россия» выступил", Language::kRussian, "ORG[партии «Единая Россия]=name:ORG:prt_adn_rs"},
      // A capitalised adjective opens the name; a verb ends the genitive chain;
      // a person after a lower-case head is not the body's name.
      {"Верховный суд Казахстана отклонил иск", Language::kRussian, "ORG[Верховный суд Казахстана]=name:ORG:frhfnj_sd_kzhstn"},
      {"Комитет защиты свидетелей сообщил", Language::kRussian, "ORG[Комитет защиты свидетелей]=name:ORG:kmt_zst_sfdtl"},
      {"в офисе партии Сергея Петрова", Language::kRussian, "PER[Сергея Петрова]=name:PER:srg_ptrf"},
      {"Вазорати корҳои хориҷии Тоҷикистон хабар дод", Language::kTajik,
       "ORG[Вазорати корҳои хориҷии Тоҷикистон]=name:ORG:fzrt_krh_hrj_tjkstn"},
      {"He studied at Harvard University and the Ministry of Foreign Affairs.", Language::kEnglish,
       "ORG[Harvard University]=name:ORG:hrfrd_anfrst ORG[Ministry of Foreign Affairs]=name:ORG:mnstr_af_frgn_afrs"},
  });
}

TEST_CASE("capitalised words are names by their cues, not by a sentence start") {
  const qalam::NameRecognizer recognizer(analyzer(), lexicon(), keyer(), {});
  check(recognizer, {
      // Sentence-initial capitals alone, lower-case words: nothing.
      {"Вчера было тепло. Сегодня тоже.", Language::kRussian, ""},
      {"Yesterday it rained.", Language::kEnglish, ""},
      {"встреча с Нурланом Ержановым прошла в Астане", Language::kRussian,
       "PER[Нурланом Ержановым]=name:PER:nrln_arznf GPE[Астане]=name:GPE:astn"},
      {"Біз Нұрсұлтанұлы мен Ахметова туралы жаздық", Language::kKazakh,
       "PER[Нұрсұлтанұлы]=name:PER:nrsltnl PER[Ахметова]=name:PER:ahmtf"},
      {"delegation from Uzbekistan and NATO", Language::kEnglish,
       "GPE[Uzbekistan]=name:GPE:azbkstn ORG[NATO]=name:ORG:nt"},
  });
}

TEST_CASE("names in no list link across scripts by their keys") {
  const qalam::NameRecognizer recognizer(analyzer(), lexicon(), keyer(), {});
  // The same person written in Kazakh, Russian and English gets one id.
  const auto kk = recognizer.recognize("Президент Мирзиёевтің сапары", Language::kKazakh);
  const auto ru = recognizer.recognize("президент Мирзиёев заявил", Language::kRussian);
  const auto en = recognizer.recognize("President Mirziyoyev said", Language::kEnglish);
  REQUIRE(kk.size() == 1);
  REQUIRE(ru.size() == 1);
  REQUIRE(en.size() == 1);
  CHECK(kk[0].entityId == "name:PER:mrzf");
  CHECK(ru[0].entityId == kk[0].entityId);
  CHECK(en[0].entityId == kk[0].entityId);
  // A title-found name whose key is a listed alias's takes the listed id.
  check(recognizer, {{"Президенти Эмомалӣ Раҳмон гуфт", Language::kTajik, "PER[Эмомалӣ Раҳмон]=tj-rahmon"}});
  const qalam::NameRecognizer unlinked(analyzer(), lexicon(), keyer(), {false, true});
  check(unlinked, {{"Президенти Эмомалӣ Раҳмон гуфт", Language::kTajik, "PER[Эмомалӣ Раҳмон]=name:PER:aml_rhmn"}});
}

TEST_CASE("base forms drop case endings and Arabic clitics for ids") {
  struct BaseRow {
    const char* word;
    Language language;
    const char* base;
  };
  const BaseRow rows[] = {
      {"тоқаевтың", Language::kKazakh, "тоқаев"}, {"алматыда", Language::kKazakh, "алматы"},
      {"қазақстан", Language::kKazakh, "қазақстан"}, {"ресейден", Language::kKazakh, "ресей"},
      {"лавровым", Language::kRussian, "лавров"}, {"раҳмонро", Language::kTajik, "раҳмон"},
      {"والامم", Language::kArabic, "امم"}, {"للرييس", Language::kArabic, "رييس"}, {"لبنان", Language::kArabic, "لبنان"},
      {"وزاره", Language::kArabic, "وزاره"},
  };
  for (const BaseRow& row : rows) {
    INFO(row.word);
    CHECK(qalam::NameRecognizer::baseForm(row.word, row.language) == row.base);
  }
}

TEST_CASE("Persian place names that are everyday words are places only where they read as places") {
  qalam::EntityLexicon places(analyzer());
  places.add({"dushanbe", EntityType::kGeopolitical, "Dushanbe",
              {{"دوشنبه", Language::kPersian}, {"Dushanbe", Language::kEnglish}}, LexiconSource::kGazetteer});
  places.add({"astana", EntityType::kGeopolitical, "Astana", {{"آستانه", Language::kPersian}, {"Astana", Language::kEnglish}},
              LexiconSource::kGazetteer});
  const qalam::NameRecognizer recognizer(analyzer(), places, keyer(), {});
  check(recognizer, {
      // دوشنبه: Monday after "day", before a date or "last", the city elsewhere.
      {"وزیر روز دوشنبه به دوشنبه رفت", Language::kPersian, "GPE[دوشنبه]=dushanbe"},
      {"نشست دوشنبه ۲۶ مهر برگزار شد", Language::kPersian, ""},
      {"نشست دوشنبه، 26 مهر برگزار شد", Language::kPersian, ""},
      {"دوشنبه گذشته توافق شد", Language::kPersian, ""},
      {"سفر به دوشنبه، پایتخت تاجیکستان", Language::kPersian, "GPE[دوشنبه]=dushanbe"},
      // آستانه: "on the eve of" after در/بر, the city before what is said of a place.
      {"در آستانه سفر رئیس جمهور", Language::kPersian, ""},
      {"نشست در آستانه پایتخت قزاقستان", Language::kPersian, "GPE[آستانه]=astana"},
      {"نشست در آستانه برگزار شد", Language::kPersian, "GPE[آستانه]=astana"},
      {"گفتگوهای آستانه درباره سوریه", Language::kPersian, "GPE[آستانه]=astana"},
      {"The talks in Astana began on Monday in Dushanbe.", Language::kEnglish,
       "GPE[Astana]=astana GPE[Dushanbe]=dushanbe"},
  });
}
