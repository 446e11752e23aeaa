#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>

#include "qalam/date_recognizer.hpp"
#include "test_support.hpp"

namespace {

// "text"=value for each mention, in order; the text must be the input's
// bytes between the mention's offsets.
std::string render(std::string_view input, const std::vector<qalam::Mention>& mentions) {
  std::string out;
  for (const qalam::Mention& m : mentions) {
    REQUIRE(m.type == qalam::EntityType::kDate);
    REQUIRE(m.end <= input.size());
    REQUIRE(m.text == input.substr(m.begin, m.end - m.begin));
    REQUIRE(m.confidence > 0.0f);
    REQUIRE(m.confidence <= 1.0f);
    if (!out.empty()) out += ' ';
    out += '"' + m.text + "\"=" + m.entityId;
  }
  return out;
}

struct Row {
  const char* text;
  const char* anchor;
  const char* expected;
};

template <std::size_t N>
void check(const Row (&rows)[N]) {
  const qalam::DateRecognizer recognizer;
  for (const Row& row : rows) {
    INFO(row.text << " @" << row.anchor);
    CHECK(render(row.text, recognizer.find(row.text, row.anchor)) == row.expected);
  }
}

}  // namespace

TEST_CASE("numeric dates are read day first, with ISO and Solar Hijri years first") {
  const Row rows[] = {
      {"published 2025-11-14 at noon", "", "\"2025-11-14\"=2025-11-14"},
      {"Алматы, 05.12.2025", "", "\"05.12.2025\"=2025-12-05"},
      {"Avesta | 20/09/2020 | news", "", "\"20/09/2020\"=2020-09-20"},
      {"السبت 26/أغسطس/2023 - 05:05 م", "", "\"26/أغسطس/2023\"=2023-08-26"},
      {"بتاريخ 9/8/2024 وقع", "", "\"9/8/2024\"=2024-08-09"},
      {"on 12/25/2024 (US order)", "", "\"12/25/2024\"=2024-12-25"},
      {"تاریخ ۱۳۹۹/۰۶/۲۸ ثبت شد", "", "\"۱۳۹۹/۰۶/۲۸\"=2020-09-18"},
      {"в 20-09-2020 году", "", "\"20-09-2020\"=2020-09-20"},
      {"١٥/٣/١٤٤٥ هـ", "", "\"١٥/٣/١٤٤٥ هـ\"=2023-09-30"},
  };
  check(rows);
}

