// Measures the name recognizer on the labelled corpora and the project's own
// sets, prints the full table and fails when an F1 falls more than 0.01
// below tests/eval/baseline.json. QALAM_WRITE_BASELINE=1 rewrites the
// baseline from this run (for a deliberate improvement, reviewed in the diff).
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "ner_corpora.hpp"
#include "ner_scorer.hpp"
#include "qalam/gazetteer.hpp"
#include "qalam/name_recognizer.hpp"
#include "qalam/name_tagger.hpp"
#include "test_support.hpp"

namespace {

using qalam::Language;
using qalam::eval::LabelledSet;

// KazNERD and NewsFANE are subsampled (every Nth sentence, deterministic)
// to keep the run under a minute natively under ASan; see docs/EVALUATION.md.
constexpr std::size_t kKazNerdEvery = 1;
constexpr std::size_t kNewsFaneEvery = 1;
constexpr int kEpochs = 4;

std::vector<LabelledSet> loadSets() {
  using namespace qalam::eval;
  std::vector<LabelledSet> sets;
  sets.push_back(readIobFile(qalam::test::sharedPath("corpora/kk/KazNERD_IOB2_valid.txt"), "KazNERD (kk)",
                             Language::kKazakh, {"PER", "ORG", "GPE", "LOC", "FAC", "EVENT"}, kazNerdType, kKazNerdEvery));
  sets.push_back(readIobFile(qalam::test::sharedPath("corpora/ar/NewsFANE_Gold_2014_part1.txt"), "NewsFANE (ar)",
                             Language::kArabic, {"PER", "ORG", "GPE", "LOC", "FAC"}, newsFaneType, kNewsFaneEvery));
  sets.push_back(readFactRuEval(qalam::test::sharedPath("corpora/ru/factRuEval-2016-devset")));
  sets.push_back(readInlineSet(qalam::test::sourcePath("tests/eval/data/fa.tsv"), "Qalam fa", Language::kPersian));
  sets.push_back(readInlineSet(qalam::test::sourcePath("tests/eval/data/tg.tsv"), "Qalam tg", Language::kTajik));
  return sets;
}

// The last fifth of each corpus, in file order, is held out from the
// tagger's training: a block rather than every fifth sentence, so that the
// held-out sentences mostly come from articles the tagger never saw.
bool heldOut(std::size_t index, std::size_t size) { return index * 5 >= size * 4; }

template <typename Recognize>
qalam::eval::SetScore scoreSet(const LabelledSet& set, const std::string& name, bool onlyHeldOut, Recognize recognize) {
  qalam::eval::SetScore score{name, set.types, {}};
  for (std::size_t i = 0; i < set.texts.size(); ++i) {
    if (onlyHeldOut && !heldOut(i, set.texts.size())) continue;
    qalam::eval::scoreText(set, set.texts[i], recognize(set.texts[i].text, set.language), score);
  }
  return score;
}

// Rewrites (QALAM_WRITE_BASELINE=1) or checks the baseline entries of `scores`.
void checkBaseline(const std::vector<qalam::eval::SetScore>& scores) {
  const std::string baselinePath = qalam::test::sourcePath("tests/eval/baseline.json");
  nlohmann::ordered_json baseline = nlohmann::ordered_json::parse(qalam::test::readFile(baselinePath));
  if (const char* write = std::getenv("QALAM_WRITE_BASELINE"); write != nullptr && std::string(write) == "1") {
    for (const auto& s : scores) {
      baseline[s.set] = nlohmann::ordered_json::object();
      for (const std::string& type : s.types) baseline[s.set][type] = std::round(s.byType.at(type).f1() * 1000) / 1000;
      baseline[s.set]["all"] = std::round(qalam::eval::totalOf(s).f1() * 1000) / 1000;
    }
    std::ofstream(baselinePath) << baseline.dump(2) << "\n";
  }
  for (const auto& s : scores) {
    REQUIRE(baseline.contains(s.set));
    for (const auto& [type, expected] : baseline.at(s.set).items()) {
      const double measured = type == "all" ? qalam::eval::totalOf(s).f1() : s.byType.at(type).f1();
      INFO(s.set << " " << type << ": measured F1 " << measured << ", baseline " << expected.get<double>());
      CHECK(measured >= expected.get<double>() - 0.01);
    }
  }
}

qalam::EntityType typeOfCode(const std::string& code) {
  return code == "GPE/LOC" ? qalam::EntityType::kGeopolitical : *qalam::entityTypeFromCode(code);
}

}  // namespace

