// A corpus's analyzer and name keyer, shared by indexing, queries and
// entities, with what it keeps for entities: the lexicon its lists feed,
// the extractor built over it, and the table of what was found. Held behind
// a pointer so that the lexicon's reference to the analyzer survives moves.
#pragma once

#include <memory>

#include "qalam/analyzer.hpp"
#include "qalam/entity_edits.hpp"
#include "qalam/entity_extractor.hpp"
#include "qalam/entity_lexicon.hpp"
#include "qalam/entity_table.hpp"
#include "qalam/name_key.hpp"

namespace qalam {

struct CorpusEntities {
  Analyzer analyzer;
  NameKeyer keyer;
  EntityLexicon lexicon{analyzer};
  EntityTable table;
  EntityEditLog edits;  // replayed on every mention extracted
  bool enabled = true;

  // Rebuilt when the lexicon changes.
  const EntityExtractor& extractor() {
    if (!extractor_) extractor_ = std::make_unique<EntityExtractor>(analyzer, lexicon, keyer);
    return *extractor_;
  }
  void lexiconChanged() { extractor_.reset(); }

 private:
  std::unique_ptr<EntityExtractor> extractor_;
};

}  // namespace qalam
