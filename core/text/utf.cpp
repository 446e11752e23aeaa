#include "qalam/utf.hpp"

#include <unicode/utf8.h>

#include <cstring>

namespace qalam {

std::size_t findInvalidUtf8(std::string_view s) {
  // Runs of ASCII eight bytes a step and two-byte letters (Cyrillic, Arabic
  // script) inline; ICU's decoder for the rest.
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto length = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < length;) {
    if (i + 8 <= length) {
      std::uint64_t w = 0;
      std::memcpy(&w, p + i, 8);
      if ((w & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    const std::uint8_t b = p[i];
    if (b < 0x80) {
      ++i;
      continue;
    }
    if (b >= 0xC2 && b <= 0xDF && i + 1 < length && (p[i + 1] & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(p, i, length, c);
    if (c < 0) return static_cast<std::size_t>(start);
  }
  return std::string_view::npos;
}

std::size_t replaceInvalidUtf8(std::string& s) {
  if (findInvalidUtf8(s) == std::string_view::npos) return 0;
  std::string out;
  out.reserve(s.size() + 16);
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto length = static_cast<int32_t>(s.size());
  std::size_t replaced = 0;
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(p, i, length, c);
    if (c < 0) {
      out += "\xEF\xBF\xBD";
      ++replaced;
    } else {
      out.append(s, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    }
  }
  s = std::move(out);
  return replaced;
}

void utf8ToUtf16Offsets(std::string_view s, std::vector<std::uint32_t>& offsets) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto length = static_cast<int32_t>(s.size());
  int32_t byte = 0;
  std::uint32_t unit = 0;
  for (std::uint32_t& offset : offsets) {
    while (byte < length && static_cast<std::uint32_t>(byte) < offset) {
      const int32_t start = byte;
      UChar32 c = 0;
      U8_NEXT(p, byte, length, c);
      if (static_cast<std::uint32_t>(byte) > offset) {  // offset inside this sequence
        byte = start;
        break;
      }
      unit += (c >= 0x10000) ? 2 : 1;  // an invalid sequence counts as one U+FFFD
    }
    offset = unit;
  }
}

void appendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace qalam
