// Where a command's corpus comes from: corpus files (any supported format)
// or a saved index, chosen by --corpus FILE... or --index FILE.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "qalam/corpus.hpp"

namespace qalam::cli {

struct CorpusSource {
  std::vector<std::string> corpusFiles;
  std::string indexFile;
};

// Loads the corpus; import issues go to stderr as `file:line: message`.
// Returns null (after printing why) when nothing could be loaded.
std::unique_ptr<Corpus> openCorpus(const CorpusSource& source, const char* command);

// Reads a whole file; false (after printing why) when it cannot.
bool readWholeFile(const std::string& path, std::string& bytes, const char* command);

}  // namespace qalam::cli
