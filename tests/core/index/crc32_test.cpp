// The saved-index checksum: CRC-32 as zlib computes it, whatever the length
// and alignment (eight bytes a step, then the rest one at a time).
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "../../../core/index/byte_io.hpp"
#include "test_support.hpp"

namespace {

std::uint32_t crcOf(const std::string& s) {
  return qalam::index::crc32(reinterpret_cast<const std::uint8_t*>(s.data()), s.size());
}

}  // namespace

TEST_CASE("crc32 gives zlib's values") {
  struct Row {
    std::string input;
    std::uint32_t expected;
  };
  const std::vector<Row> rows = {
      {"", 0x00000000u},
      {"a", 0xE8B7BE43u},
      {"123456789", 0xCBF43926u},
      {"The quick brown fox jumps over the lazy dog", 0x414FA339u},
  };
  for (const Row& row : rows) {
    INFO(row.input);
    CHECK(crcOf(row.input) == row.expected);
  }
}

TEST_CASE("crc32 agrees with the bitwise definition at every length and offset") {
  std::vector<std::uint8_t> bytes(300);
  std::uint32_t x = 12345;
  for (std::uint8_t& b : bytes) {
    x = x * 1103515245u + 12345u;
    b = static_cast<std::uint8_t>(x >> 24);
  }
  for (std::size_t offset = 0; offset < 9; ++offset) {
    for (std::size_t size = 0; offset + size <= bytes.size(); size += 7) {
      INFO("offset " << offset << ", size " << size);
      REQUIRE(qalam::index::crc32(bytes.data() + offset, size) == qalam::test::bitwiseCrc32(bytes.data() + offset, size));
    }
  }
}
