// Which reader a corpus file needs, and reading it with that reader.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "qalam/document.hpp"
#include "qalam/error.hpp"

namespace qalam {

enum class CorpusFormat : std::uint8_t { kJsonLines, kJsonArray, kCsv, kText };

// By extension, case-insensitively: .jsonl and .ndjson are JSON Lines, .json
// a JSON array unless its first non-space character is '{' (JSON Lines saved
// as .json), .csv and .tsv CSV, .txt text. Any other name is told by its
// first non-space character: '{' JSON Lines, '[' JSON array, else text.
CorpusFormat detectFormat(std::string_view fileName, std::string_view firstBytes);

// Reads a file with the reader its format needs (.tsv split on tabs); a text
// file is one document, sunk with line 1 unless it was skipped.
std::vector<ImportIssue> readCorpusFile(std::string_view fileName, std::string_view bytes,
                                        const std::function<void(Document&&, std::uint32_t line)>& sink);

}  // namespace qalam
