// Reads news articles from CSV (RFC 4180) with a header row naming the
// columns; `;` and tab separated exports are read the same way.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "qalam/corpus_format.hpp"
#include "qalam/document.hpp"
#include "qalam/error.hpp"

namespace qalam {

// The header name holding each field, matched case-insensitively; empty: the
// field's own name or a common alias (corpus_format.hpp).
using CsvColumns = FieldMapping;

struct CsvOptions {
  char delimiter = 0;  // 0: whichever of ',' ';' '\t' the header uses most
  CsvColumns columns;
};

// Calls `sink` for every well-formed record in file order with the line the
// record starts on (quoted fields may hold line breaks). Without an id
// column, ids are `row-N`, N counting records after the header. A record
// with fewer or more fields than the header is an issue and is skipped; an
// unclosed quote is an issue and ends the reading, since the rest of the file
// cannot be split reliably. A header naming neither text nor title, or
// lacking a column given in `options`, is one issue and nothing is read.
// Invalid UTF-8 is replaced with U+FFFD and an empty record kept, each with
// a warning; blank lines are ignored; CRLF and a UTF-8 BOM are accepted.
std::vector<ImportIssue> readCsv(std::string_view fileName, std::string_view bytes,
                                 const std::function<void(Document&&, std::uint32_t line)>& sink,
                                 const CsvOptions& options = {});

}  // namespace qalam
