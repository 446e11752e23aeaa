#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include "qalam/corpus.hpp"
#include "qalam/query_evaluator.hpp"
#include "qalam/query_expander.hpp"
#include "qalam/saved_index.hpp"

namespace {

// 4,000 documents over a small vocabulary with very unequal word
// frequencies, so the common words have dozens of blocks of postings.
const qalam::Corpus& bigCorpus() {
  static const qalam::Corpus corpus = [] {
    const std::vector<std::string> words = {"river", "water", "trade", "road", "grain", "power", "bank",
                                            "rail",  "dam",   "gas",   "salt", "wool",  "silk", "tea"};
    std::mt19937 random(11);
    // Word k appears with a weight of about 1/(k+1).
    std::discrete_distribution<std::size_t> pick({12, 6, 4, 3, 2.4, 2, 1.7, 1.5, 1.3, 1.2, 1.1, 1, 0.9, 0.8});
    qalam::Corpus c;
    for (int d = 0; d < 4000; ++d) {
      qalam::Document doc;
      doc.id = "doc-" + std::to_string(d);
      doc.lang = "en";
      doc.date = std::to_string(2015 + d % 10) + "-0" + std::to_string(1 + d % 9) + "-01";
      doc.source = d % 3 == 0 ? "north" : "south";
      const int titleWords = 2 + static_cast<int>(random() % 3);
      for (int w = 0; w < titleWords; ++w) doc.title += words[pick(random)] + " ";
      const int textWords = 5 + static_cast<int>(random() % 60);
      for (int w = 0; w < textWords; ++w) doc.text += words[pick(random)] + (w % 9 == 8 ? ". " : " ");
      REQUIRE_FALSE(c.addDocument(std::move(doc)));
      if (d == 2500) c.compactIndex();  // part compacted, part recent
    }
    return c;
  }();
  return corpus;
}

std::vector<qalam::ScoredDoc> exhaustiveTop(const qalam::Corpus& corpus, std::string_view text, std::size_t k) {
  qalam::QueryParseResult parsed = qalam::parseQuery(text, corpus.analyzer());
  REQUIRE_FALSE(parsed.error);
  qalam::ExpansionOptions expansion;
  expansion.crossScript = false;
  qalam::expandQuery(parsed.query, qalam::Vocabulary{corpus.index()}, expansion);
  std::vector<qalam::Document> docs;
  for (qalam::DocId d = 0; d < corpus.size(); ++d) docs.push_back(corpus.document(d));
  std::vector<qalam::ScoredDoc> all =
      qalam::evaluateQuery(parsed.query, corpus.index(), qalam::Bm25Scorer(corpus.index()), docs);
  std::sort(all.begin(), all.end(), [](const qalam::ScoredDoc& a, const qalam::ScoredDoc& b) {
    return a.score != b.score ? a.score > b.score : a.doc < b.doc;
  });
  if (all.size() > k) all.resize(k);
  return all;
}

std::string render(const std::vector<qalam::DocId>& docs, const std::vector<float>& scores) {
  std::string out;
  for (std::size_t i = 0; i < docs.size(); ++i) out += std::to_string(docs[i]) + ":" + std::to_string(scores[i]) + " ";
  return out;
}

std::string render(const std::vector<qalam::ScoredDoc>& hits) {
  std::string out;
  for (const qalam::ScoredDoc& h : hits) out += std::to_string(h.doc) + ":" + std::to_string(h.score) + " ";
  return out;
}

}  // namespace

TEST_CASE("pruned top-k search returns exactly the best documents of a full evaluation") {
  const qalam::Corpus& corpus = bigCorpus();
  const char* queries[] = {
      "river",         "tea",           "river water",    "water OR tea",     "silk OR river OR dam",
      "\"river water\"", "river -water", "title:river",    "river lang:en",    "river source:north",
      "date:2019",     "rai*",          "river NEAR/2 tea", "(river OR salt) gas", "NOT river",
  };
  for (const char* q : queries) {
    for (const std::uint32_t k : {1u, 10u, 50u}) {
      INFO(q << ", k=" << k);
      qalam::SearchOptions options;
      options.limit = k;
      options.snippets = false;
      options.crossScript = false;
      options.countAtLeast = 0;  // prune from the first full page on
      const qalam::SearchResults pruned = corpus.search(q, options);
      REQUIRE_FALSE(pruned.error);
      CHECK(render(pruned.docs, pruned.scores) == render(exhaustiveTop(corpus, q, k)));
    }
  }
}

TEST_CASE("pruning skips blocks of common words, and counts every match up to the threshold") {
  const qalam::Corpus& corpus = bigCorpus();
  qalam::SearchOptions options;
  options.limit = 10;
  options.snippets = false;
  options.countAtLeast = 0;
  const qalam::SearchResults pruned = corpus.search("river", options);
  const std::uint32_t df = corpus.index().documentFrequency("river");
  REQUIRE(df > 20 * qalam::InvertedIndex::kBlockSize);
  CHECK_FALSE(pruned.totalExact);
  CHECK(pruned.total < df);  // fewer documents were scored than match

  options.countAtLeast = 1000000;
  const qalam::SearchResults counted = corpus.search("river", options);
  CHECK(counted.totalExact);
  CHECK(counted.total == df);
  CHECK(counted.docs == pruned.docs);

  options.facets = true;  // facets need every match
  options.countAtLeast = 0;
  const qalam::SearchResults faceted = corpus.search("river", options);
  CHECK(faceted.totalExact);
  CHECK(faceted.total == df);
}

TEST_CASE("an index with skip lists saves and loads to the same answers") {
  const qalam::Corpus& corpus = bigCorpus();
  const std::vector<std::uint8_t> saved = qalam::saveCorpus(corpus);
  const qalam::LoadedCorpus loaded =
      qalam::loadCorpus(std::string_view(reinterpret_cast<const char*>(saved.data()), saved.size()));
  REQUIRE(loaded.corpus);
  CHECK(qalam::saveCorpus(*loaded.corpus) == saved);
  for (const char* q : {"river", "\"water trade\"", "gas OR silk", "title:tea -road"}) {
    INFO(q);
    qalam::SearchOptions options;
    options.limit = 20;
    options.snippets = false;
    const qalam::SearchResults before = corpus.search(q, options);
    const qalam::SearchResults after = loaded.corpus->search(q, options);
    CHECK(render(after.docs, after.scores) == render(before.docs, before.scores));
    CHECK(after.total == before.total);
  }
}
