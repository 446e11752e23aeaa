// Where a command's corpus comes from: corpus files (any supported format)
// or a saved index, chosen by --corpus FILE... or --index FILE.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "arguments.hpp"
#include "qalam/corpus.hpp"
#include "qalam/corpus_format.hpp"

namespace qalam::cli {

struct CorpusSource {
  std::vector<std::string> corpusFiles;
  std::string indexFile;
  std::vector<std::string> entityLists;  // the user's own (JSON or CSV), over the curated list
  std::string entityEdits;               // a JSON array of merges, renames and splits, applied last
  FieldMapping fields;                   // where corpus files keep each document field (--field FIELD=KEY)
};

// Reads every --field FIELD=KEY into `source.fields`; false (with `problem`
// set) for a malformed one, or when given with a saved index.
bool readFieldOptions(const Arguments& a, CorpusSource& source, std::string& problem);

// Loads the corpus with the gazetteer and curated entity list of this build
// (a warning when they are missing: entities then come from rules only),
// then the user's lists, then the entity edits. Import issues go to stderr as `file:line: message`.
// Returns null (after printing why) when nothing could be loaded.
std::unique_ptr<Corpus> openCorpus(const CorpusSource& source, const char* command);

// Reads a whole file; false (after printing why) when it cannot.
bool readWholeFile(const std::string& path, std::string& bytes, const char* command);

}  // namespace qalam::cli
