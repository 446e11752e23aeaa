// Measures the name recognizer on the labelled corpora and the project's own
// sets, and the name tagger by cross-validation; prints the full table and fails when an F1 falls more than 0.01
// below tests/eval/baseline.json. QALAM_WRITE_BASELINE=1 rewrites the
// baseline from this run (for a deliberate improvement, reviewed in the diff).
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "ner_scorer.hpp"
#include "qalam/gazetteer.hpp"
#include "qalam/name_recognizer.hpp"
#include "qalam/name_tagger.hpp"
#include "qalam/name_tagger_model.hpp"
#include "qalam/name_tagger_trainer.hpp"
#include "tagger_training_sets.hpp"
#include "test_support.hpp"

namespace {

using qalam::Language;
using qalam::eval::LabelledSet;

constexpr std::size_t kFolds = 5;

// The three labelled corpora (as the tagger's trainer reads them) and the
// project's own Persian and Tajik sets.
std::vector<LabelledSet> loadSets() {
  using namespace qalam::eval;
  std::vector<LabelledSet> sets = readTrainingSets(QALAM_SHARED_DIR);
  sets.push_back(readInlineSet(qalam::test::sourcePath("tests/eval/data/fa.tsv"), "Qalam fa", Language::kPersian));
  sets.push_back(readInlineSet(qalam::test::sourcePath("tests/eval/data/tg.tsv"), "Qalam tg", Language::kTajik));
  return sets;
}

template <typename Recognize>
qalam::eval::SetScore scoreSet(const LabelledSet& set, const std::string& name, Recognize recognize) {
  qalam::eval::SetScore score{name, set.types, {}};
  for (const qalam::eval::LabelledText& text : set.texts) {
    qalam::eval::scoreText(set, text, recognize(text.text, set.language), score);
  }
  return score;
}

// The generated gazetteer's places (built from packaged data, not from
// these corpora): what a user has before any curated list.
qalam::EntityLexicon gazetteerLexicon(const qalam::Analyzer& analyzer) {
  qalam::EntityLexicon places(analyzer);
  const qalam::GazetteerLoad gazetteer = qalam::readGazetteer(qalam::test::readFile(QALAM_TEST_GAZETTEER));
  INFO(gazetteer.error.message);
  REQUIRE_FALSE(gazetteer.error);
  for (const qalam::LexiconEntity& e : gazetteer.entities) places.add(e);
  return places;
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
    scores.push_back(scoreSet(set, set.name, [&](std::string_view text, Language language) {
      return recognizer.recognize(text, language);
    }));
  }
  // The same with the generated gazetteer.
  const qalam::EntityLexicon places = gazetteerLexicon(analyzer);
  const qalam::NameRecognizer withPlaces(analyzer, places, keyer);
  for (const LabelledSet& set : loadSets()) {
    scores.push_back(scoreSet(set, set.name + " + gazetteer", [&](std::string_view text, Language language) {
      return withPlaces.recognize(text, language);
    }));
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << qalam::eval::renderTable(scores) << "(" << seconds << " s)\n";
  checkBaseline(scores);
}

TEST_CASE("rules, gazetteer and tagger are measured by five-fold cross-validation, and the built weights are the model of all folds") {
  const auto started = std::chrono::steady_clock::now();
  const qalam::Analyzer analyzer;
  const qalam::NameKeyer keyer;
  const qalam::EntityLexicon places = gazetteerLexicon(analyzer);
  const qalam::NameRecognizer recognizer(analyzer, places, keyer);
  const std::vector<LabelledSet> sets = qalam::eval::readTrainingSets(QALAM_SHARED_DIR);
  // Every text is read once; fold k of a set is its k-th block of texts in
  // file order (so a held-out block mostly holds articles never trained on),
  // scored by weights trained on the other four blocks of all three sets.
  qalam::NameTaggerTrainer trainer(places, recognizer);
  std::vector<std::size_t> foldOf;
  for (const LabelledSet& set : sets) {
    const std::vector<qalam::TaggedText> texts = qalam::eval::taggedTexts(set);
    for (std::size_t i = 0; i < texts.size(); ++i) {
      trainer.add(texts[i]);
      foldOf.push_back(i * kFolds / texts.size());
    }
  }
  std::vector<qalam::eval::SetScore> scores;
  for (const LabelledSet& set : sets) scores.push_back({set.name + " + gazetteer + tagger", set.types, {}});
  std::size_t features = 0;
  for (std::size_t fold = 0; fold < kFolds; ++fold) {
    auto model = std::make_shared<const qalam::NameTaggerModel>(
        trainer.train(qalam::NameTaggerTrainingOptions{}, [&](std::size_t i) { return foldOf[i] != fold; }));
    features += model->keys().size();
    const qalam::NameTagger tagger(places, recognizer, model);
    std::size_t at = 0;
    for (std::size_t s = 0; s < sets.size(); ++s) {
      for (const qalam::eval::LabelledText& text : sets[s].texts) {
        if (foldOf[at++] != fold) continue;
        qalam::eval::scoreText(sets[s], text, tagger.tag(text.text, sets[s].language), scores[s]);
      }
    }
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << qalam::eval::renderTable(scores) << "(" << trainer.size() << " texts, " << kFolds << " folds, "
            << features / kFolds << " features per fold, " << seconds << " s)\n";
  checkBaseline(scores);

  // The shipped weights: the same texts and options give the same bytes, so
  // the figures above measure how name-tagger.bin was made.
  const std::string bytes = qalam::test::readFile(QALAM_TEST_NAME_TAGGER);
  const qalam::NameTaggerModelLoad built = qalam::readNameTaggerModel(bytes);
  INFO(built.error.message);
  REQUIRE_FALSE(built.error);
  for (const Language language : {Language::kKazakh, Language::kArabic, Language::kRussian}) {
    CHECK(built.model->covers(language));
  }
  for (const Language language : {Language::kPersian, Language::kTajik, Language::kEnglish}) {
    CHECK_FALSE(built.model->covers(language));
  }
  CHECK(qalam::writeNameTaggerModel(trainer.train(qalam::NameTaggerTrainingOptions{})) == bytes);
}
