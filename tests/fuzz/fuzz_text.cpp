// A plain text file (UTF-8, UTF-16 with a BOM, or binary) as one article.
#include "fuzz_support.hpp"
#include "qalam/text_importer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace qalam;
  const std::string_view bytes = fuzz::asText(data, size);
  std::vector<ImportIssue> issues;
  const Document doc = documentFromText("folder/fuzz.txt", bytes, issues);
  const bool skipped = !issues.empty() && issues.back().skipped;
  if (!skipped) {
    fuzz::checkDocument(doc, 1, bytes);
    fuzz::require(doc.id == "fuzz", "the id is not the file name without folder and extension");
    fuzz::require(doc.title.size() <= kMaxTextTitleBytes, "the title is longer than kMaxTextTitleBytes");
  }
  return 0;
}
