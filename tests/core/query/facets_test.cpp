#include <catch2/catch.hpp>

#include <map>

#include "qalam/corpus.hpp"
#include "test_support.hpp"

namespace {

const qalam::Corpus& sample() { return qalam::test::sampleCorpus(); }

std::string render(const std::vector<qalam::FacetCount>& counts) {
  std::string out;
  for (const qalam::FacetCount& c : counts) out += (out.empty() ? "" : ", ") + c.value + " " + std::to_string(c.count);
  return out;
}

qalam::SearchResults withFacets(std::string_view query, std::uint32_t limit) {
  qalam::SearchOptions options;
  options.limit = limit;
  options.facets = true;
  options.snippets = false;
  return sample().search(query, options);
}

}  // namespace

TEST_CASE("facets count languages of every match, not only the page returned") {
  const qalam::SearchResults results = withFacets("Tokayev", 1);
  CHECK(results.docs.size() == 1);
  CHECK(render(results.facets.lang) == "ar 3, fa 3, kk 3, en 2, ru 2, tg 1");  // commonest first, then by name
}

TEST_CASE("facet counts agree with a direct count over the hits") {
  for (const char* query : {"Tokayev", "water", "lang:fa", "date:2024", "Kazakh* OR Қазақстан"}) {
    INFO(query);
    const qalam::SearchResults results = withFacets(query, 10000);
    std::map<std::string, std::uint32_t> lang, source, year, month;
    for (const qalam::DocId d : results.docs) {
      const qalam::Document& doc = sample().document(d);
      ++lang[doc.lang];
      ++source[doc.source];
      ++year[doc.date.substr(0, 4)];
      ++month[doc.date.substr(0, 7)];
    }
    auto asMap = [](const std::vector<qalam::FacetCount>& counts) {
      std::map<std::string, std::uint32_t> m;
      for (const qalam::FacetCount& c : counts) m[c.value] = c.count;
      return m;
    };
    CHECK(asMap(results.facets.lang) == lang);
    CHECK(asMap(results.facets.source) == source);
    CHECK(asMap(results.facets.year) == year);
    CHECK(asMap(results.facets.month) == month);
    CHECK(std::is_sorted(results.facets.month.begin(), results.facets.month.end(),
                         [](const auto& a, const auto& b) { return a.value < b.value; }));
  }
}

TEST_CASE("documents without a date or source are left out of those facets") {
  qalam::Corpus corpus;
  corpus.addJsonLines("in.jsonl",
                      "{\"id\":\"1\",\"text\":\"water\",\"lang\":\"en\",\"date\":\"2024-05-01\",\"source\":\"A\"}\n"
                      "{\"id\":\"2\",\"text\":\"water\",\"lang\":\"en\"}\n"
                      "{\"id\":\"3\",\"text\":\"water\",\"lang\":\"en\",\"date\":\"someday\"}\n");
  qalam::SearchOptions options;
  options.facets = true;
  const qalam::SearchResults results = corpus.search("water", options);
  CHECK(render(results.facets.lang) == "en 3");
  CHECK(render(results.facets.source) == "A 1");
  CHECK(render(results.facets.year) == "2024 1");
  CHECK(render(results.facets.month) == "2024-05 1");
}
