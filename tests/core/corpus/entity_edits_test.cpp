#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "qalam/saved_index.hpp"
#include "test_support.hpp"

namespace {

// Two ids for one man, an organisation written two ways that are two bodies.
constexpr const char* kList = R"({"format": "qalam-entities", "version": 1, "entities": [
  {"id": "p-nazarbayev", "type": "PER", "name": "Nursultan Nazarbayev", "aliases": {"en": ["Nursultan Nazarbayev"], "ru": ["Нурсултан Назарбаев"]}},
  {"id": "p-elbasy", "type": "PER", "name": "Elbasy", "aliases": {"en": ["Elbasy"]}},
  {"id": "o-astana", "type": "ORG", "name": "Astana Club", "aliases": {"en": ["Astana Club", "Astana International Forum"]}}
]})";

constexpr const char* kDocs =
    R"({"id": "1", "lang": "en", "date": "2024-01-10", "title": "Forum", "text": "Nursultan Nazarbayev spoke at the Astana Club on water."})"
    "\n"
    R"({"id": "2", "lang": "en", "date": "2024-02-11", "title": "Visit", "text": "Elbasy met delegates of the Astana International Forum."})"
    "\n"
    R"({"id": "3", "lang": "ru", "date": "2024-02-12", "title": "Визит", "text": "Нурсултан Назарбаев посетил Алматы."})"
    "\n"
    R"({"id": "4", "lang": "en", "date": "2024-03-01", "title": "Club", "text": "The Astana Club met again without Elbasy."})"
    "\n";

qalam::Corpus makeCorpus() {
  qalam::Corpus c;
  const qalam::EntityListReport list = c.addEntityList("people.json", kList, qalam::LexiconSource::kUser);
  REQUIRE_FALSE(list.error);
  REQUIRE(c.addJsonLines("docs.jsonl", kDocs).added == 4);
  return c;
}

