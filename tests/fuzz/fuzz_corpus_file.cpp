// Format detection and whichever importer it picks, through Corpus::addFile.
// The first byte picks the file name, so every reader is reached both by
// extension and by content.
#include <array>

#include "fuzz_support.hpp"
#include "qalam/corpus_format.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace qalam;
  static constexpr std::array<std::string_view, 8> kNames = {
      "a.jsonl", "a.ndjson", "a.json", "a.csv", "a.TSV", "a.txt", "a", "a.dat"};
  if (size == 0) return 0;
  const std::string_view name = kNames[data[0] % kNames.size()];
  const std::string_view bytes = fuzz::asText(data + 1, size - 1);

  std::uint32_t sunk = 0;
  const auto issues = readCorpusFile(name, bytes, [&](Document&& doc, std::uint32_t line) {
    fuzz::checkDocument(doc, line, bytes);
    ++sunk;
  });
  fuzz::checkIssues(issues, bytes);

  // A fresh corpus per input (reproducible), only when there is a document
  // to index: building one costs milliseconds.
  if (sunk == 0) return 0;
  Corpus corpus;
  const ImportReport report = corpus.addFile(name, bytes);
  fuzz::require(report.added <= sunk, "the corpus added more documents than the reader read");
  fuzz::require(report.added == corpus.size(), "the report's count differs from the corpus size");
  return 0;
}
