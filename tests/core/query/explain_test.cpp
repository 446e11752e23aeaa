#include <catch2/catch.hpp>

#include <algorithm>

#include "qalam/corpus.hpp"
#include "test_support.hpp"

namespace {

const qalam::Corpus& sample() { return qalam::test::sampleCorpus(); }

qalam::DocId docNamed(const std::string& id) {
  for (qalam::DocId d = 0; d < sample().size(); ++d) {
    if (sample().document(d).id == id) return d;
  }
  FAIL("no document " << id);
  return 0;
}

}  // namespace

TEST_CASE("an explanation's counted terms add up to the document's score") {
  for (const char* query : {"Tokayev", "water Almaty", "Алматыда су", "همکاریها آسیای", "\"Central Asia\" summit"}) {
    const qalam::SearchResults results = sample().search(query, {5, false, true});
    for (std::size_t i = 0; i < results.docs.size(); ++i) {
      INFO(query << " in " << sample().document(results.docs[i]).id);
      const qalam::Explanation e = sample().explain(query, results.docs[i], true);
      CHECK(e.matched);
      CHECK(e.score == Approx(results.scores[i]));
      float counted = 0.0f;
      for (const qalam::TermExplanation& t : e.terms) {
        if (t.counted) counted += t.score;
        CHECK(t.score > 0.0f);
        CHECK(t.titleFrequency + t.textFrequency > 0);
      }
      CHECK(counted == Approx(e.score));
    }
  }
}

TEST_CASE("an explanation names the form that matched") {
  // kk-002 has Алматыны and Алматыда, not the form typed.
  const qalam::Explanation kazakh = sample().explain("Алматыға", docNamed("kk-002"), false);
  REQUIRE(kazakh.matched);
  bool stem = false;
  for (const qalam::TermExplanation& t : kazakh.terms) stem = stem || (t.counted && t.term == "~алмат");
  CHECK(stem);
  // A Latin name found in Persian by its cross-script spelling.
  const qalam::Explanation persian = sample().explain("Tokayev", docNamed("fa-001"), true);
  REQUIRE(persian.matched);
  REQUIRE_FALSE(persian.terms.empty());
  CHECK(persian.terms[0].term == "توكايف");
  CHECK(persian.terms[0].weight < 0.8f);
}

TEST_CASE("a document the query does not match is explained as such") {
  const qalam::Explanation e = sample().explain("Tokayev", docNamed("en-002"), true);
  CHECK_FALSE(e.matched);
  CHECK(e.score == 0.0f);
  qalam::Error error;
  sample().explain("\"Tokayev", 0, true, &error);
  CHECK(error.code == qalam::ErrorCode::kQuerySyntax);
}

TEST_CASE("explaining a prefix that matches no word renders it and explains the rest") {
  // The prefix is left with no term after expansion; rendering the query for
  // the explanation once read past the end of that empty list.
  const qalam::Explanation e = sample().explain("Tokayev zzzq*", docNamed("en-001"), true);
  CHECK_FALSE(e.matched);  // nothing begins with zzzq
  const bool tokayev = std::any_of(e.terms.begin(), e.terms.end(),
                                   [](const qalam::TermExplanation& t) { return t.term == "tokayev" && t.titleFrequency + t.textFrequency > 0; });
  CHECK(tokayev);
}

TEST_CASE("an explanation applies entity filters as the search does") {
  qalam::Corpus corpus;
  REQUIRE_FALSE(corpus
                    .addEntityList("people.json",
                                   R"({"format": "qalam-entities", "version": 1, "entities": [
                                      {"id": "p-aliya", "type": "PER", "aliases": {"en": ["Aliya Nurlanqyzy"]}}]})",
                                   qalam::LexiconSource::kUser)
                    .error);
  REQUIRE(corpus
              .addJsonLines("docs.jsonl",
                            R"({"id": "with", "lang": "en", "title": "Water", "text": "Aliya Nurlanqyzy spoke about water."})"
                            "\n"
                            R"({"id": "without", "lang": "en", "title": "Water", "text": "Nobody spoke about water."})")
              .added == 2);
  struct Row {
    const char* query;
    qalam::DocId doc;
    bool matched;
  };
  const Row rows[] = {
      {"water person:p-aliya", 0, true},
      {"water person:p-aliya", 1, false},
      {"water person:\"Aliya Nurlanqyzy\"", 0, true},
      {"water -person:p-aliya", 0, false},
      {"water -person:p-aliya", 1, true},
  };
  for (const Row& row : rows) {
    INFO(row.query << " in " << corpus.document(row.doc).id);
    const qalam::Explanation e = corpus.explain(row.query, row.doc, true);
    CHECK(e.matched == row.matched);
    const qalam::SearchResults results = corpus.search(row.query, {10, false, true});
    const bool found = std::find(results.docs.begin(), results.docs.end(), row.doc) != results.docs.end();
    CHECK(found == row.matched);
    if (found) CHECK(e.score == Approx(results.scores[std::find(results.docs.begin(), results.docs.end(), row.doc) - results.docs.begin()]));
  }
}
