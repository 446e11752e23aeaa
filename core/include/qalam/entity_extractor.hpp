// Every entity mention in a document: names (lexicon and rules), dates,
// sums and percentages, without overlaps.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "qalam/analyzer.hpp"
#include "qalam/entity.hpp"
#include "qalam/entity_lexicon.hpp"
#include "qalam/language.hpp"
#include "qalam/name_key.hpp"

namespace qalam {

class EntityExtractor {
 public:
  // The analyzer, lexicon and keyer must outlive the extractor. Entities
  // added to the lexicon later are seen by a new extractor only, and so are
  // name tagger weights installed later (installNameTaggerModel): names in
  // the languages the weights cover come from the NameTagger, the rest from
  // the NameRecognizer.
  EntityExtractor(const Analyzer& analyzer, const EntityLexicon& lexicon, const NameKeyer& keyer);
  ~EntityExtractor();
  EntityExtractor(const EntityExtractor&) = delete;
  EntityExtractor& operator=(const EntityExtractor&) = delete;

  // Mentions in text order. Where two overlap, the more confident one stays
  // (then the longer): a month name inside an organisation's name gives way.
  // `anchorDate` (the document's ISO date) completes dates without a year.
  std::vector<Mention> extract(std::string_view text, Language language, std::string_view anchorDate) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace qalam
