// Reads one plain text file as one news article.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "qalam/document.hpp"
#include "qalam/error.hpp"

namespace qalam {

inline constexpr std::size_t kMaxTextTitleBytes = 200;

// The document of a plain text file: id is the file name without folders and
// extension, title the first non-empty line (trimmed, cut to at most
// kMaxTextTitleBytes on a character boundary), text the whole content. A
// UTF-8 BOM is dropped; UTF-16 LE or BE with a BOM is converted to UTF-8.
// Invalid UTF-8 (or unpaired UTF-16) is replaced with U+FFFD with a warning,
// and an empty file kept with a warning. A file with NUL bytes and no UTF-16
// BOM is binary: one skipped issue is added to `issues` and the returned
// document must not be used.
Document documentFromText(std::string_view fileName, std::string_view bytes, std::vector<ImportIssue>& issues);

// Converts UTF-16 (BOM already removed) to UTF-8 into `out`. Unpaired
// surrogates and an odd last byte become U+FFFD; returns how many, and sets
// `firstReplaced` to the UTF-8 offset of the first.
std::size_t utf16ToUtf8(std::string_view bytes, bool bigEndian, std::string& out, std::size_t& firstReplaced);

}  // namespace qalam
