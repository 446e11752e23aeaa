// JSON Lines: the reader on its own, then the same bytes through a corpus,
// whose report must count what the reader sank.
#include "fuzz_support.hpp"
#include "qalam/jsonl_importer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace qalam;
  const std::string_view bytes = fuzz::asText(data, size);
  std::uint32_t sunk = 0;
  const auto issues = readJsonLines("fuzz.jsonl", bytes, [&](Document&& doc, std::uint32_t line) {
    fuzz::checkDocument(doc, line, bytes);
    ++sunk;
  });
  fuzz::checkIssues(issues, bytes);

  // A fresh corpus per input keeps a crash reproducible from its input alone;
  // building one costs milliseconds (ICU transliterators), so only inputs
  // with a document to index pay for it.
  if (sunk == 0) return 0;
  Corpus corpus;
  const ImportReport report = corpus.addJsonLines("fuzz.jsonl", bytes);
  fuzz::require(report.added <= sunk, "the corpus added more documents than the reader read");
  fuzz::require(report.added == corpus.size(), "the report's count differs from the corpus size");
  return 0;
}
