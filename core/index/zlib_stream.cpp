#include "zlib_stream.hpp"

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace qalam::index {
namespace {

// zlib counts in uInt (32 bits): large buffers go through in pieces.
constexpr std::size_t kStep = std::numeric_limits<uInt>::max() / 2;

uInt piece(std::size_t left) { return static_cast<uInt>(std::min(left, kStep)); }

}  // namespace

std::vector<std::uint8_t> zlibCompress(const std::uint8_t* data, std::size_t size, int level) {
  z_stream z{};
  std::vector<std::uint8_t> out;
  if (deflateInit(&z, level) != Z_OK) return out;
  // deflateBound takes uLong (32 bits in wasm); past that, grow as needed.
  out.resize(size <= kStep ? deflateBound(&z, static_cast<uLong>(size)) : size / 2 + 64);
  std::size_t inLeft = size;
  std::size_t written = 0;
  z.next_in = const_cast<Bytef*>(data);
  int status = Z_OK;
  while (status != Z_STREAM_END) {
    if (written == out.size()) out.resize(out.size() + out.size() / 2 + 64);
    z.avail_in = piece(inLeft);
    z.next_out = out.data() + written;
    z.avail_out = piece(out.size() - written);
    const uInt inBefore = z.avail_in;
    const uInt outBefore = z.avail_out;
    status = deflate(&z, inLeft == z.avail_in ? Z_FINISH : Z_NO_FLUSH);
    inLeft -= inBefore - z.avail_in;
    written += outBefore - z.avail_out;
    if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) break;
  }
  deflateEnd(&z);
  if (status != Z_STREAM_END) return {};
  out.resize(written);
  return out;
}

bool zlibDecompress(const std::uint8_t* data, std::size_t size, std::uint8_t* out, std::size_t outSize) {
  z_stream z{};
  if (inflateInit(&z) != Z_OK) return false;
  std::size_t inLeft = size;
  std::size_t outLeft = outSize;
  z.next_in = const_cast<Bytef*>(data);
  // zlib refuses a null output even when nothing is to be written.
  Bytef none = 0;
  z.next_out = out != nullptr ? out : &none;
  int status = Z_OK;
  while (status == Z_OK) {
    z.avail_in = piece(inLeft);
    z.avail_out = piece(outLeft);
    const uInt inBefore = z.avail_in;
    const uInt outBefore = z.avail_out;
    status = inflate(&z, Z_NO_FLUSH);
    inLeft -= inBefore - z.avail_in;
    outLeft -= outBefore - z.avail_out;
    // No progress possible: input used up or output full before the end.
    if (status == Z_OK && inBefore == z.avail_in && outBefore == z.avail_out) status = Z_DATA_ERROR;
    if (status == Z_BUF_ERROR) status = Z_DATA_ERROR;
  }
  inflateEnd(&z);
  return status == Z_STREAM_END && inLeft == 0 && outLeft == 0;
}

}  // namespace qalam::index
