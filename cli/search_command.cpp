#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "arguments.hpp"
#include "commands.hpp"
#include "corpus_source.hpp"
#include "query_command.hpp"

namespace qalam::cli {
namespace {

constexpr const char* kUsage =
    "usage: qalam search (--corpus FILE... [--field FIELD=KEY...] | --index FILE) [--limit N] [--json | --text] [--one-script] [--explain] QUERY\n";

using Json = nlohmann::ordered_json;

std::string dump(const Json& j) { return j.dump(2, ' ', false, Json::error_handler_t::replace); }

}  // namespace

int runSearch(const std::vector<std::string>& args) {
  Arguments a(args, {"--corpus", "--index", "--limit", "--field"}, {"--json", "--text", "--one-script", "--explain"});
  QueryCommand command;
  command.options.limit = a.number("--limit", 10, 1, 100000);
  if (!parseQueryCommand(a, "search", kUsage, command)) return 2;
  const std::unique_ptr<Corpus> corpus = openCorpus(command.source, "search");
  if (!corpus) return 1;
  const SearchResults results = corpus->search(command.query, command.options);
  if (reportQueryError(results.error, results.errorPosition, "search")) return 1;

  if (a.has("--text")) {
    std::printf("%u results for %s\n", results.total, command.query.c_str());
    for (std::size_t i = 0; i < results.docs.size(); ++i) {
      const Document& doc = corpus->document(results.docs[i]);
      std::printf("\n%zu. %s  [%s %s %s] %.3f\n   %s\n", i + 1, doc.title.c_str(), doc.lang.c_str(), doc.date.c_str(),
                  doc.id.c_str(), static_cast<double>(results.scores[i]), results.snippets[i].text.c_str());
    }
    return 0;
  }
  Json hits = Json::array();
  for (std::size_t i = 0; i < results.docs.size(); ++i) {
    const Document& doc = corpus->document(results.docs[i]);
    Json hit{{"id", doc.id},
             {"title", doc.title},
             {"lang", doc.lang},
             {"date", doc.date},
             {"source", doc.source},
             {"score", results.scores[i]},
             {"snippet", results.snippets[i].text},
             {"highlights", results.snippets[i].highlights}};
    if (a.has("--explain")) {
      Json terms = Json::array();
      for (const TermExplanation& t : corpus->explain(command.query, results.docs[i], command.options.crossScript).terms) {
        terms.push_back(Json{{"word", t.word},
                             {"term", t.term},
                             {"title", t.titleFrequency},
                             {"text", t.textFrequency},
                             {"df", t.documentFrequency},
                             {"idf", t.idf},
                             {"weight", t.weight},
                             {"score", t.score},
                             {"counted", t.counted}});
      }
      hit["explain"] = terms;
    }
    hits.push_back(std::move(hit));
  }
  std::cout << dump(Json{{"query", command.query}, {"total", results.total}, {"hits", hits}}) << '\n';
  return 0;
}

int runFacets(const std::vector<std::string>& args) {
  static constexpr const char* kFacetsUsage = "usage: qalam facets (--corpus FILE... [--field FIELD=KEY...] | --index FILE) [--one-script] QUERY\n";
  Arguments a(args, {"--corpus", "--index", "--field"}, {"--json", "--one-script"});
  QueryCommand command;
  if (!parseQueryCommand(a, "facets", kFacetsUsage, command)) return 2;
  command.options.facets = true;
  command.options.snippets = false;
  command.options.limit = 1;
  const std::unique_ptr<Corpus> corpus = openCorpus(command.source, "facets");
  if (!corpus) return 1;
  const SearchResults results = corpus->search(command.query, command.options);
  if (reportQueryError(results.error, results.errorPosition, "facets")) return 1;
  auto counts = [](const std::vector<FacetCount>& list) {
    Json out = Json::array();
    for (const FacetCount& c : list) out.push_back(Json{{"value", c.value}, {"count", c.count}});
    return out;
  };
  std::cout << dump(Json{{"query", command.query},
                         {"total", results.total},
                         {"lang", counts(results.facets.lang)},
                         {"source", counts(results.facets.source)},
                         {"year", counts(results.facets.year)},
                         {"month", counts(results.facets.month)}})
            << '\n';
  return 0;
}

}  // namespace qalam::cli
