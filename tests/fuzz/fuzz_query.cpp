// The query language: parsing with one shared analyzer, then searching,
// explaining and a concordance over a tiny fixed corpus.
#include "fuzz_support.hpp"
#include "qalam/query.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace qalam;
  static const Analyzer analyzer;
  static const std::unique_ptr<Corpus> corpus = fuzz::makeTinyCorpus();
  const std::string_view text = fuzz::asText(data, size);

  const QueryParseResult parsed = parseQuery(text, analyzer);
  if (parsed.error) {
    fuzz::require(parsed.errorPosition <= size, "the error position is past the query");
  } else {
    (void)parsed.query.toString();
    (void)parsed.query.terms();
  }

  SearchOptions options;
  options.facets = true;
  options.crossScript = size % 2 == 0;
  const SearchResults results = corpus->search(text, options);
  fuzz::require(results.docs.size() == results.scores.size(), "docs and scores differ in length");
  fuzz::require(results.docs.size() <= options.limit && results.docs.size() <= results.total,
                "more documents than the limit or the total");
  for (std::size_t i = 0; i < results.docs.size(); ++i) {
    fuzz::require(results.docs[i] < corpus->size(), "a hit outside the corpus");
    if (i < results.snippets.size()) {
      const Snippet& snippet = results.snippets[i];
      fuzz::require(snippet.highlights.size() % 2 == 0, "an odd number of highlight offsets");
      for (std::size_t h = 0; h + 1 < snippet.highlights.size(); h += 2) {
        fuzz::require(snippet.highlights[h] <= snippet.highlights[h + 1] &&
                          snippet.highlights[h + 1] <= snippet.text.size(),
                      "a highlight outside its snippet");
      }
    }
  }
  if (!results.docs.empty()) (void)corpus->explain(text, results.docs.front(), options.crossScript);
  (void)corpus->concordance(text);
  return 0;
}
