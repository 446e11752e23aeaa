#include <catch2/catch.hpp>

#include "qalam/entity_extractor.hpp"
#include "qalam/name_tagger.hpp"
#include "qalam/name_tagger_trainer.hpp"

namespace {

using qalam::EntityType;
using qalam::Language;

struct Fixture {
  qalam::Analyzer analyzer;
  qalam::NameKeyer keyer;
  qalam::EntityLexicon lexicon{analyzer};
  qalam::NameRecognizer recognizer{analyzer, lexicon, keyer};
};

// Sentences written for this test; the gold spans are found by their text.
qalam::TaggedText example(std::string text, Language language,
                          std::vector<std::pair<std::string, EntityType>> names) {
  qalam::TaggedText t{std::move(text), language, {}};
  for (const auto& [name, type] : names) {
    const auto at = static_cast<std::uint32_t>(t.text.find(name));
    REQUIRE(at != std::string::npos);
    t.gold.push_back({type, at, at + static_cast<std::uint32_t>(name.size()), name, {}, 1.0f});
  }
  return t;
}

std::string render(const std::vector<qalam::Mention>& mentions) {
  std::string out;
  for (const qalam::Mention& m : mentions) {
    if (m.type == EntityType::kDate || m.type == EntityType::kMoney || m.type == EntityType::kPercent) continue;
    out += (out.empty() ? "" : " ") + std::string(qalam::entityTypeCode(m.type)) + "[" + m.text + "]";
  }
  return out;
}

// Arabic has no capitals: a country name is only known from training.
std::shared_ptr<const qalam::NameTaggerModel> trainedModel(const Fixture& f, std::vector<Language> languages) {
  const std::vector<qalam::TaggedText> training = {
      example("سافر الوفد الى فرنسا امس", Language::kArabic, {{"فرنسا", EntityType::kGeopolitical}}),
      example("وصلت البعثة الى فرنسا صباحا", Language::kArabic, {{"فرنسا", EntityType::kGeopolitical}}),
      example("عاد الوزير من اليابان امس", Language::kArabic, {{"اليابان", EntityType::kGeopolitical}}),
      example("وصل السفير الى اليابان", Language::kArabic, {{"اليابان", EntityType::kGeopolitical}}),
      example("ذهب الوفد الى المدينة امس", Language::kArabic, {}),
      example("توجه الوزير الى المدينة", Language::kArabic, {}),
      example("Бүгін Маратов келді", Language::kKazakh, {{"Маратов", EntityType::kPerson}}),
  };
  qalam::NameTaggerTrainer trainer(f.lexicon, f.recognizer);
  for (const qalam::TaggedText& t : training) trainer.add(t);
  CHECK(trainer.size() == training.size());
  qalam::NameTaggerTrainingOptions options;
  options.epochs = 5;
  options.minimumWeight = 1;
  options.languages = std::move(languages);
  return std::make_shared<const qalam::NameTaggerModel>(trainer.train(options));
}

// Restores the weights installed before, whatever the test does.
struct InstalledModel {
  explicit InstalledModel(std::shared_ptr<const qalam::NameTaggerModel> model)
      : previous(qalam::installNameTaggerModel(std::move(model))) {}
  ~InstalledModel() { qalam::installNameTaggerModel(previous); }
  std::shared_ptr<const qalam::NameTaggerModel> previous;
};

}  // namespace

TEST_CASE("the tagger learns names the rules miss and keeps them through the weights file") {
  Fixture f;
  const auto model = trainedModel(f, {Language::kArabic});
  CHECK(model->keys().size() > 0);
  const qalam::NameTaggerModelLoad load = qalam::readNameTaggerModel(qalam::writeNameTaggerModel(*model));
  REQUIRE_FALSE(load.error);
  CHECK(f.recognizer.recognize("توجه الرئيس الى فرنسا", Language::kArabic).empty());
  struct Row {
    const char* text;
    Language language;
    const char* expected;
  };
  const Row rows[] = {
      {"توجه الوفد الى فرنسا", Language::kArabic, "GPE[فرنسا]"},
      {"عاد الوزير من اليابان", Language::kArabic, "GPE[اليابان]"},
      {"سافر الوفد امس", Language::kArabic, ""},
  };
  const qalam::NameTagger tagger(f.lexicon, f.recognizer, model);
  const qalam::NameTagger loaded(f.lexicon, f.recognizer, load.model);
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(render(tagger.tag(row.text, row.language)) == row.expected);
    CHECK(render(loaded.tag(row.text, row.language)) == row.expected);
  }
  const auto ids = tagger.tag("توجه الوفد الى فرنسا", Language::kArabic);
  REQUIRE(ids.size() == 1);
  CHECK(ids[0].entityId.rfind("name:GPE:", 0) == 0);
}

