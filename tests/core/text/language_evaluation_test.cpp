// Language identification measured on real text: the seeds, the three
// labelled corpora in ../shared/corpora and the sample corpus.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <sstream>

#include "qalam/jsonl_importer.hpp"
#include "qalam/language.hpp"
#include "test_support.hpp"

namespace {

struct Sample {
  std::string text;
  qalam::Language expected;
};

// Sentences of a one-token-per-line IOB file (token, separator, tag).
std::vector<std::string> iobSentences(const std::string& path) {
  std::vector<std::string> sentences;
  std::istringstream in(qalam::test::readFile(path));
  std::string line;
  std::string sentence;
  while (std::getline(in, line)) {
    if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (line.find_first_not_of(" \t\r") == std::string::npos) {  // separators may hold a tab
      if (!sentence.empty()) sentences.push_back(sentence);
      sentence.clear();
      continue;
    }
    std::string token = line.substr(0, line.find_first_of(" \t"));
    for (std::size_t p; (p = token.find("\u200E")) != std::string::npos;) token.erase(p, 3);
    sentence += (sentence.empty() ? "" : " ") + token;
  }
  if (!sentence.empty()) sentences.push_back(sentence);
  return sentences;
}

struct Score {
  std::size_t right = 0;
  std::size_t total = 0;
  std::map<std::string, std::size_t> predicted;  // confusion row
};

// Whether the text has a letter of the scripts identified (a sentence of
// only digits and punctuation has no language to find).
bool hasLetter(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')) return true;
    if (b >= 0xD0 && b <= 0xDB && i + 1 < text.size()) return true;  // U+0400–U+06FF lead bytes
  }
  return false;
}

Score evaluate(const std::vector<Sample>& samples) {
  static const qalam::LanguageIdentifier identifier;
  Score score;
  for (const Sample& s : samples) {
    if (!hasLetter(s.text)) {
      ++score.predicted["(no letters, skipped)"];
      continue;
    }
    const qalam::Language got = identifier.identify(s.text);
    score.right += got == s.expected;
    ++score.total;
    ++score.predicted[qalam::languageCode(got)];
  }
  return score;
}

std::string row(const std::string& name, const Score& s) {
  std::ostringstream out;
  out << name << ": " << s.right << "/" << s.total << " (";
  for (const auto& [lang, n] : s.predicted) out << lang << " " << n << ", ";
  out << ")";
  return out.str();
}

}  // namespace

TEST_CASE("language identification is at least 98% accurate on real text") {
  using qalam::Language;
  std::map<std::string, std::vector<Sample>> sets;

  const std::pair<const char*, Language> seeds[] = {{"000_12f220d685d49f11", Language::kPersian},
                                                    {"001_e35de1aa424282bb", Language::kArabic},
                                                    {"002_785bb73532806551", Language::kArabic},
                                                    {"003_3b11e20d9ccb6873", Language::kKazakh},
                                                    {"004_1348a9f520142615", Language::kPersian}};
  for (const auto& [name, lang] : seeds) {
    sets["seeds (documents)"].push_back({qalam::test::readFile(qalam::test::sharedPath("seeds/") + name + ".txt"), lang});
  }
  for (std::string& s : iobSentences(qalam::test::sharedPath("corpora/kk/KazNERD_IOB2_valid.txt"))) {
    sets["KazNERD valid (sentences)"].push_back({std::move(s), Language::kKazakh});
  }
  for (std::string& s : iobSentences(qalam::test::sharedPath("corpora/ar/NewsFANE_Gold_2014_part1.txt"))) {
    sets["NewsFANE part 1 (sentences)"].push_back({std::move(s), Language::kArabic});
  }
  const std::string factRu = qalam::test::sharedPath("corpora/ru/factRuEval-2016-devset/");
  for (int book = 0; book < 6000; ++book) {
    std::ifstream probe(factRu + "book_" + std::to_string(book) + ".txt");
    if (probe) sets["factRuEval devset (documents)"].push_back({qalam::test::readFile(factRu + "book_" + std::to_string(book) + ".txt"), Language::kRussian});
  }
  qalam::readJsonLines("corpus.jsonl", qalam::test::readFile(qalam::test::sourcePath("data/sample/corpus.jsonl")),
                       [&](qalam::Document&& doc, std::uint32_t) {
                         sets["sample corpus (documents)"].push_back({doc.title + "\n" + doc.text, qalam::languageFromCode(doc.lang)});
                       });

  REQUIRE(sets["seeds (documents)"].size() == 5);
  REQUIRE(sets["KazNERD valid (sentences)"].size() > 10000);
  REQUIRE(sets["NewsFANE part 1 (sentences)"].size() > 2000);
  REQUIRE(sets["factRuEval devset (documents)"].size() > 100);
  REQUIRE(sets["sample corpus (documents)"].size() >= 30);

  std::size_t right = 0;
  std::size_t total = 0;
  for (const auto& [name, samples] : sets) {
    const Score s = evaluate(samples);
    right += s.right;
    total += s.total;
    WARN(row(name, s));
    CHECK(static_cast<double>(s.right) >= 0.98 * static_cast<double>(s.total));
  }
  CHECK(static_cast<double>(right) >= 0.98 * static_cast<double>(total));
}
