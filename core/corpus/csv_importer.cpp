#include "qalam/csv_importer.hpp"

#include <array>

#include "csv_record_reader.hpp"
#include "qalam/utf.hpp"

namespace qalam {
namespace {

std::string headerKey(std::string_view name) {
  while (!name.empty() && (name.front() == ' ' || name.front() == '\t')) name.remove_prefix(1);
  while (!name.empty() && (name.back() == ' ' || name.back() == '\t' || name.back() == '\r')) name.remove_suffix(1);
  std::string key(name);
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

struct FieldColumn {
  std::string Document::*field;
  std::string CsvColumns::*given;
  const char* fieldName;
  std::array<const char*, 3> names;  // the field's own name first, then aliases; null-padded
};

const std::array<FieldColumn, 6> kFieldColumns = {{
    {&Document::id, &CsvColumns::id, "id", {"id", nullptr, nullptr}},
    {&Document::title, &CsvColumns::title, "title", {"title", "headline", nullptr}},
    {&Document::text, &CsvColumns::text, "text", {"text", "body", "content"}},
    {&Document::lang, &CsvColumns::lang, "lang", {"lang", "language", nullptr}},
    {&Document::date, &CsvColumns::date, "date", {"date", "published", "published_at"}},
    {&Document::source, &CsvColumns::source, "source", {"source", nullptr, nullptr}},
}};

constexpr std::size_t kId = 0;  // positions in kFieldColumns
constexpr std::size_t kTitle = 1;
constexpr std::size_t kText = 2;
constexpr std::size_t kNoColumn = static_cast<std::size_t>(-1);

std::size_t findColumn(const std::vector<std::string>& header, std::string_view name) {
  const std::string key = headerKey(name);
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (headerKey(header[i]) == key) return i;
  }
  return kNoColumn;
}

ImportIssue issueAt(std::string_view fileName, std::uint32_t line, ErrorCode code, std::string message,
                    bool skipped = true) {
  return ImportIssue{std::string(fileName), line, code, std::move(message), skipped};
}

// Column of each field of kFieldColumns, or the reason the header cannot be used.
std::string mapColumns(const std::vector<std::string>& header, const CsvColumns& given,
                       std::array<std::size_t, 6>& columns) {
  for (std::size_t f = 0; f < kFieldColumns.size(); ++f) {
    const FieldColumn& spec = kFieldColumns[f];
    const std::string& name = given.*spec.given;
    columns[f] = kNoColumn;
    if (!name.empty()) {
      columns[f] = findColumn(header, name);
      if (columns[f] == kNoColumn) {
        std::string problem = "column \"";
        problem += name;
        problem += "\" given for ";
        problem += spec.fieldName;
        problem += " is not in the header: nothing read";
        return problem;
      }
      continue;
    }
    for (const char* alias : spec.names) {
      if (alias != nullptr && columns[f] == kNoColumn) columns[f] = findColumn(header, alias);
    }
  }
  if (columns[kTitle] == kNoColumn && columns[kText] == kNoColumn) {
    std::string problem = "the header names no text or title column (";
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (i > 0) problem += ", ";
      problem += '"';
      problem += header[i];
      problem += '"';
    }
    problem += "): nothing read";
    return problem;
  }
  return {};
}

}  // namespace

std::vector<ImportIssue> readCsv(std::string_view fileName, std::string_view bytes,
                                 const std::function<void(Document&&, std::uint32_t)>& sink,
                                 const CsvOptions& options) {
  std::vector<ImportIssue> issues;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  CsvRecordReader reader(bytes, options.delimiter != 0 ? options.delimiter : detectDelimiter(bytes));
  std::vector<std::string> header;
  std::uint32_t line = 0;
  const auto headerStatus = reader.next(header, line);
  if (headerStatus == CsvRecordReader::Status::kEnd) return issues;
  if (headerStatus == CsvRecordReader::Status::kUnclosedQuote) {
    issues.push_back(issueAt(fileName, line, ErrorCode::kMalformedRecord, "quote not closed in the header: nothing read"));
    return issues;
  }
  for (std::string& name : header) replaceInvalidUtf8(name);
  std::array<std::size_t, 6> columns{};
  if (std::string problem = mapColumns(header, options.columns, columns); !problem.empty()) {
    issues.push_back(issueAt(fileName, line, ErrorCode::kMalformedRecord, std::move(problem)));
    return issues;
  }

  std::vector<std::string> fields;
  for (std::uint32_t record = 1;; ++record) {
    const auto status = reader.next(fields, line);
    if (status == CsvRecordReader::Status::kEnd) break;
    if (status == CsvRecordReader::Status::kUnclosedQuote) {
      issues.push_back(issueAt(fileName, line, ErrorCode::kMalformedRecord,
                               "quote not closed before the end of the file: stopped reading here"));
      break;
    }
    if (fields.size() != header.size()) {
      std::string problem = "expected ";
      problem += std::to_string(header.size());
      problem += " fields as in the header, found ";
      problem += std::to_string(fields.size());
      issues.push_back(issueAt(fileName, line, ErrorCode::kMalformedRecord, std::move(problem)));
      continue;
    }
    Document doc;
    std::size_t replaced = 0;
    for (std::size_t f = 0; f < kFieldColumns.size(); ++f) {
      if (columns[f] == kNoColumn) continue;
      std::string& value = doc.*kFieldColumns[f].field;
      value = std::move(fields[columns[f]]);
      replaced += replaceInvalidUtf8(value);
    }
    if (columns[kId] == kNoColumn) {
      doc.id = "row-";
      doc.id += std::to_string(record);
    } else if (doc.id.empty()) {
      issues.push_back(issueAt(fileName, line, ErrorCode::kMalformedRecord, "missing \"id\""));
      continue;
    }
    if (replaced > 0) {
      std::string message = "invalid UTF-8 replaced with U+FFFD (";
      message += std::to_string(replaced);
      message += replaced == 1 ? " sequence)" : " sequences)";
      issues.push_back(issueAt(fileName, line, ErrorCode::kInvalidUtf8, std::move(message), false));
    }
    if (doc.text.empty() && doc.title.empty()) {
      issues.push_back(issueAt(fileName, line, ErrorCode::kEmptyDocument, "no text or title: kept, nothing to search", false));
    }
    sink(std::move(doc), line);
  }
  return issues;
}

}  // namespace qalam
