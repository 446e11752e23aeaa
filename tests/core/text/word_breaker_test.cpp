// The word breaker's fast path must find exactly the words ICU's iterator
// finds: on hand-made cases at the edges of its classes, and on every text
// of the seeds, the labelled corpora and the sample corpus.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "../../../core/text/dictionary_scripts.hpp"
#include "../../../core/text/word_breaker.hpp"
#include "qalam/utf.hpp"
#include "test_support.hpp"

namespace {

using Ranges = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

// Words of the runs the analyzer gives the breaker (dictionary scripts apart).
Ranges wordsOf(qalam::text::WordBreaker& breaker, std::string_view text) {
  Ranges out;
  const std::vector<qalam::text::ScriptSpan> spans = qalam::text::dictionarySpans(text);
  if (spans.empty()) {
    breaker.words(text, 0, static_cast<std::uint32_t>(text.size()), out);
  } else {
    for (const qalam::text::ScriptSpan& span : spans) {
      if (span.cls == qalam::text::DictionaryClass::kNone) breaker.words(text, span.begin, span.end, out);
    }
  }
  return out;
}

std::string render(std::string_view text, const Ranges& ranges) {
  std::ostringstream out;
  for (const auto& [b, e] : ranges) out << '[' << text.substr(b, e - b) << ']';
  return out.str();
}

}  // namespace

TEST_CASE("the word breaker's fast path gives ICU's words at the edges of its classes") {
  struct Row {
    std::string text;
    std::string expected;
  };
  const std::vector<Row> rows = {
      {"Тоқаев Алматыда (Астана), «БҰҰ»!", "[Тоқаев][Алматыда][Астана][БҰҰ]"},
      {"zakon.kz 1,000 3.5 can't e.g. a_b _x x_", "[zakon.kz][1,000][3.5][can't][e.g][a_b][_x][x_]"},
      {"word. word, word: word; .word ,5 5,", "[word][word][word][word][word][5][5]"},
      {"می\u200Cخواهد مي\u200Cخواهد", "[می\u200Cخواهد][مي\u200Cخواهد]"},
      {"مُحَمَّد الأمم المتحدة، ١٢٣٤ ۲۰۲۰", "[مُحَمَّد][الأمم][المتحدة][١٢٣٤][۲۰۲۰]"},
      {"\u05E9\u05DC\u05D5\u05DD' \u05D0\"\u05D1", "[\u05E9\u05DC\u05D5\u05DD'][\u05D0\"\u05D1]"},
      {"abc \u0301def \u2003\u2003x\u2003 y", "[abc][def][x][y]"},
      {"kes\u200Btrel covid-19 20/09/2020", "[kes][trel][covid][19][20][09][2020]"},
      {"\xF0\x9F\x87\xB0\xF0\x9F\x87\xBF flag \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB ok", "[flag][ok]"},
      {"\uD55C\uAD6D\uC5B4 \u00A0x\u00A0 tab\there\r\nline", "[\uD55C\uAD6D\uC5B4][x][tab][here][line]"},
      {"bad \xFF\xFE bytes \xE2\x82 end", "[bad][bytes][end]"},
      {"2020г. 5-й №7 §3 100% $5", "[2020г][5][й][7][3][100][5]"},
  };
  qalam::text::WordBreaker fast(true);
  qalam::text::WordBreaker icu(false);
  for (const Row& row : rows) {
    INFO(row.text);
    const Ranges expected = wordsOf(icu, row.text);
    CHECK(render(row.text, expected) == row.expected);
    CHECK(wordsOf(fast, row.text) == expected);
  }
}

// Every character of the Basic Multilingual Plane (but the dictionary
// scripts, which the analyzer sets apart) alone and beside letters, digits
// and punctuation of the scripts the fast path reads.
TEST_CASE("the word breaker's fast path gives ICU's words for every character in many contexts") {
  const std::vector<std::string> contexts = {"%", "a%", "%a", "a%b", "1%", "%1", "1%2", "ж%ж", "ب%ب", "(%)",
                                             ".%.", "a.%", "%.a", "%%", "a%%b", "%,", "'%'", "\"%\""};
  qalam::text::WordBreaker fast(true);
  qalam::text::WordBreaker icu(false);
  std::size_t compared = 0;
  for (char32_t block = 0; block < 0x10000; block += 0x400) {
    std::string text;
    for (char32_t c = block; c < block + 0x400; ++c) {
      if (c >= 0xD800 && c <= 0xDFFF) continue;
      std::string ch;
      qalam::appendUtf8(ch, c);
      for (const std::string& context : contexts) {
        for (const char k : context) {
          if (k == '%') {
            text += ch;
          } else {
            text += k;
          }
        }
        text += ' ';
      }
    }
    const Ranges expected = wordsOf(icu, text);
    const Ranges found = wordsOf(fast, text);
    if (found != expected) {
      std::size_t k = 0;
      while (k < found.size() && k < expected.size() && found[k] == expected[k]) ++k;
      const std::uint32_t at = k < expected.size() ? expected[k].first : 0;
      INFO("block U+" << std::hex << static_cast<std::uint32_t>(block) << " near: " << text.substr(at > 20 ? at - 20 : 0, 60));
      CHECK(found == expected);
    }
    compared += expected.size();
  }
  CHECK(compared > 100000);
}

TEST_CASE("the word breaker's fast path gives ICU's words on every text of the corpora") {
  std::vector<std::string> files = {"corpora/ar/NewsFANE_Gold_2014_part1.txt", "corpora/kk/KazNERD_IOB2_valid.txt"};
  for (const char* seed : {"000_12f220d685d49f11", "001_e35de1aa424282bb", "002_785bb73532806551",
                           "003_3b11e20d9ccb6873", "004_1348a9f520142615"}) {
    files.push_back(std::string("seeds/") + seed + ".txt");
  }
  for (const auto& entry : std::filesystem::directory_iterator(qalam::test::sharedPath("corpora/ru/factRuEval-2016-devset"))) {
    if (entry.path().extension() == ".txt") files.push_back("corpora/ru/factRuEval-2016-devset/" + entry.path().filename().string());
  }
  std::vector<std::string> texts;
  for (const std::string& file : files) texts.push_back(qalam::test::readFile(qalam::test::sharedPath(file)));
  texts.push_back(qalam::test::readFile(qalam::test::sourcePath("data/sample/corpus.jsonl")));
  qalam::text::WordBreaker fast(true);
  qalam::text::WordBreaker icu(false);
  std::size_t words = 0;
  std::size_t differing = 0;
  for (const std::string& text : texts) {
    const Ranges expected = wordsOf(icu, text);
    const Ranges found = wordsOf(fast, text);
    words += expected.size();
    if (found != expected) {
      ++differing;
      // The first difference, for the report.
      std::size_t k = 0;
      while (k < found.size() && k < expected.size() && found[k] == expected[k]) ++k;
      const std::uint32_t at = k < expected.size() ? expected[k].first : static_cast<std::uint32_t>(text.size());
      INFO("near: " << text.substr(at > 40 ? at - 40 : 0, 120));
      CHECK(found == expected);
    }
  }
  CHECK(differing == 0);
  CHECK(words > 500000);
}
