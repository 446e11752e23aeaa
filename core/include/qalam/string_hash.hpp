// A 32-bit hash of a short byte string for the vocabulary's and the
// analyzer's tables: MurmurHash3's x86_32 steps, four bytes at a time (a
// byte-at-a-time hash was a visible share of an index build). The same
// value on every platform: bytes are read little-endian.
#pragma once

#include <cstdint>
#include <string_view>

namespace qalam {

inline std::uint32_t hashBytes(std::string_view s, std::uint32_t seed = 0) {
  auto rotl = [](std::uint32_t x, int r) { return (x << r) | (x >> (32 - r)); };
  constexpr std::uint32_t c1 = 0xcc9e2d51u;
  constexpr std::uint32_t c2 = 0x1b873593u;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::uint32_t h = seed;
  std::size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    std::uint32_t k = std::uint32_t{p[i]} | std::uint32_t{p[i + 1]} << 8 | std::uint32_t{p[i + 2]} << 16 |
                      std::uint32_t{p[i + 3]} << 24;
    k = rotl(k * c1, 15) * c2;
    h = rotl(h ^ k, 13) * 5 + 0xe6546b64u;
  }
  std::uint32_t k = 0;
  switch (n - i) {
    case 3: k ^= std::uint32_t{p[i + 2]} << 16; [[fallthrough]];
    case 2: k ^= std::uint32_t{p[i + 1]} << 8; [[fallthrough]];
    case 1: k ^= p[i]; h ^= rotl(k * c1, 15) * c2; break;
    default: break;
  }
  h ^= static_cast<std::uint32_t>(n);
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;
  return h;
}

}  // namespace qalam
