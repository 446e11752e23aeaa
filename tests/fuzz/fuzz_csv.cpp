// CSV with a detected delimiter; the first byte also picks an explicit one
// and a renamed text column, so those paths are fuzzed too.
#include "fuzz_support.hpp"
#include "qalam/csv_importer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace qalam;
  const std::string_view bytes = fuzz::asText(data, size);
  const auto sink = [&](Document&& doc, std::uint32_t line) { fuzz::checkDocument(doc, line, bytes); };
  fuzz::checkIssues(readCsv("fuzz.csv", bytes, sink), bytes);

  if (size > 0) {
    CsvOptions options;
    options.delimiter = ",;\t|"[data[0] % 4];
    if (data[0] & 0x10) options.columns.text = "body";
    if (data[0] & 0x20) options.columns.id = "key";
    const std::string_view rest = bytes.substr(1);
    const auto restSink = [&](Document&& doc, std::uint32_t line) { fuzz::checkDocument(doc, line, rest); };
    fuzz::checkIssues(readCsv("fuzz.csv", rest, restSink, options), rest);
  }
  return 0;
}
