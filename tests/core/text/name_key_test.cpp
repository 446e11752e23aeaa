#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "qalam/analyzer.hpp"
#include "qalam/name_key.hpp"
#include "qalam/name_key_index.hpp"
#include "test_support.hpp"

TEST_CASE("spellings of one name share a cross-script key") {
  static const qalam::Analyzer analyzer;
  static const qalam::NameKeyer keyer;
  struct Row {
    const char* word;
    const char* latin;
    const char* key;
  };
  const std::vector<Row> rows = {
      {"Tokayev", "tokayev", "tkf"}, {"Tokaev", "tokaev", "tkf"},     {"Тоқаев", "toqaev", "tkf"},
      {"Токаев", "tokaev", "tkf"},   {"توکایف", "twkayf", "tkf"},     {"توكاييف", "twkayyf", "tkf"},
      {"Almaty", "almaty", "almt"},  {"Алматы", "almaty", "almt"},    {"آلماتی", "almaty", "almt"},
      {"ألماتي", "almaty", "almt"},  {"Rahmon", "rahmon", "rhmn"},    {"Раҳмон", "rahmon", "rhmn"},
      {"رحمان", "rhman", "rhmn"},    {"رحمن", "rhmn", "rhmn"},        {"Guterres", "guterres", "gtrs"},
      {"گوترش", "gwtrsh", "gtrs"},   {"غوتيريش", "ghwtyrysh", "gtrs"}, {"Emomali", "emomali", "aml"},
      {"امامعلی", "amamaly", "aml"},
  };
  for (const Row& row : rows) {
    INFO(row.word);
    const std::string latin = keyer.transliterate(analyzer.normalize(row.word));
    CHECK(latin == row.latin);
    CHECK(qalam::NameKeyer::skeleton(latin) == row.key);
  }
}

TEST_CASE("candidates sharing a key rank by the distance of their transliterations") {
  // Tokayev's spellings are near; a word that only shares the skeleton is far.
  CHECK(qalam::NameKeyer::distance("tokayev", "twkayyf") == Approx(0.0));
  CHECK(qalam::NameKeyer::distance("tokayev", "toqaev") == Approx(0.0));
  CHECK(qalam::NameKeyer::distance("rahmon", "rhman") < 0.34);
  CHECK(qalam::NameKeyer::distance("almaty", "alalamat") > 0.34);  // العلامات
  CHECK(qalam::NameKeyer::distance("tokayev", "takafi") > qalam::NameKeyer::distance("tokayev", "tokaev"));
}

TEST_CASE("spellings in one script are compared by their letters") {
  // Normalized forms: Persian and Arabic spellings of Tokayev and Rahmon are
  // near; the nations and the world are not, though their transliterations are.
  CHECK(qalam::NameKeyer::letterDistance("توكايف", "توكاييف") == Approx(1.0 / 7));
  CHECK(qalam::NameKeyer::letterDistance("رحمان", "رحمن") == Approx(0.2));
  CHECK(qalam::NameKeyer::letterDistance("الامم", "العالم") > 0.3);
  CHECK(qalam::NameKeyer::distance("alamm", "alaalm") < 0.34);
}

TEST_CASE("two-letter skeletons are not keys") {
  static const qalam::NameKeyer keyer;
  qalam::NameKeyIndex names;
  // The stems of الأمم (nations) and العامة (general) both reduce to "am".
  names.add(0, "\x01" "عام", "عام", false, keyer);
  names.add(1, "\x01" "امم", "امم", false, keyer);
  names.add(2, "توكايف", "توكايف", false, keyer);
  names.add(2, "توكايف", "توكايف", false, keyer);  // a term is keyed once
  CHECK(names.candidates("am") == nullptr);
  REQUIRE(names.candidates("tkf") != nullptr);
  CHECK(names.candidates("tkf")->size() == 1);
}

TEST_CASE("names are recognised by their capital") {
  CHECK(qalam::startsWithCapital("Тоқаев"));
  CHECK(qalam::startsWithCapital("Almaty"));
  CHECK_FALSE(qalam::startsWithCapital("су"));
  CHECK_FALSE(qalam::startsWithCapital("توکایف"));  // no case in Arabic script
  CHECK_FALSE(qalam::startsWithCapital(""));
}

namespace {

std::string lowerLetters(const std::string& s) {
  std::string out;
  for (const char c : s) {
    if (c >= 'a' && c <= 'z') out.push_back(c);
    else if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c - 'A' + 'a'));
  }
  return out;
}

}  // namespace

// NameKeyer renders Arabic-script and Cyrillic words letter by letter (each
// letter with its marks) from a memo of ICU's renderings: this holds only
// while ICU's rules for these scripts act letter by letter, so every such word
// of the seeds and labelled corpora is compared with ICU's whole-word result
// (as lower-case letters, which is what a key is made of).
TEST_CASE("letter-by-letter transliteration equals ICU's on every Arabic-script and Cyrillic word of the corpora") {
  const qalam::Analyzer analyzer;
  const qalam::NameKeyer keyer;
  std::vector<std::string> sources = {"corpora/ar/NewsFANE_Gold_2014_part1.txt", "corpora/kk/KazNERD_IOB2_valid.txt",
                                      "corpora/ru/factRuEval-2016-devset/book_58.txt"};
  for (const char* seed : {"000_12f220d685d49f11", "001_e35de1aa424282bb", "002_785bb73532806551",
                           "003_3b11e20d9ccb6873", "004_1348a9f520142615"}) {
    sources.push_back(std::string("seeds/") + seed + ".txt");
  }
  std::set<std::string> words;
  for (const std::string& source : sources) {
    // Surface words (marks such as harakat included) and their normalized forms.
    const std::string text = qalam::test::readFile(qalam::test::sharedPath(source));
    for (const qalam::Token& t : analyzer.analyze(text, {qalam::Language::kOther, false})) {
      words.insert(text.substr(t.begin, t.end - t.begin));
      words.insert(t.term);
    }
  }
  std::size_t compared = 0;
  for (const std::string& word : words) {
    std::string byLetters;
    if (!keyer.byLetters(word, byLetters)) continue;
    INFO(word);
    CHECK(lowerLetters(byLetters) == lowerLetters(keyer.byIcu(word)));
    ++compared;
  }
  CHECK(compared > 20000);
}
