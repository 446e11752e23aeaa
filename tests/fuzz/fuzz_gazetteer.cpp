// gazetteer.bin: every length, index and string is checked by the reader,
// so damaged bytes give an error and never a crash. The header's payload
// size and CRC-32 are repaired before reading, so the fuzzer's changes reach
// the payload decoder instead of all stopping at the checksum.
#include "../../core/index/byte_io.hpp"
#include "fuzz_support.hpp"
#include "qalam/gazetteer.hpp"

namespace {

constexpr std::size_t kSizeAt = 8 + 4;  // "QALAMGAZ", u32 format
constexpr std::size_t kHeaderSize = kSizeAt + 4 + 4;

void putU32(std::vector<std::uint8_t>& bytes, std::size_t at, std::uint32_t value) {
  for (std::size_t i = 0; i < 4; ++i) bytes[at + i] = static_cast<std::uint8_t>(value >> (8 * i));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace qalam;
  std::vector<std::uint8_t> bytes(data, data + size);
  if (size >= kHeaderSize) {
    const std::size_t payload = size - kHeaderSize;
    putU32(bytes, kSizeAt, static_cast<std::uint32_t>(payload));
    putU32(bytes, kSizeAt + 4, index::crc32(bytes.data() + kHeaderSize, payload));
  }
  const GazetteerLoad load = readGazetteer({reinterpret_cast<const char*>(bytes.data()), bytes.size()});
  if (load.error) fuzz::require(load.entities.empty(), "entities returned with an error");
  for (const LexiconEntity& entity : load.entities) {
    fuzz::require(findInvalidUtf8(entity.id) == std::string_view::npos &&
                      findInvalidUtf8(entity.name) == std::string_view::npos,
                  "an entity with invalid UTF-8");
    for (const LexiconAlias& alias : entity.aliases) {
      fuzz::require(findInvalidUtf8(alias.text) == std::string_view::npos, "an alias with invalid UTF-8");
    }
  }
  return 0;
}
