// LEB128-style variable-byte integers: 7 bits per byte, low bits first.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace qalam::index {

inline void putVarint(std::vector<std::uint8_t>& out, std::uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<std::uint8_t>(v | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<std::uint8_t>(v));
}

inline void putVarint(std::string& out, std::uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>(v | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}

// Writes `v` at `p` (room for 10 bytes) and returns the end: for writing a
// run of varints into room made once, rather than a byte at a time.
inline char* putVarint(char* p, std::uint64_t v) {
  while (v >= 0x80) {
    *p++ = static_cast<char>(v | 0x80);
    v >>= 7;
  }
  *p++ = static_cast<char>(v);
  return p;
}

// Reads one varint at `at` (advanced past it); false when the bytes end
// before it does or it is longer than 64 bits allow.
inline bool getVarint(const std::uint8_t* data, std::size_t size, std::size_t& at, std::uint64_t& v) {
  v = 0;
  for (unsigned shift = 0; shift < 64; shift += 7) {
    if (at >= size) return false;
    const std::uint8_t b = data[at++];
    v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
    if ((b & 0x80) == 0) return true;
  }
  return false;
}

}  // namespace qalam::index
