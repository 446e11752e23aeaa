// Loading a saved index. The header's payload size and CRC-32 are repaired
// before loading, so the fuzzer's changes reach the payload decoder instead
// of all stopping at the checksum; the magic and both versions stay as given.
// With QALAM_FUZZ_WRITE_SEED=<file> set, the target first writes a real saved
// index of a tiny corpus there, uncompressed, so that changes reach the
// section decoders, and the same index compressed beside it as <file>.zlib
// (scripts/fuzz.sh seeds each run with both).
#include <fstream>

#include "../../core/index/byte_io.hpp"
#include "fuzz_support.hpp"
#include "qalam/saved_index.hpp"

namespace {

constexpr std::size_t kSizeAt = 8 + 4 + 4;
constexpr std::size_t kHeaderSize = kSizeAt + 8 + 4;

void putLittleEndian(std::vector<std::uint8_t>& bytes, std::size_t at, std::uint64_t value, int width) {
  for (int i = 0; i < width; ++i) bytes[at + i] = static_cast<std::uint8_t>(value >> (8 * i));
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  if (const char* path = std::getenv("QALAM_FUZZ_WRITE_SEED")) {
    const auto corpus = qalam::fuzz::makeTinyCorpus();
    for (const auto mode : {qalam::SaveMode::kFast, qalam::SaveMode::kCompact}) {
      const std::vector<std::uint8_t> saved = qalam::saveCorpus(*corpus, mode);
      std::ofstream out(std::string(path) + (mode == qalam::SaveMode::kCompact ? ".zlib" : ""), std::ios::binary);
      out.write(reinterpret_cast<const char*>(saved.data()), static_cast<std::streamsize>(saved.size()));
      qalam::fuzz::require(out.good(), "cannot write the saved-index seeds");
    }
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace qalam;
  std::vector<std::uint8_t> bytes(data, data + size);
  if (size >= kHeaderSize) {
    const std::size_t payload = size - kHeaderSize;
    putLittleEndian(bytes, kSizeAt, payload, 8);
    putLittleEndian(bytes, kSizeAt + 8, index::crc32(bytes.data() + kHeaderSize, payload), 4);
  }
  const LoadedCorpus loaded = loadCorpus({reinterpret_cast<const char*>(bytes.data()), bytes.size()});
  fuzz::require((loaded.corpus == nullptr) == static_cast<bool>(loaded.error), "a corpus and an error together");
  if (!loaded.corpus) return 0;

  // A corpus that loaded is trusted as it is: it must answer without crashing.
  const Corpus& corpus = *loaded.corpus;
  for (DocId doc = 0; doc < corpus.size(); ++doc) (void)corpus.documentMentions(doc);
  SearchOptions options;
  options.facets = true;
  (void)corpus.search("almaty OR алматы OR آلماتی", options);
  return 0;
}
