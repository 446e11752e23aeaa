// Whole-buffer zlib (RFC 1950) compression for the sections of a saved
// index, through Debian's zlib compiled into the core (scripts/fetch-zlib.sh),
// so the native build and the wasm module write the same bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace qalam::index {

// `size` bytes as one zlib stream at `level` (1 fastest .. 9 smallest).
std::vector<std::uint8_t> zlibCompress(const std::uint8_t* data, std::size_t size, int level);

// Inflates one whole zlib stream into exactly `outSize` bytes at `out`. False
// when the stream is damaged, fails its Adler-32, inflates to more or fewer
// bytes, or is followed by anything.
bool zlibDecompress(const std::uint8_t* data, std::size_t size, std::uint8_t* out, std::size_t outSize);

}  // namespace qalam::index
