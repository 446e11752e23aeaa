// The CSV form of an entity list: a header naming the columns id, type, name,
// lang and alias and/or aliases; one alias per row, or several in an
// `aliases` field split at '|'; rows of one id make one entity.
#include <algorithm>
#include <initializer_list>
#include <string>

#include "../corpus/csv_record_reader.hpp"
#include "entity_list_builder.hpp"
#include "qalam/utf.hpp"

namespace qalam::entity_list_detail {
namespace {

std::size_t findColumn(const std::vector<std::string>& header, std::initializer_list<std::string_view> names) {
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string key = lowerAscii(trim(header[i]));
    if (std::find(names.begin(), names.end(), key) != names.end()) return i;
  }
  return header.size();
}

// Every part of "a|b|c", empty ones included, so that they are reported.
void addAliasList(EntityListBuilder& builder, std::uint32_t line, std::size_t index, std::string_view list,
                  std::string_view language) {
  if (list.empty()) return;
  for (;;) {
    const std::size_t bar = list.find('|');
    builder.addAlias(line, index, list.substr(0, bar), language);
    if (bar == std::string_view::npos) return;
    list.remove_prefix(bar + 1);
  }
}

}  // namespace

EntityListRead readCsvList(std::string_view fileName, std::string_view bytes, LexiconSource source) {
  EntityListRead out;
  CsvRecordReader reader(bytes, detectDelimiter(bytes));
  std::vector<std::string> header;
  std::uint32_t line = 0;
  const auto headerStatus = reader.next(header, line);
  if (headerStatus == CsvRecordReader::Status::kEnd) return out;
  if (headerStatus == CsvRecordReader::Status::kUnclosedQuote) {
    out.error = fileError(fileName, line, "quote not closed in the header: nothing read");
    return out;
  }
  const std::size_t none = header.size();
  const std::size_t id = findColumn(header, {"id"});
  const std::size_t type = findColumn(header, {"type"});
  const std::size_t name = findColumn(header, {"name"});
  const std::size_t lang = findColumn(header, {"lang", "language"});
  const std::size_t alias = findColumn(header, {"alias"});
  const std::size_t aliases = findColumn(header, {"aliases"});
  if (id == none || type == none || (alias == none && aliases == none)) {
    out.error = fileError(fileName, line,
                          "the header needs the columns id, type and alias or aliases (and may have name and lang): "
                          "nothing read");
    return out;
  }
  EntityListBuilder builder(fileName, source, out);
  builder.reserve(static_cast<std::size_t>(std::count(bytes.begin(), bytes.end(), '\n')));  // at most one per row
  std::vector<std::string> fields;
  const auto at = [&](std::size_t column) {
    return column == none ? std::string_view() : std::string_view(fields[column]);
  };
  for (;;) {
    const auto status = reader.next(fields, line);
    if (status == CsvRecordReader::Status::kEnd) break;
    if (status == CsvRecordReader::Status::kUnclosedQuote) {
      builder.issue(line, ErrorCode::kMalformedRecord, "quote not closed before the end of the file: stopped reading here");
      break;
    }
    if (fields.size() != header.size()) {
      builder.issue(line, ErrorCode::kMalformedRecord,
                    "expected " + std::to_string(header.size()) + " fields as in the header, found " +
                        std::to_string(fields.size()));
      continue;
    }
    if (std::any_of(fields.begin(), fields.end(),
                    [](const std::string& f) { return findInvalidUtf8(f) != std::string_view::npos; })) {
      builder.issue(line, ErrorCode::kInvalidUtf8, "invalid UTF-8: row skipped");
      continue;
    }
    const std::optional<std::size_t> index = builder.begin(line, at(id), at(type), at(name), false);
    if (!index) continue;
    if (!at(alias).empty()) builder.addAlias(line, *index, at(alias), at(lang));
    addAliasList(builder, line, *index, at(aliases), at(lang));
  }
  builder.finish();
  return out;
}

}  // namespace qalam::entity_list_detail
