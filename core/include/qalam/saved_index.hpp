// A corpus saved as one versioned binary file: the page keeps it in the
// browser, the CLI writes it ahead of time.
//
// Layout (little-endian): "QALAMIDX", u32 format version, u32 analyzer
// version, u64 payload size, u32 CRC-32 of the payload, then the payload:
// three sections, each u8 packing (0 stored, 1 one zlib stream), varint size,
// varint stored size and the stored bytes. The sections: the documents (field
// by field: all ids, all titles, ...), the postings (variable-byte encoded,
// vocabulary and skip lists), then the name keys, entities and entity edits.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "qalam/corpus.hpp"
#include "qalam/error.hpp"

namespace qalam {

inline constexpr std::uint32_t kSavedIndexFormat = 5;

struct LoadedCorpus {
  std::unique_ptr<Corpus> corpus;  // null on error
  Error error;
};

// kCompact compresses each section with zlib where that saves at least a
// sixteenth of it (the benchmark slice's saved index: 0.50 of the fast
// one's size, loading in 1.6 times as long); kFast stores them as they are,
// for a load with nothing to inflate (in-memory copies of a corpus).
enum class SaveMode { kCompact, kFast };

std::vector<std::uint8_t> saveCorpus(const Corpus& corpus, SaveMode mode = SaveMode::kCompact);

// A file that is not a saved index, from another format or analyzer version,
// truncated or corrupt is an error that says which; never a partial corpus.
LoadedCorpus loadCorpus(std::string_view bytes);

}  // namespace qalam