TEST_CASE("training on the same texts gives the same weights") {
  Fixture f;
  CHECK(qalam::writeNameTaggerModel(*trainedModel(f, {Language::kArabic})) ==
        qalam::writeNameTaggerModel(*trainedModel(f, {Language::kArabic})));
}

TEST_CASE("curated and user list names keep their span and id under the tagger, gazetteer places do not") {
  Fixture f;
  const auto model = trainedModel(f, {Language::kArabic});
  qalam::EntityLexicon lists(f.analyzer);
  lists.add({"o-france-today", EntityType::kOrganization, "France Today", {{"فرنسا اليوم", Language::kArabic}},
             qalam::LexiconSource::kUser});
  lists.add({"geo-wafd", EntityType::kGeopolitical, "Wafd", {{"الوفد", Language::kArabic}},
             qalam::LexiconSource::kGazetteer});
  lists.add({"geo-japan", EntityType::kGeopolitical, "Japan", {{"اليابان", Language::kArabic}},
             qalam::LexiconSource::kGazetteer});
  const qalam::NameRecognizer recognizer(f.analyzer, lists, f.keyer);
  const qalam::NameTagger tagger(lists, recognizer, model);
  // The rules alone take every list match.
  CHECK(render(recognizer.recognize("توجه الوفد الى فرنسا اليوم", Language::kArabic)) ==
        "GPE[الوفد] ORG[فرنسا اليوم]");
  // The tagger says الوفد is no name; the user's list name stays whole,
  // though the tagger alone would take فرنسا from it.
  CHECK(render(qalam::NameTagger(f.lexicon, f.recognizer, model).tag("توجه الوفد الى فرنسا اليوم", Language::kArabic)) ==
        "GPE[فرنسا]");
  const auto mentions = tagger.tag("توجه الوفد الى فرنسا اليوم", Language::kArabic);
  CHECK(render(mentions) == "ORG[فرنسا اليوم]");
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].entityId == "o-france-today");
  // A tagged place takes the gazetteer's id for the same words.
  const auto japan = tagger.tag("عاد الوزير من اليابان", Language::kArabic);
  REQUIRE(japan.size() == 1);
  CHECK(japan[0].entityId == "geo-japan");
}

TEST_CASE("a gazetteer country stays where the tagger finds no name over it, a gazetteer city does not") {
  Fixture f;
  const auto model = trainedModel(f, {Language::kArabic});
  CHECK(render(qalam::NameTagger(f.lexicon, f.recognizer, model).tag("سافر الوفد امس", Language::kArabic)) == "");
  struct Row {
    const char* id;
    const char* expected;
  };
  const Row rows[] = {{"iso-WF", "GPE[الوفد]"}, {"iso2-WF-AA", ""}, {"geo-1234", ""}, {"cldr-WF", ""}};
  for (const Row& row : rows) {
    INFO(row.id);
    qalam::EntityLexicon lists(f.analyzer);
    lists.add({row.id, EntityType::kGeopolitical, "Wafd", {{"الوفد", Language::kArabic}}, qalam::LexiconSource::kGazetteer});
    const qalam::NameRecognizer recognizer(f.analyzer, lists, f.keyer);
    CHECK(render(recognizer.recognize("سافر الوفد امس", Language::kArabic)) == "GPE[الوفد]");
    const auto mentions = qalam::NameTagger(lists, recognizer, model).tag("سافر الوفد امس", Language::kArabic);
    CHECK(render(mentions) == row.expected);
    if (!mentions.empty()) CHECK(mentions[0].entityId == row.id);
  }
}

TEST_CASE("the extractor uses installed tagger weights for the languages they cover") {
  Fixture f;
  const std::string text = "توجه الوفد الى فرنسا";
  {
    const qalam::EntityExtractor rulesOnly(f.analyzer, f.lexicon, f.keyer);
    CHECK(render(rulesOnly.extract(text, Language::kArabic, "")) == "");
  }
  {
    const InstalledModel installed(trainedModel(f, {Language::kArabic}));
    const qalam::EntityExtractor extractor(f.analyzer, f.lexicon, f.keyer);
    CHECK(render(extractor.extract(text, Language::kArabic, "")) == "GPE[فرنسا]");
  }
  {
    const InstalledModel installed(trainedModel(f, {Language::kKazakh}));
    const qalam::EntityExtractor extractor(f.analyzer, f.lexicon, f.keyer);
    CHECK(render(extractor.extract(text, Language::kArabic, "")) == "");
  }
  CHECK(qalam::installedNameTaggerModel() == nullptr);
}