// "id name (documents: d1 d2) [surfaces]" for the entities above, by id.
std::string summary(const qalam::Corpus& corpus) {
  const qalam::EntityTable& table = corpus.entities();
  std::vector<std::string> lines;
  for (qalam::EntityIndex e = 0; e < table.size(); ++e) {
    const qalam::EntityRecord& r = table.record(e);
    if (r.id.rfind("p-", 0) != 0 && r.id.rfind("o-", 0) != 0) continue;
    std::ostringstream line;
    line << r.id << " " << qalam::entityTypeCode(r.type) << " \"" << r.name << "\" m" << r.mentions << " d";
    for (const std::uint32_t d : table.documentsOf(e)) line << corpus.document(d).id;
    CHECK(r.documents == table.documentsOf(e).size());
    lines.push_back(line.str());
  }
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

std::vector<std::string> hitIds(const qalam::Corpus& corpus, std::string_view query) {
  qalam::SearchOptions options;
  options.limit = 100;
  options.snippets = false;
  const qalam::SearchResults results = corpus.search(query, options);
  REQUIRE_FALSE(results.error);
  std::vector<std::string> ids;
  for (const qalam::DocId d : results.docs) ids.push_back(corpus.document(d).id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

constexpr const char* kBefore =
    "o-astana ORG \"Astana Club\" m3 d124\n"
    "p-elbasy PER \"Elbasy\" m2 d24\n"
    "p-nazarbayev PER \"Nursultan Nazarbayev\" m2 d13\n";

}  // namespace

TEST_CASE("entity edits: merge, rename and split change the table, bad edits change nothing") {
  REQUIRE(summary(makeCorpus()) == kBefore);
  struct Row {
    const char* name;
    const char* edits;
    std::uint32_t applied;
    const char* ids;  // the entity each applied edit left, space-separated
    const char* error;
    const char* after;
  };
  const Row rows[] = {
      {"a merge adds mentions, documents and spellings", R"([{"op": "merge", "ids": ["p-elbasy"], "into": "p-nazarbayev"}])",
       1, "p-nazarbayev", "",
       "o-astana ORG \"Astana Club\" m3 d124\n"
       "p-nazarbayev PER \"Nursultan Nazarbayev\" m4 d1234\n"},
      {"a rename wins over the list's name", R"x([{"op": "rename", "id": "p-elbasy", "name": "Nazarbayev (as Elbasy)"}])x", 1,
       "p-elbasy", "",
       "o-astana ORG \"Astana Club\" m3 d124\n"
       "p-elbasy PER \"Nazarbayev (as Elbasy)\" m2 d24\n"
       "p-nazarbayev PER \"Nursultan Nazarbayev\" m2 d13\n"},
      {"a split moves the mentions written one way to a new entity",
       R"([{"op": "split", "id": "o-astana", "surfaces": ["astana international forum"], "name": "Astana International Forum"}])",
       1, "o-astana~1", "",
       "o-astana ORG \"Astana Club\" m2 d14\n"
       "o-astana~1 ORG \"Astana International Forum\" m1 d2\n"
       "p-elbasy PER \"Elbasy\" m2 d24\n"
       "p-nazarbayev PER \"Nursultan Nazarbayev\" m2 d13\n"},
      {"edits apply in order: a merge, then a rename of the merged entity by an id merged away",
       R"([{"op": "merge", "ids": ["p-nazarbayev"], "into": "p-elbasy"}, {"op": "rename", "id": "p-nazarbayev", "name": "N. Nazarbayev"}])",
       2, "p-elbasy p-elbasy", "",
       "o-astana ORG \"Astana Club\" m3 d124\n"
       "p-elbasy PER \"N. Nazarbayev\" m4 d1234\n"},
      {"an unknown id stops the batch where it is", R"([{"op": "rename", "id": "p-elbasy", "name": "E"}, {"op": "merge", "ids": ["p-nobody"], "into": "p-elbasy"}])",
       1, "p-elbasy", "entity edit 2: no entity \"p-nobody\"",
       "o-astana ORG \"Astana Club\" m3 d124\n"
       "p-elbasy PER \"E\" m2 d24\n"
       "p-nazarbayev PER \"Nursultan Nazarbayev\" m2 d13\n"},
      {"merging an entity into itself", R"([{"op": "merge", "ids": ["p-elbasy"], "into": "p-elbasy"}])", 0, "",
       "entity edit 1: nothing to merge into \"p-elbasy\"", kBefore},
      {"a spelling the entity never has", R"([{"op": "split", "id": "o-astana", "surfaces": ["Astana Opera"]}])", 0, "",
       "entity edit 1: \"o-astana\" is never written as any of these spellings", kBefore},
      {"a new id that is taken", R"([{"op": "split", "id": "o-astana", "surfaces": ["Astana Club"], "newId": "p-elbasy"}])", 0, "",
       "entity edit 1: the id \"p-elbasy\" is taken", kBefore},
      {"an unknown operation", R"([{"op": "delete", "id": "p-elbasy"}])", 0, "",
       "entity edit 1: unknown \"op\" \"delete\" (merge, rename or split)", kBefore},
      {"a rename without a name", R"([{"op": "rename", "id": "p-elbasy", "name": ""}])", 0, "", "entity edit 1: \"name\" is empty",
       kBefore},
      {"not JSON", R"([{"op": "merge",)", 0, "", "entity edits must be a JSON array of edits", kBefore},
      {"not an array", R"({"op": "merge"})", 0, "", "entity edits must be a JSON array of edits", kBefore},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    qalam::Corpus corpus = makeCorpus();
    const qalam::EntityEditReport report = corpus.editEntities(row.edits);
    CHECK(report.error.message == row.error);
    CHECK(report.applied == row.applied);
    std::string ids;
    for (const std::string& id : report.ids) ids += (ids.empty() ? "" : " ") + id;
    CHECK(ids == row.ids);
    CHECK(summary(corpus) == row.after);
    CHECK(corpus.entityEdits().size() == row.applied);
  }
}

TEST_CASE("entity edits reach entity filters: an id merged away finds the merged entity") {
  qalam::Corpus corpus = makeCorpus();
  CHECK(hitIds(corpus, "person:p-elbasy") == std::vector<std::string>{"2", "4"});
  REQUIRE_FALSE(corpus.editEntities(R"([{"op": "merge", "ids": ["p-elbasy"], "into": "p-nazarbayev"}])").error);
  const std::vector<std::string> all = {"1", "2", "3", "4"};
  CHECK(hitIds(corpus, "person:p-elbasy") == all);
  CHECK(hitIds(corpus, "person:p-nazarbayev") == all);
  CHECK(hitIds(corpus, "person:Elbasy") == all);
  CHECK(hitIds(corpus, "person:\"Нурсултан Назарбаев\"") == all);
}

TEST_CASE("entity edits survive new documents, a re-extraction, a saved index and re-indexing") {
  const char* edits = R"([
    {"op": "merge", "ids": ["p-elbasy"], "into": "p-nazarbayev"},
    {"op": "rename", "id": "p-nazarbayev", "name": "Nazarbayev"},
    {"op": "split", "id": "o-astana", "surfaces": ["Astana International Forum"], "name": "AIF"}])";
  qalam::Corpus corpus = makeCorpus();
  REQUIRE(corpus.editEntities(edits).applied == 3);
  const std::string edited =
      "o-astana ORG \"Astana Club\" m2 d14\n"
      "o-astana~1 ORG \"AIF\" m1 d2\n"
      "p-nazarbayev PER \"Nazarbayev\" m4 d1234\n";
  REQUIRE(summary(corpus) == edited);
  const auto split = corpus.entities().find("o-astana~1");
  REQUIRE(split);
  CHECK(corpus.entities().record(*split).name == "AIF");

  SECTION("a document added later follows the edits") {
    REQUIRE(corpus.addJsonLines("more.jsonl",
                                R"({"id": "5", "lang": "en", "title": "Elbasy", "text": "Elbasy opened the Astana International Forum."})")
                .added == 1);
    CHECK(summary(corpus) ==
          "o-astana ORG \"Astana Club\" m2 d14\n"
          "o-astana~1 ORG \"AIF\" m2 d25\n"
          "p-nazarbayev PER \"Nazarbayev\" m6 d12345\n");
  }
  SECTION("a new list extracts every document again, edits replayed") {
    REQUIRE_FALSE(corpus.addEntityList("more.json",
                                       R"({"format": "qalam-entities", "version": 1, "entities": [
                                          {"id": "o-water", "type": "ORG", "aliases": {"en": ["Water Council"]}}]})",
                                       qalam::LexiconSource::kUser)
                      .error);
    CHECK(summary(corpus) == edited);
    CHECK(hitIds(corpus, "person:p-elbasy") == std::vector<std::string>{"1", "2", "3", "4"});
  }
  SECTION("a saved index keeps the table and the log") {
    const std::vector<std::uint8_t> bytes = qalam::saveCorpus(corpus);
    qalam::LoadedCorpus loaded =
        qalam::loadCorpus(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
    REQUIRE_FALSE(loaded.error);
    CHECK(summary(*loaded.corpus) == edited);
    CHECK(loaded.corpus->entityEdits() == corpus.entityEdits());
    CHECK(hitIds(*loaded.corpus, "person:p-elbasy") == std::vector<std::string>{"1", "2", "3", "4"});
  }
  SECTION("the log, as JSON, rebuilds the same entities on the documents indexed again") {
    const std::string log = qalam::entityEditsJson(corpus.entityEdits());
    qalam::Corpus again = makeCorpus();
    const qalam::EntityEditReport report = again.editEntities(log);
    INFO(log);
    CHECK_FALSE(report.error);
    CHECK(summary(again) == edited);
    CHECK(again.entityEdits() == corpus.entityEdits());
  }
}
