// UTF-8 helpers. Core speaks UTF-8 byte offsets; JavaScript wants UTF-16 code
// unit indices. This is the one conversion both sides of the seam rely on.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace qalam {

// Byte offset of the first invalid UTF-8 sequence, or npos when `s` is valid.
std::size_t findInvalidUtf8(std::string_view s);

// Replaces every invalid UTF-8 sequence in `s` with U+FFFD (one per maximal
// invalid subpart, as ICU and the WHATWG decoder do); returns how many.
std::size_t replaceInvalidUtf8(std::string& s);

// Converts ascending UTF-8 byte offsets into `s` to UTF-16 code unit indices,
// in place. An offset inside a multi-byte sequence maps to the index of that
// sequence's character. Offsets must be sorted ascending and <= s.size().
void utf8ToUtf16Offsets(std::string_view s, std::vector<std::uint32_t>& offsets);

// Appends one code point (at most U+10FFFF, not a surrogate) as UTF-8.
void appendUtf8(std::string& out, char32_t c);

}  // namespace qalam
