// A token as produced by the analyzer chain, identical at index and query time.
#pragma once

#include <cstdint>
#include <string>

namespace qalam {

struct Token {
  std::string term;             // normalized form, the key in the index
  std::uint32_t position = 0;   // ordinal of the word within the analyzed text
  std::uint32_t begin = 0;      // UTF-8 byte offset into the original text
  std::uint32_t end = 0;        // one past the last byte
};

}  // namespace qalam
