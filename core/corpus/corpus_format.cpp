#include "qalam/corpus_format.hpp"

#include <algorithm>
#include <string>

#include "qalam/csv_importer.hpp"
#include "qalam/json_array_importer.hpp"
#include "qalam/jsonl_importer.hpp"
#include "qalam/text_importer.hpp"

namespace qalam {
namespace {

std::string lowerExtension(std::string_view fileName) {
  const std::size_t dot = fileName.rfind('.');
  if (dot == std::string_view::npos || fileName.find_first_of("/\\", dot) != std::string_view::npos) return {};
  std::string extension(fileName.substr(dot + 1));
  for (char& c : extension) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return extension;
}

char firstNonSpace(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  const std::size_t at = bytes.find_first_not_of(" \t\r\n");
  return at == std::string_view::npos ? '\0' : bytes[at];
}

}  // namespace

CorpusFormat detectFormat(std::string_view fileName, std::string_view firstBytes) {
  const std::string extension = lowerExtension(fileName);
  if (extension == "jsonl" || extension == "ndjson") return CorpusFormat::kJsonLines;
  if (extension == "json") return firstNonSpace(firstBytes) == '{' ? CorpusFormat::kJsonLines : CorpusFormat::kJsonArray;
  if (extension == "csv" || extension == "tsv") return CorpusFormat::kCsv;
  if (extension == "txt") return CorpusFormat::kText;
  switch (firstNonSpace(firstBytes)) {
    case '{': return CorpusFormat::kJsonLines;
    case '[': return CorpusFormat::kJsonArray;
    default: return CorpusFormat::kText;
  }
}

std::vector<ImportIssue> readCorpusFile(std::string_view fileName, std::string_view bytes,
                                        const std::function<void(Document&&, std::uint32_t)>& sink) {
  switch (detectFormat(fileName, bytes)) {
    case CorpusFormat::kJsonLines: return readJsonLines(fileName, bytes, sink);
    case CorpusFormat::kJsonArray: return readJsonArray(fileName, bytes, sink);
    case CorpusFormat::kCsv: {
      CsvOptions options;
      if (lowerExtension(fileName) == "tsv") options.delimiter = '\t';
      return readCsv(fileName, bytes, sink, options);
    }
    case CorpusFormat::kText: break;
  }
  std::vector<ImportIssue> issues;
  Document doc = documentFromText(fileName, bytes, issues);
  if (std::none_of(issues.begin(), issues.end(), [](const ImportIssue& i) { return i.skipped; })) sink(std::move(doc), 1);
  return issues;
}

}  // namespace qalam
