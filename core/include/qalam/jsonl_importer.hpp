// Reads news articles from JSON Lines: one object per line with `id`, `text`
// and optional `title`, `lang`, `date`, `source`.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "qalam/corpus_format.hpp"
#include "qalam/document.hpp"
#include "qalam/error.hpp"

namespace qalam {

// Calls `sink` for every well-formed record in file order; every malformed
// line (bad JSON, missing id, mistyped fields) becomes an issue and the
// reading goes on. Invalid UTF-8 is replaced with U+FFFD and an empty record
// is kept, each with a warning (an issue with skipped = false). Blank lines
// are ignored; CRLF and a UTF-8 BOM are accepted.
std::vector<ImportIssue> readJsonLines(std::string_view fileName, std::string_view bytes,
                                       const std::function<void(Document&&, std::uint32_t line)>& sink);
// The same with the fields read from the keys `fields` names.
std::vector<ImportIssue> readJsonLines(std::string_view fileName, std::string_view bytes,
                                       const std::function<void(Document&&, std::uint32_t line)>& sink,
                                       const FieldMapping& fields);

}  // namespace qalam
