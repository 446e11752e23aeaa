// A corpus saved as one versioned binary file: the page keeps it in the
// browser, the CLI writes it ahead of time.
//
// Layout (little-endian): "QALAMIDX", u32 format version, u32 analyzer
// version, u64 payload size, u32 CRC-32 of the payload, then the payload:
// documents, postings (as stored, variable-byte encoded), name keys.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "qalam/corpus.hpp"
#include "qalam/error.hpp"

namespace qalam {

inline constexpr std::uint32_t kSavedIndexFormat = 4;

struct LoadedCorpus {
  std::unique_ptr<Corpus> corpus;  // null on error
  Error error;
};

std::vector<std::uint8_t> saveCorpus(const Corpus& corpus);

// A file that is not a saved index, from another format or analyzer version,
// truncated or corrupt is an error that says which; never a partial corpus.
LoadedCorpus loadCorpus(std::string_view bytes);

}  // namespace qalam
