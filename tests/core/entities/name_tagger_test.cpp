#include <catch2/catch.hpp>

#include "qalam/name_tagger.hpp"

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
    out += (out.empty() ? "" : " ") + std::string(qalam::entityTypeCode(m.type)) + "[" + m.text + "]";
  }
  return out;
}

}  // namespace

TEST_CASE("the tagger learns names the rules miss and keeps its weights through save and load") {
  Fixture f;
  // Arabic has no capitals: a country name is only known from training.
  const std::vector<qalam::TaggedText> training = {
      example("سافر الوفد الى فرنسا امس", Language::kArabic, {{"فرنسا", EntityType::kGeopolitical}}),
      example("وصلت البعثة الى فرنسا صباحا", Language::kArabic, {{"فرنسا", EntityType::kGeopolitical}}),
      example("عاد الوزير من اليابان امس", Language::kArabic, {{"اليابان", EntityType::kGeopolitical}}),
      example("ذهب الوفد الى المدينة امس", Language::kArabic, {}),
      example("توجه الوزير الى المدينة", Language::kArabic, {}),
      example("Бүгін Маратов келді", Language::kKazakh, {{"Маратов", EntityType::kPerson}}),
  };
  qalam::NameTagger tagger(f.lexicon, f.recognizer);
  tagger.train(training, 5);
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
  qalam::NameTagger loaded(f.lexicon, f.recognizer);
  loaded.load(tagger.save());
  CHECK(loaded.featureCount() == tagger.featureCount());
  CHECK(tagger.featureCount() > 0);
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(render(tagger.tag(row.text, row.language)) == row.expected);
    CHECK(render(loaded.tag(row.text, row.language)) == row.expected);
  }
  const auto ids = tagger.tag("توجه الوفد الى فرنسا", Language::kArabic);
  REQUIRE(ids.size() == 1);
  CHECK(ids[0].entityId.rfind("name:GPE:", 0) == 0);
}

TEST_CASE("tagger weights that are not the saved format are an error naming the line") {
  Fixture f;
  qalam::NameTagger tagger(f.lexicon, f.recognizer);
  CHECK_THROWS_WITH(tagger.load("12 3 500\n12 99 1\n"), Catch::Contains("line 2"));
  CHECK_THROWS_WITH(tagger.load("not a weight\n"), Catch::Contains("line 1"));
}