TEST_CASE("the inline set format reports bad lines by file and line") {
  const std::string path = "qalam_eval_bad_inline.tsv";
  {
    std::ofstream out(path);
    out << "# comment\n1\tA [[PER:name]] here\n2\tbroken [[PER name]]\n";
  }
  CHECK_THROWS_WITH(qalam::eval::readInlineSet(path, "bad", Language::kTajik), Catch::Contains(path + ":3"));
  std::remove(path.c_str());
}

TEST_CASE("name recognition meets its measured baselines on every labelled set") {
  const auto started = std::chrono::steady_clock::now();
  const qalam::Analyzer analyzer;
  const qalam::NameKeyer keyer;
  // Rules only: no list is loaded, so the figures measure the rules and
  // do not reward a lexicon built from the test data.
  const qalam::EntityLexicon lexicon(analyzer);
  const qalam::NameRecognizer recognizer(analyzer, lexicon, keyer);

  std::vector<qalam::eval::SetScore> scores;
  for (const LabelledSet& set : loadSets()) {
    scores.push_back(scoreSet(set, set.name, false, [&](std::string_view text, Language language) {
      return recognizer.recognize(text, language);
    }));
  }
  // The same with the generated gazetteer (places only, built from packaged
  // data, not from these corpora): what a user gets before any curated list.
  qalam::EntityLexicon places(analyzer);
  const qalam::GazetteerLoad gazetteer = qalam::readGazetteer(qalam::test::readFile(QALAM_TEST_GAZETTEER));
  INFO(gazetteer.error.message);
  REQUIRE_FALSE(gazetteer.error);
  for (const qalam::LexiconEntity& e : gazetteer.entities) places.add(e);
  const qalam::NameRecognizer withPlaces(analyzer, places, keyer);
  for (const LabelledSet& set : loadSets()) {
    scores.push_back(scoreSet(set, set.name + " + gazetteer", false, [&](std::string_view text, Language language) {
      return withPlaces.recognize(text, language);
    }));
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << qalam::eval::renderTable(scores) << "(" << seconds << " s)\n";
  checkBaseline(scores);
}

TEST_CASE("the perceptron tagger is measured against the rules on held-out texts") {
  const auto started = std::chrono::steady_clock::now();
  const qalam::Analyzer analyzer;
  const qalam::NameKeyer keyer;
  const qalam::EntityLexicon lexicon(analyzer);
  const qalam::NameRecognizer recognizer(analyzer, lexicon, keyer);
  std::vector<LabelledSet> sets = loadSets();
  sets.resize(3);  // the three external corpora; the project's sets are too small to split
  std::vector<qalam::TaggedText> training;
  for (const LabelledSet& set : sets) {
    for (std::size_t i = 0; i < set.texts.size(); ++i) {
      if (heldOut(i, set.texts.size())) continue;
      qalam::TaggedText t{set.texts[i].text, set.language, {}};
      for (const auto& g : set.texts[i].gold) t.gold.push_back({typeOfCode(g.type), g.begin, g.end, {}, {}, 1.0f});
      training.push_back(std::move(t));
    }
  }
  qalam::NameTagger tagger(lexicon, recognizer);
  tagger.train(training, kEpochs);
  std::vector<qalam::eval::SetScore> scores;
  for (const LabelledSet& set : sets) {
    scores.push_back(scoreSet(set, set.name + " held-out, rules", true, [&](std::string_view text, Language language) {
      return recognizer.recognize(text, language);
    }));
    scores.push_back(scoreSet(set, set.name + " held-out, tagger", true, [&](std::string_view text, Language language) {
      return tagger.tag(text, language);
    }));
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << qalam::eval::renderTable(scores) << "(" << training.size() << " training texts, " << tagger.featureCount()
            << " features, " << seconds << " s)\n";
  checkBaseline(scores);
}
