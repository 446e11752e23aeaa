// Whole-buffer zlib streams for saved-index sections: every input comes back
// byte for byte, and a stream that is damaged, cut short, followed by more
// bytes or of another length than claimed is refused.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "../../../core/index/zlib_stream.hpp"

namespace {

using Bytes = std::vector<std::uint8_t>;

Bytes bytesOf(const std::string& s) { return Bytes(s.begin(), s.end()); }

// Text-like input: words from a small list in an order from a fixed LCG.
Bytes wordSoup(std::size_t size) {
  const std::vector<std::string> words = {"Алматы ", "آلماتی ", "ألماتي ", "Almaty ", "су ", "آب ", "\n"};
  Bytes out;
  std::uint32_t state = 12345;
  while (out.size() < size) {
    state = state * 1103515245u + 12345u;
    const std::string& w = words[(state >> 16) % words.size()];
    out.insert(out.end(), w.begin(), w.end());
  }
  out.resize(size);
  return out;
}

// Bytes with no pattern for zlib to find (xorshift).
Bytes noise(std::size_t size) {
  Bytes out(size);
  std::uint32_t x = 2463534242u;
  for (auto& b : out) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    b = static_cast<std::uint8_t>(x);
  }
  return out;
}

bool inflatesTo(const Bytes& packed, const Bytes& expected) {
  Bytes out(expected.size());
  return qalam::index::zlibDecompress(packed.data(), packed.size(), out.data(), out.size()) && out == expected;
}

}  // namespace

TEST_CASE("zlib streams give back what went in, smaller where the input repeats") {
  struct Row {
    const char* name;
    Bytes input;
    double atMost;  // packed size / input size
  };
  const std::vector<Row> rows = {
      {"empty", {}, 0},
      {"one byte", bytesOf("x"), 0},
      {"text in three scripts, 1 MB", wordSoup(1 << 20), 0.2},
      {"noise, 256 kB", noise(256 << 10), 0},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    for (int level : {1, 6, 9}) {
      INFO("level " << level);
      const Bytes packed = qalam::index::zlibCompress(row.input.data(), row.input.size(), level);
      REQUIRE_FALSE(packed.empty());  // even an empty input is a stream of a few bytes
      CHECK(inflatesTo(packed, row.input));
      if (row.atMost > 0) CHECK(static_cast<double>(packed.size()) <= row.atMost * static_cast<double>(row.input.size()));
    }
  }
}

TEST_CASE("a damaged, cut, padded or mis-sized zlib stream is refused") {
  const Bytes input = wordSoup(64 << 10);
  const Bytes packed = qalam::index::zlibCompress(input.data(), input.size(), 1);
  struct Row {
    const char* name;
    Bytes stream;
    std::size_t claimed;
  };
  auto with = [&](auto change) {
    Bytes b = packed;
    change(b);
    return b;
  };
  const std::vector<Row> rows = {
      {"nothing", {}, input.size()},
      {"cut in half", Bytes(packed.begin(), packed.begin() + static_cast<std::ptrdiff_t>(packed.size() / 2)), input.size()},
      {"last byte missing (Adler-32 cut)", Bytes(packed.begin(), packed.end() - 1), input.size()},
      {"a byte after the stream", with([](Bytes& b) { b.push_back(0); }), input.size()},
      {"Adler-32 changed", with([](Bytes& b) { b.back() ^= 1; }), input.size()},
      {"a flipped bit inside", with([](Bytes& b) { b[b.size() / 2] ^= 0x10; }), input.size()},
      {"header of another method", with([](Bytes& b) { b[0] = 0x79; }), input.size()},
      {"one byte shorter than claimed", packed, input.size() + 1},
      {"one byte longer than claimed", packed, input.size() - 1},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    Bytes out(row.claimed);
    CHECK_FALSE(qalam::index::zlibDecompress(row.stream.data(), row.stream.size(), out.data(), out.size()));
  }
  // And the untouched stream is accepted, so each row fails for its own change.
  CHECK(inflatesTo(packed, input));
}
