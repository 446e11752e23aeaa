// Index builds take the analyzer's tokens as ids of the index's vocabulary
// (Analyzer::analyze with a TermInterner), and a cached word keeps its ids:
// the tokens must be the string analysis's, term for term, however often a
// word comes back and whichever index asked before.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "../../../core/index/byte_io.hpp"
#include "qalam/analyzer.hpp"
#include "qalam/index.hpp"
#include "test_support.hpp"

namespace {

using qalam::Language;

std::string renderStrings(const std::vector<qalam::Token>& tokens) {
  std::ostringstream out;
  for (const qalam::Token& t : tokens) {
    out << '[' << t.term << ' ' << t.position << ' ' << t.begin << '-' << t.end << ' '
        << static_cast<int>(qalam::termKind(t.term)) << ']';
  }
  return out.str();
}

std::string renderIds(const std::vector<qalam::TermToken>& tokens, const qalam::InvertedIndex& index) {
  std::ostringstream out;
  for (const qalam::TermToken& t : tokens) {
    out << '[' << index.term(t.term) << ' ' << t.position << ' ' << t.begin << '-' << t.end << ' '
        << static_cast<int>(t.kind) << ']';
  }
  return out.str();
}

struct Text {
  std::string text;
  qalam::AnalyzeOptions options;
};

std::vector<Text> texts() {
  std::vector<Text> out = {
      {"Алматыда Тоқаев covid-19 zakon.kz 20/09/2020 kes\u200Btrel Алматыда", {Language::kKazakh, true, true}},
      {"Президент Токаев в Алматы; президенты, Алматы", {Language::kRussian, true, true}},
      {"وزير الخارجية في ألماتي والأمم المتحدة، وزير", {Language::kArabic, true, true}},
      {"رئیس جمهور در آلماتی و سازمان ملل", {Language::kPersian, true, true}},
      {"Water ministers met ministers in Almaty", {Language::kEnglish, true, true}},
      {"Ministri italiani a Almaty", {Language::kOther, true, false}},
      {"Ministri italiani a Almaty", {Language::kOther, true, true}},
      {"東京で会議 ประชุม Almaty", {Language::kOther, true, true}},
      {"exact only: Алматыда zakon.kz covid-19", {Language::kOther, false, true}},
  };
  for (const char* seed : {"000_12f220d685d49f11", "001_e35de1aa424282bb", "002_785bb73532806551",
                           "003_3b11e20d9ccb6873", "004_1348a9f520142615"}) {
    out.push_back({qalam::test::readFile(qalam::test::sharedPath(std::string("seeds/") + seed + ".txt")), {}});
  }
  return out;
}

}  // namespace

TEST_CASE("tokens as ids are the string tokens, for cached words, another index and a replaced one") {
  const qalam::Analyzer analyzer;
  const std::vector<Text> rows = texts();
  qalam::InvertedIndex first;
  qalam::InvertedIndex second;
  for (int round = 0; round < 3; ++round) {
    if (round == 2) first = qalam::InvertedIndex{};  // ids the analyzer remembers for `first` mean nothing now
    for (std::size_t i = 0; i < rows.size(); ++i) {
      INFO("round " << round << ", text " << i);
      const std::string expected = renderStrings(analyzer.analyze(rows[i].text, rows[i].options));
      for (qalam::InvertedIndex* index : {&first, &second}) {
        std::vector<qalam::TermToken> ids;
        analyzer.analyze(rows[i].text, *index, ids, 0, rows[i].options);
        CHECK(renderIds(ids, *index) == expected);
      }
    }
  }
}

TEST_CASE("an index built from term ids saves the bytes of one built from strings") {
  const qalam::Analyzer analyzer;
  const std::vector<Text> rows = texts();
  qalam::InvertedIndex fromStrings;
  qalam::InvertedIndex fromIds;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::string title = "Title " + std::to_string(i) + " Алматы";
    fromStrings.addDocument(static_cast<qalam::DocId>(i), analyzer.analyze(title, rows[i].options),
                            analyzer.analyze(rows[i].text, rows[i].options));
    std::vector<qalam::TermToken> titleIds;
    std::vector<qalam::TermToken> textIds;
    analyzer.analyze(title, fromIds, titleIds, 0, rows[i].options);
    analyzer.analyze(rows[i].text, fromIds, textIds, 0, rows[i].options);
    fromIds.addDocument(static_cast<qalam::DocId>(i), titleIds, textIds);
  }
  // A term met by a document that never got in (its adding failed) is not saved.
  fromIds.intern("zzzorphan");
  qalam::index::ByteWriter a;
  qalam::index::ByteWriter b;
  fromStrings.write(a);
  fromIds.write(b);
  CHECK(fromIds.termCount() == fromStrings.termCount() + 1);
  CHECK(a.bytes() == b.bytes());
  CHECK(a.bytes().size() > 10000);
}