TEST_CASE("dates with month names in the six languages") {
  const Row rows[] = {
      // Arabic, with clitics before and letter variants in the names
      {"انعقد في 9 أغسطس 2024 بقيادة", "", "\"9 أغسطس 2024\"=2024-08-09"},
      {"٢٦ اغسطس ٢٠٢٣", "", "\"٢٦ اغسطس ٢٠٢٣\"=2023-08-26"},
      {"يوم 3 يونيه 2021 و1 ابريل 2022", "", "\"3 يونيه 2021\"=2021-06-03 \"1 ابريل 2022\"=2022-04-01"},
      {"في 10 تشرين الأول 2023", "", "\"10 تشرين الأول 2023\"=2023-10-10"},
      {"9 آب/أغسطس 2024", "", "\"9 آب/أغسطس 2024\"=2024-08-09"},
      {"وفي أغسطس 2024 عاد", "", "\"أغسطس 2024\"=2024-08"},
      {"15 رمضان 1445 هـ", "", "\"15 رمضان 1445 هـ\"=2024-03-25"},
      // Persian: Gregorian months (Iranian and Afghan names), Solar Hijri months
      {"در ۱۸ سپتامبر ۲۰۲۰ دیدار کرد", "", "\"۱۸ سپتامبر ۲۰۲۰\"=2020-09-18"},
      {"18 سپتامبر 2020 ، 08:55", "", "\"18 سپتامبر 2020\"=2020-09-18"},
      {"۵ جنوری ۲۰۲۱ و ۷ ژوئیه ۲۰۲۲", "", "\"۵ جنوری ۲۰۲۱\"=2021-01-05 \"۷ ژوئیه ۲۰۲۲\"=2022-07-07"},
      {"۲۸ شهریور ۱۳۹۹", "", "\"۲۸ شهریور ۱۳۹۹\"=2020-09-18"},
      {"۲۸ شهریور ماه ۱۳۹۹ هجری شمسی", "", "\"۲۸ شهریور ماه ۱۳۹۹ هجری شمسی\"=2020-09-18"},
      {"۲۸ سنبله ۱۳۹۹", "", "\"۲۸ سنبله ۱۳۹۹\"=2020-09-18"},
      {"۱ حمل ۱۴۰۳ ش", "", "\"۱ حمل ۱۴۰۳ ش\"=2024-03-20"},
      {"مهر ۱۴۰۲", "", "\"مهر ۱۴۰۲\"=2023-10"},
      {"۱۵ مهر", "2023-11-01", "\"۱۵ مهر\"=2023-10-07"},
      // Kazakh, inflected, and with numbers in words
      {"2023 жылғы 5 қазанда өтті", "", "\"2023 жылғы 5 қазанда\"=2023-10-05"},
      {"2023 жылдың 12 наурызы", "", "\"2023 жылдың 12 наурызы\"=2023-03-12"},
      {"2013-інші жылдың 29-ыншы қаңтарында", "", "\"2013-інші жылдың 29-ыншы қаңтарында\"=2013-01-29"},
      {"Екі мың он үшінші жылдың жиырма тоғызыншы қаңтарында", "",
       "\"Екі мың он үшінші жылдың жиырма тоғызыншы қаңтарында\"=2013-01-29"},
      {"наурыздың 25-і мен", "2024-01-10", "\"наурыздың 25-і\"=2024-03-25"},
      {"тамыздың он тоғызы", "", "\"тамыздың он тоғызы\"=--08-19"},
      {"жиырма төртінші қарашада", "", "\"жиырма төртінші қарашада\"=--11-24"},
      {"жұмыс қыркүйекте басталады", "", "\"қыркүйекте\"=--09"},
      {"Қаңтар айында ашылады", "2025-06-01", "\"Қаңтар\"=2025-01"},
      {"2023-інші жылға дейін", "", "\"2023-інші жылға дейін\"=2023"},
      {"осы жылдың қаңтарында", "2025-11-14", "\"осы жылдың қаңтарында\"=2025-01"},
      {"өткен жылдың 5 наурызында", "2025-11-14", "\"өткен жылдың 5 наурызында\"=2024-03-05"},
      // Russian and Tajik
      {"5 декабря 2025 года", "", "\"5 декабря 2025 года\"=2025-12-05"},
      {"в декабре 2025", "", "\"декабре 2025\"=2025-12"},
      {"с 1 мая 2024 г. и до", "", "\"1 мая 2024 г.\"=2024-05-01"},
      {"5 декабря прошлого года", "2025-03-01", "\"5 декабря прошлого года\"=2024-12-05"},
      {"5 декабри соли 2025", "", "\"5 декабри соли 2025\"=2025-12-05"},
      {"моҳи март", "", "\"март\"=--03"},
      // English
      {"On December 5, 2025 the", "", "\"December 5, 2025\"=2025-12-05"},
      {"5 December 2025", "", "\"5 December 2025\"=2025-12-05"},
      {"signed on Dec. 5 in", "2025-11-14", "\"Dec. 5\"=2025-12-05"},
      {"signed on Dec. 5 in", "", "\"Dec. 5\"=--12-05"},
      {"in March 2024, and in May 2023", "", "\"March 2024\"=2024-03 \"May 2023\"=2023-05"},
  };
  check(rows);
}

TEST_CASE("a bare year is a date only where its context makes it one") {
  const Row rows[] = {
      {"в 2024 году", "", "\"2024 году\"=2024"},
      {"2024 жылы", "", "\"2024 жылы\"=2024"},
      {"2020-сыншы жылы", "", "\"2020-сыншы жылы\"=2020"},
      {"екі мың жиырмасыншы жылы", "", "\"екі мың жиырмасыншы жылы\"=2020"},
      {"در سال ۲۰۲۴ میلادی", "", "\"سال ۲۰۲۴ میلادی\"=2024"},
      {"در سال ۱۴۰۰", "", "\"سال ۱۴۰۰\"=2021"},
      {"تم إنشاؤه في عام 2007", "", "\"عام 2007\"=2007"},
      {"соли 2025", "", "\"соли 2025\"=2025"},
      {"growth in 2024 was slow", "", "\"2024\"=2024"},
      {"since 2019, prices", "", "\"2019\"=2019"},
  };
  check(rows);
}

