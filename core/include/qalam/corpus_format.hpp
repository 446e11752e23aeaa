// Which reader a corpus file needs, and reading it with that reader.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "qalam/document.hpp"
#include "qalam/error.hpp"

namespace qalam {

// Which key of a JSON record, or which column of a CSV header (matched
// case-insensitively), each document field is read from. Empty: the reader's
// default, the field's own name (in CSV also a common alias: text: body,
// content; title: headline; lang: language; date: published, published_at).
// Keys and columns named by no field are left out, as with the defaults. A
// key named here that no record of a file holds is one issue for the file,
// and nothing of the file is read. Text files take no mapping.
struct FieldMapping {
  std::string id;
  std::string title;
  std::string text;
  std::string lang;
  std::string date;
  std::string source;

  bool operator==(const FieldMapping&) const = default;
};

// The document fields a mapping names, in this order.
inline constexpr std::array<std::string_view, 6> kMappedFields = {"id", "title", "text", "lang", "date", "source"};

// The key of `field` ("id", "title", ...) in `mapping`, or null for a name
// that is not a document field.
std::string* mappedKey(FieldMapping& mapping, std::string_view field);
const std::string* mappedKey(const FieldMapping& mapping, std::string_view field);

// Sets one field's key from "FIELD=KEY" (the command line's --field); an
// unknown field or a missing '=' is an error naming what is accepted.
Error setMappedField(FieldMapping& mapping, std::string_view assignment);

enum class CorpusFormat : std::uint8_t { kJsonLines, kJsonArray, kCsv, kText };

// By extension, case-insensitively: .jsonl and .ndjson are JSON Lines, .json
// a JSON array unless its first non-space character is '{' (JSON Lines saved
// as .json), .csv and .tsv CSV, .txt text. Any other name is told by its
// first non-space character: '{' JSON Lines, '[' JSON array, else text.
CorpusFormat detectFormat(std::string_view fileName, std::string_view firstBytes);

// Reads a file with the reader its format needs (.tsv split on tabs), its
// fields taken as `fields` says; a text file is one document, sunk with line
// 1 unless it was skipped.
std::vector<ImportIssue> readCorpusFile(std::string_view fileName, std::string_view bytes,
                                        const std::function<void(Document&&, std::uint32_t line)>& sink);
std::vector<ImportIssue> readCorpusFile(std::string_view fileName, std::string_view bytes,
                                        const std::function<void(Document&&, std::uint32_t line)>& sink,
                                        const FieldMapping& fields);

}  // namespace qalam
