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
  std::vector<std::string> entityLists;  // the user's own (JSON or CSV), over the curated list
  std::string entityEdits;               // a JSON array of merges, renames and splits, applied last
};

// Loads the corpus with the gazetteer and curated entity list of this build
// (a warning when they are missing: entities then come from rules only),
// then the user's lists, then the entity edits. Import issues go to stderr as `file:line: message`.
// Returns null (after printing why) when nothing could be loaded.
std::unique_ptr<Corpus> openCorpus(const CorpusSource& source, const char* command);

// Reads a whole file; false (after printing why) when it cannot.
bool readWholeFile(const std::string& path, std::string& bytes, const char* command);

}  // namespace qalam::cli
