#include <catch2/catch.hpp>

#include <algorithm>

#include "qalam/saved_index.hpp"
#include "test_support.hpp"

namespace {

// The sample corpus with the generated gazetteer and the curated list.
const qalam::Corpus& corpusWithEntities() {
  static const qalam::Corpus corpus = [] {
    qalam::Corpus c;
    REQUIRE_FALSE(c.loadGazetteer(qalam::test::readFile(QALAM_TEST_GAZETTEER)));
    const qalam::EntityListReport curated = c.addEntityList(
        "curated.json", qalam::test::readFile(qalam::test::sourcePath("data/entities/curated.json")),
        qalam::LexiconSource::kCurated);
    REQUIRE_FALSE(curated.error);
    c.addJsonLines("corpus.jsonl", qalam::test::readFile(qalam::test::sourcePath("data/sample/corpus.jsonl")));
    return c;
  }();
  return corpus;
}

std::vector<qalam::DocId> hits(const qalam::Corpus& corpus, std::string_view query) {
  qalam::SearchOptions options;
  options.limit = 1000;
  options.snippets = false;
  const qalam::SearchResults results = corpus.search(query, options);
  INFO(results.error.message);
  REQUIRE_FALSE(results.error);
  std::vector<qalam::DocId> docs = results.docs;
  std::sort(docs.begin(), docs.end());
  return docs;
}

}  // namespace

TEST_CASE("entity filters find the documents that mention an entity, however the name is written") {
  const qalam::Corpus& corpus = corpusWithEntities();
  const qalam::EntityTable& entities = corpus.entities();
  struct Row {
    const char* query;
    const char* entity;  // every document mentioning it, and no other
  };
  const Row rows[] = {
      {"person:Tokayev", "kz-tokayev"},
      {"person:\"Қасым-Жомарт Тоқаев\"", "kz-tokayev"},
      {"person:توکایف", "kz-tokayev"},
      {"person:kz-tokayev", "kz-tokayev"},
      {"place:Almaty", "geo-1526384"},
      {"place:آلماتی", "geo-1526384"},
      {"org:\"United Nations\"", "un"},
      {"org:ООН", "un"},
      {"org:\"سازمان ملل\"", "un"},
  };
  for (const Row& row : rows) {
    INFO(row.query);
    const auto e = entities.find(row.entity);
    REQUIRE(e);
    const std::vector<std::uint32_t>& expected = entities.documentsOf(*e);
    CHECK(expected.size() >= 3);
    CHECK(hits(corpus, row.query) == std::vector<qalam::DocId>(expected.begin(), expected.end()));
  }
  // A filter narrows a word query; a type that does not fit finds nothing.
  const std::vector<qalam::DocId> water = hits(corpus, "water");
  const std::vector<qalam::DocId> both = hits(corpus, "water person:Tokayev");
  CHECK(std::includes(water.begin(), water.end(), both.begin(), both.end()));
  CHECK(hits(corpus, "place:Tokayev").empty());
  CHECK(hits(corpus, "person:\"Nobody Atall\"").empty());
  CHECK(hits(corpus, "-person:Tokayev").size() == corpus.size() - hits(corpus, "person:Tokayev").size());
}

TEST_CASE("the entity list names listed entities by the list and counts their documents") {
  const qalam::EntityTable& entities = corpusWithEntities().entities();
  const auto tokayev = entities.find("kz-tokayev");
  REQUIRE(tokayev);
  CHECK(entities.record(*tokayev).name == "Kassym-Jomart Tokayev");
  CHECK(entities.record(*tokayev).type == qalam::EntityType::kPerson);
  CHECK(entities.record(*tokayev).surfaces.size() >= 3);  // Latin, Cyrillic and Arabic-script spellings
  const std::vector<qalam::EntityIndex> people = entities.list({qalam::EntityType::kPerson}, 5);
  REQUIRE_FALSE(people.empty());
  CHECK(entities.record(people[0]).id == "kz-tokayev");
  CHECK_FALSE(entities.timeline(*tokayev).empty());
  CHECK_FALSE(entities.cooccurrence(10).empty());
}

TEST_CASE("search facets include entities, and a saved index keeps them") {
  const qalam::Corpus& corpus = corpusWithEntities();
  qalam::SearchOptions options;
  options.facets = true;
  const qalam::SearchResults results = corpus.search("Tokayev", options);
  REQUIRE_FALSE(results.entityFacet.empty());
  CHECK(results.entityFacet[0].value == "kz-tokayev");

  const std::vector<std::uint8_t> saved = qalam::saveCorpus(corpus);
  qalam::LoadedCorpus loaded =
      qalam::loadCorpus(std::string_view(reinterpret_cast<const char*>(saved.data()), saved.size()));
  REQUIRE(loaded.corpus);
  qalam::Corpus& reloaded = *loaded.corpus;
  CHECK(reloaded.entities().size() == corpus.entities().size());
  CHECK(hits(reloaded, "person:kz-tokayev") == hits(corpus, "person:kz-tokayev"));
  // Aliases the documents never use need the lexicon back (without
  // extracting again: the saved entities stay).
  REQUIRE_FALSE(reloaded.loadGazetteer(qalam::test::readFile(QALAM_TEST_GAZETTEER), false));
  REQUIRE_FALSE(reloaded.addEntityList("curated.json",
                                       qalam::test::readFile(qalam::test::sourcePath("data/entities/curated.json")),
                                       qalam::LexiconSource::kCurated, false)
                    .error);
  CHECK(reloaded.entities().size() == corpus.entities().size());
  CHECK(hits(reloaded, "person:Tokayev") == hits(corpus, "person:Tokayev"));
}

TEST_CASE("an entity list added after the documents is applied to them") {
  qalam::Corpus corpus;
  corpus.addJsonLines("in.jsonl",
                      "{\"id\":\"1\",\"lang\":\"en\",\"text\":\"The Zarafshan Basin Council met in March 2024.\"}\n"
                      "{\"id\":\"2\",\"lang\":\"en\",\"text\":\"Nothing here.\"}\n");
  CHECK(hits(corpus, "org:zrb").empty());
  const qalam::EntityListReport report = corpus.addEntityList(
      "mine.csv", "id,type,name,lang,alias\nzrb,ORG,Zarafshan Basin Council,en,Zarafshan Basin Council\n",
      qalam::LexiconSource::kUser);
  REQUIRE_FALSE(report.error);
  CHECK(report.entities == 1);
  CHECK(hits(corpus, "org:zrb") == std::vector<qalam::DocId>{0});
  CHECK(hits(corpus, "org:\"Zarafshan Basin Council\"") == std::vector<qalam::DocId>{0});
  const qalam::Corpus::DocumentMentions mentions = corpus.documentMentions(0);
  const bool dated = std::any_of(mentions.text.begin(), mentions.text.end(),
                                 [](const qalam::Mention& m) { return m.entityId == "2024-03"; });
  CHECK(dated);
  const qalam::EntityListReport broken = corpus.addEntityList("bad.json", "{\"format\": ", qalam::LexiconSource::kUser);
  CHECK(broken.error);
  CHECK(hits(corpus, "org:zrb") == std::vector<qalam::DocId>{0});  // nothing lost
}
