// A JSON array of articles, including nesting past kMaxJsonDepth.
#include "fuzz_support.hpp"
#include "qalam/json_array_importer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace qalam;
  const std::string_view bytes = fuzz::asText(data, size);
  const auto issues = readJsonArray("fuzz.json", bytes, [&](Document&& doc, std::uint32_t line) {
    fuzz::checkDocument(doc, line, bytes);
  });
  fuzz::checkIssues(issues, bytes);
  return 0;
}
