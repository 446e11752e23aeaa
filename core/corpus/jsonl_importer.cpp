#include "qalam/jsonl_importer.hpp"

#include <nlohmann/json.hpp>

#include "import_mapped_keys.hpp"
#include "qalam/json_array_importer.hpp"
#include "qalam/utf.hpp"

namespace qalam {
namespace {

// Whether a record nests past kMaxJsonDepth, as the JSON array reader
// refuses its elements: brackets counted outside strings, the record's own
// included, stopping at the first level too deep (a line of 50 million "["
// costs one pass and no memory).
bool nestedTooDeep(std::string_view line) {
  std::uint32_t depth = 0;
  bool inString = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (inString) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        inString = false;
      }
    } else if (c == '"') {
      inString = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth) return true;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return false;
}

using nlohmann::json;

// Reads an optional string field; a present non-string value is an error.
// `found` is set when the key is there, whatever its value.
bool readString(const json& object, const std::string& key, bool isId, std::string& out, bool& found,
                std::string& problem) {
  const auto it = object.find(key);
  if (it == object.end()) return true;
  found = true;
  if (it->is_null()) return true;
  if (it->is_string()) {
    out = it->get<std::string>();
    return true;
  }
  if (it->is_number() && isId) {  // numeric ids are common in exports
    out = it->dump();
    return true;
  }
  problem = "field \"" + key + "\" must be a string";
  return false;
}

ImportIssue issueAt(std::string_view fileName, std::uint32_t line, ErrorCode code, std::string message) {
  return ImportIssue{std::string(fileName), line, code, std::move(message)};
}

}  // namespace

std::vector<ImportIssue> readJsonLines(std::string_view fileName, std::string_view bytes,
                                       const std::function<void(Document&&, std::uint32_t)>& sink) {
  return readJsonLines(fileName, bytes, sink, FieldMapping{});
}

std::vector<ImportIssue> readJsonLines(std::string_view fileName, std::string_view bytes,
                                       const std::function<void(Document&&, std::uint32_t)>& sink,
                                       const FieldMapping& fields) {
  const auto keys = jsonKeys(fields);
  return readWithMapping(fileName, fields, sink, [&](const DocumentSink& into, MappedKeysFound& found) {
    return readJsonRecords(fileName, bytes, into, keys, found);
  });
}

std::vector<ImportIssue> readJsonRecords(std::string_view fileName, std::string_view bytes, const DocumentSink& sink,
                                         const std::array<std::string, kMappedFields.size()>& keys,
                                         MappedKeysFound& found) {
  std::vector<ImportIssue> issues;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::uint32_t lineNumber = 0;
  std::size_t start = 0;
  while (start < bytes.size()) {
    std::size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = bytes.substr(start, end - start);
    start = end + 1;
    ++lineNumber;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;

    // Invalid UTF-8 becomes U+FFFD before parsing; the document is kept and
    // the repair reported once.
    std::string repaired;
    std::size_t replaced = 0;
    if (const std::size_t bad = findInvalidUtf8(line); bad != std::string_view::npos) {
      repaired.assign(line);
      replaced = replaceInvalidUtf8(repaired);
      line = repaired;
    }
    if (nestedTooDeep(line)) {
      issues.push_back(issueAt(fileName, lineNumber, ErrorCode::kMalformedRecord,
                               "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels: not read"));
      continue;
    }
    json object = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (object.is_discarded()) {
      issues.push_back(issueAt(fileName, lineNumber, ErrorCode::kMalformedRecord, "not valid JSON"));
      continue;
    }
    if (!object.is_object()) {
      issues.push_back(issueAt(fileName, lineNumber, ErrorCode::kMalformedRecord, "expected a JSON object"));
      continue;
    }
    Document doc;
    std::string problem;
    bool ok = true;
    for (std::size_t f = 0; ok && f < kMappedFields.size(); ++f) {
      ok = readString(object, keys[f], f == 0, documentField(doc, f), found[f], problem);
    }
    if (!ok) {
      issues.push_back(issueAt(fileName, lineNumber, ErrorCode::kMalformedRecord, problem));
      continue;
    }
    if (doc.id.empty()) {
      issues.push_back(issueAt(fileName, lineNumber, ErrorCode::kMalformedRecord, "missing \"" + keys[0] + "\""));
      continue;
    }
    if (replaced > 0) {
      ImportIssue warning = issueAt(fileName, lineNumber, ErrorCode::kInvalidUtf8,
                                    "invalid UTF-8 replaced with U+FFFD (" + std::to_string(replaced) + " sequence" +
                                        (replaced == 1 ? ")" : "s)"));
      warning.skipped = false;
      issues.push_back(std::move(warning));
    }
    if (doc.text.empty() && doc.title.empty()) {
      ImportIssue warning = issueAt(fileName, lineNumber, ErrorCode::kEmptyDocument, "no \"text\" or \"title\": kept, nothing to search");
      warning.skipped = false;
      issues.push_back(std::move(warning));
    }
    sink(std::move(doc), lineNumber);
  }
  return issues;
}

}  // namespace qalam
