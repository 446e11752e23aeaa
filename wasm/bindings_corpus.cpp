// The Corpus class: bulk import of one UTF-8 buffer per file, document access.
// Cold paths, so reports and documents travel as JSON.
#include <nlohmann/json.hpp>
#include <string>

#include "bindings.hpp"
#include "qalam/corpus.hpp"
#include "search_hits.hpp"

namespace qalam::wasm {
namespace {

std::string dumpJson(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// `bytes` arrives from a Uint8Array (or a string) without per-document calls.
std::string addJsonLines(Corpus& corpus, const std::string& fileName, const std::string& bytes) {
  const ImportReport report = corpus.addJsonLines(fileName, bytes);
  nlohmann::json issues = nlohmann::json::array();
  for (const ImportIssue& issue : report.issues) {
    issues.push_back({{"file", issue.file},
                      {"line", issue.line},
                      {"code", errorCodeName(issue.code)},
                      {"message", issue.message},
                      {"skipped", issue.skipped}});
  }
  return dumpJson({{"added", report.added}, {"skipped", report.skipped}, {"issues", issues}});
}

std::string documentJson(const Corpus& corpus, std::uint32_t doc) {
  if (doc >= corpus.size()) return "null";
  const Document& d = corpus.document(doc);
  return dumpJson({{"id", d.id}, {"title", d.title}, {"text", d.text}, {"lang", d.lang}, {"date", d.date}, {"source", d.source}});
}

SearchHits search(const Corpus& corpus, const std::string& query, std::uint32_t limit, bool crossScript) {
  SearchOptions options;
  options.limit = limit;
  options.crossScript = crossScript;
  return SearchHits(query, corpus.search(query, options));
}

}  // namespace
}  // namespace qalam::wasm

EMSCRIPTEN_BINDINGS(qalam_corpus) {
  using namespace qalam;
  emscripten::class_<Corpus>("Corpus")
      .constructor<>()
      .function("addJsonLines", &wasm::addJsonLines)
      .function("size", &Corpus::size)
      .function("documentJson", &wasm::documentJson)
      .function("search", &wasm::search);
}
