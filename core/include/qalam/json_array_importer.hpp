// Reads news articles from one JSON array of objects, the fields as in JSON
// Lines (`id`, `text` and optional `title`, `lang`, `date`, `source`).
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "qalam/corpus_format.hpp"
#include "qalam/document.hpp"
#include "qalam/error.hpp"

namespace qalam {

// Elements nested deeper than this are refused before they are parsed, so a
// hostile file cannot exhaust the stack.
inline constexpr std::uint32_t kMaxJsonDepth = 64;

// Calls `sink` for every well-formed element in file order, with the line its
// element starts on. A malformed element is one issue and the others still
// load; each element is read as a JSON Lines record would be (invalid UTF-8
// replaced with a warning, empty records kept with a warning). A file that is
// not an array is one issue at the line of the first offending character.
// A UTF-8 BOM and CRLF are accepted; an empty file holds no documents.
std::vector<ImportIssue> readJsonArray(std::string_view fileName, std::string_view bytes,
                                       const std::function<void(Document&&, std::uint32_t line)>& sink);
// The same with the fields read from the keys `fields` names.
std::vector<ImportIssue> readJsonArray(std::string_view fileName, std::string_view bytes,
                                       const std::function<void(Document&&, std::uint32_t line)>& sink,
                                       const FieldMapping& fields);

}  // namespace qalam
