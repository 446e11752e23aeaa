// A field mapping over JSON records: the keys it names must be in the file.
// Shared by the JSON Lines and JSON array readers.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "qalam/corpus_format.hpp"

namespace qalam {

using DocumentSink = std::function<void(Document&&, std::uint32_t)>;
// Per field of kMappedFields: whether some record held the key it is read from.
using MappedKeysFound = std::array<bool, kMappedFields.size()>;

// The field of `doc` that kMappedFields[f] names.
inline std::string& documentField(Document& doc, std::size_t f) {
  static constexpr std::array<std::string Document::*, kMappedFields.size()> kMembers = {
      &Document::id, &Document::title, &Document::text, &Document::lang, &Document::date, &Document::source};
  return doc.*kMembers[f];
}

// The key each field is read from: the mapping's, else the field's own name.
inline std::array<std::string, kMappedFields.size()> jsonKeys(const FieldMapping& fields) {
  std::array<std::string, kMappedFields.size()> keys;
  for (std::size_t f = 0; f < kMappedFields.size(); ++f) {
    const std::string& given = *mappedKey(fields, kMappedFields[f]);
    keys[f] = given.empty() ? std::string(kMappedFields[f]) : given;
  }
  return keys;
}

// JSON Lines records, each field read from its key of `keys` (jsonKeys), the
// keys found marked in `found`. The JSON array reader reads its elements
// through it too.
std::vector<ImportIssue> readJsonRecords(std::string_view fileName, std::string_view bytes, const DocumentSink& sink,
                                         const std::array<std::string, kMappedFields.size()>& keys,
                                         MappedKeysFound& found);

// Runs `read`, which marks the keys it finds. With the default mapping the
// documents go straight to `sink`; with another they are held until the end,
// and a named key no record held makes one issue for the whole file and no
// documents (a mistyped key would otherwise import empty documents).
inline std::vector<ImportIssue> readWithMapping(
    std::string_view fileName, const FieldMapping& fields, const DocumentSink& sink,
    const std::function<std::vector<ImportIssue>(const DocumentSink&, MappedKeysFound&)>& read) {
  MappedKeysFound found{};
  if (fields == FieldMapping{}) return read(sink, found);
  std::vector<std::pair<Document, std::uint32_t>> held;
  std::vector<ImportIssue> issues =
      read([&held](Document&& doc, std::uint32_t line) { held.emplace_back(std::move(doc), line); }, found);
  for (std::size_t f = 0; f < kMappedFields.size(); ++f) {
    const std::string& given = *mappedKey(fields, kMappedFields[f]);
    if (given.empty() || found[f]) continue;
    std::string message = "key \"" + given + "\" given for " + std::string(kMappedFields[f]) +
                          " is in no record: nothing read";
    return {ImportIssue{std::string(fileName), 0, ErrorCode::kMalformedRecord, std::move(message), true}};
  }
  for (auto& [doc, line] : held) sink(std::move(doc), line);
  return issues;
}

}  // namespace qalam
