#include "qalam/corpus_format.hpp"

#include <algorithm>
#include <array>
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

// Binary content in a file named as a structured format: NUL bytes, at least
// four and at least one in a hundred, in its first 8 KB (UTF-16 without a BOM,
// images, archives, executables). A stray NUL in a record is that record's
// problem, not the file's.
bool looksBinary(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 8192);
  const auto nul = static_cast<std::size_t>(std::count(head.begin(), head.end(), '\0'));
  return nul >= 4 && nul * 100 >= head.size();
}

}  // namespace

namespace {

constexpr std::array<std::string FieldMapping::*, kMappedFields.size()> kMappedMembers = {
    &FieldMapping::id, &FieldMapping::title, &FieldMapping::text,
    &FieldMapping::lang, &FieldMapping::date, &FieldMapping::source};

std::size_t mappedIndex(std::string_view field) {
  return static_cast<std::size_t>(std::find(kMappedFields.begin(), kMappedFields.end(), field) - kMappedFields.begin());
}

}  // namespace

std::string* mappedKey(FieldMapping& mapping, std::string_view field) {
  const std::size_t i = mappedIndex(field);
  return i < kMappedMembers.size() ? &(mapping.*kMappedMembers[i]) : nullptr;
}

const std::string* mappedKey(const FieldMapping& mapping, std::string_view field) {
  const std::size_t i = mappedIndex(field);
  return i < kMappedMembers.size() ? &(mapping.*kMappedMembers[i]) : nullptr;
}

Error setMappedField(FieldMapping& mapping, std::string_view assignment) {
  const std::size_t equals = assignment.find('=');
  std::string* key = equals == std::string_view::npos ? nullptr : mappedKey(mapping, assignment.substr(0, equals));
  if (key == nullptr) {
    return {ErrorCode::kInvalidArgument, "a field mapping is FIELD=KEY with FIELD one of id, title, text, lang, date, source (got \"" +
                                             std::string(assignment) + "\")"};
  }
  key->assign(assignment.substr(equals + 1));
  return {};
}

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
  return readCorpusFile(fileName, bytes, sink, FieldMapping{});
}

std::vector<ImportIssue> readCorpusFile(std::string_view fileName, std::string_view bytes,
                                        const std::function<void(Document&&, std::uint32_t)>& sink,
                                        const FieldMapping& fields) {
  const CorpusFormat format = detectFormat(fileName, bytes);
  if (format != CorpusFormat::kText) {
    // UTF-16 with a BOM is read as its UTF-8, in every format as in text files.
    if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
      std::string converted;
      std::size_t firstReplaced = 0;
      const std::size_t replaced = utf16ToUtf8(bytes.substr(2), bytes[0] == '\xFE', converted, firstReplaced);
      std::vector<ImportIssue> issues = readCorpusFile(fileName, converted, sink, fields);
      if (replaced > 0) {
        const auto line = static_cast<std::uint32_t>(
            1 + std::count(converted.begin(), converted.begin() + static_cast<std::ptrdiff_t>(firstReplaced), '\n'));
        issues.insert(issues.begin(), ImportIssue{std::string(fileName), line, ErrorCode::kInvalidUtf8,
                                                  "invalid UTF-16 replaced with U+FFFD (" + std::to_string(replaced) +
                                                      (replaced == 1 ? " sequence)" : " sequences)"),
                                                  false});
      }
      return issues;
    }
    if (looksBinary(bytes)) {
      return {ImportIssue{std::string(fileName), 0, ErrorCode::kMalformedRecord,
                          "looks binary, not text (NUL bytes): not read", true}};
    }
  }
  switch (format) {
    case CorpusFormat::kJsonLines: return readJsonLines(fileName, bytes, sink, fields);
    case CorpusFormat::kJsonArray: return readJsonArray(fileName, bytes, sink, fields);
    case CorpusFormat::kCsv: {
      CsvOptions options;
      options.columns = fields;
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