TEST_CASE("numbers that are not dates stay unread") {
  const Row rows[] = {
      {"31.02.2024", "", ""},
      {"13.13.2024", "", ""},
      {"31 февраля 2025", "", ""},
      {"version 1.2.3 and build 1.2.2024.5", "", ""},
      {"call 8-701-123-4567 or +7 727 2024", "", ""},
      {"in 2000 homes", "", ""},
      {"Біріккен Ұлттар Ұйымының құрылғанына 80 жыл толды", "", ""},
      {"2000 жыл бұрын", "", ""},
      {"آسيا الوسطى – 2040", "", ""},
      {"15 مليار دولار و 2024 دولار", "", ""},
      {"COVID-19 и Су-25", "", ""},
      {"May I ask, he may come", "", ""},
      {"به میزان ۲۰ درصد", "", ""},
      {"قاسم جومارت توکایف", "", ""},
      {"Қазанда өтті", "", ""},
      {"Екінші маусымындағы ойын", "", ""},
      {"12:30 и 5.5 млн", "", ""},
  };
  check(rows);
}

TEST_CASE("ranges of days and years read as ISO intervals") {
  const Row rows[] = {
      {"5–6 декабря 2025 года", "", "\"5–6 декабря 2025 года\"=2025-12-05/2025-12-06"},
      {"27 мая – 3 июня 2025", "", "\"27 мая – 3 июня 2025\"=2025-05-27/2025-06-03"},
      {"27-нші наурыз бен 4-інші сәуір аралығында", "2024-01-01",
       "\"27-нші наурыз бен 4-інші сәуір аралығында\"=2024-03-27/2024-04-04"},
      {"наурыздың 5-і мен 14-і аралығында", "", "\"наурыздың 5-і мен 14-і аралығында\"=--03-05/--03-14"},
      {"в 2019-2020 годах", "", "\"2019-2020 годах\"=2019/2020"},
      {"2005 – 2018 жылдар аралығында", "", "\"2005 – 2018 жылдар аралығында\"=2005/2018"},
      {"2024 – 2020 жылдары", "", "\"2020 жылдары\"=2020"},
      {"8-701-123 мая", "", ""},
  };
  check(rows);
}

TEST_CASE("a malformed anchor leaves dates without a year") {
  const Row rows[] = {
      {"5 декабря", "tomorrow", "\"5 декабря\"=--12-05"},
      {"5 декабря", "2025-02-30", "\"5 декабря\"=--12-05"},
      {"29 февраля", "2025-01-01", "\"29 февраля\"=--02-29"},
  };
  check(rows);
}

TEST_CASE("each seed's dateline is found and nothing else is read as a date") {
  // What reading the seed files shows: their datelines and their years
  // written with "عام"; "80 жыл", "2040" and "COVID-19" are not dates.
  const std::map<std::string, std::string> expected = {
      {"000_12f220d685d49f11.txt", "2025-11-14"},
      {"001_e35de1aa424282bb.txt", "2023-08-26 2007"},
      {"002_785bb73532806551.txt", "2024-08-09 2027 --11"},
      {"003_3b11e20d9ccb6873.txt", "2025-12-05"},
      {"004_1348a9f520142615.txt", "2020-09-18 2020-09-20"},
  };
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(qalam::test::sharedPath("seeds"))) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() == expected.size());
  const qalam::DateRecognizer recognizer;
  for (const std::filesystem::path& file : files) {
    INFO(file.string());
    const auto want = expected.find(file.filename().string());
    REQUIRE(want != expected.end());  // a new seed: read it and add its dates here
    const std::string text = qalam::test::readFile(file.string());
    std::string values;
    for (const qalam::Mention& m : recognizer.find(text)) {
      CHECK(m.text == text.substr(m.begin, m.end - m.begin));
      values += (values.empty() ? "" : " ") + m.entityId;
    }
    CHECK(values == want->second);
  }
}
