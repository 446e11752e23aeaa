// An averaged-perceptron sequence tagger for names (BIO tags over the
// analyzer's words), stacked on the rule-based NameRecognizer: the rules'
// own decision at each word is one of its features, beside word shape,
// prefixes and suffixes, neighbouring words, lexicon membership and the
// previous tags. Its weights come from NameTaggerTrainer at build time
// (name-tagger.bin, qalam/name_tagger_model.hpp).
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "qalam/entity.hpp"
#include "qalam/entity_lexicon.hpp"
#include "qalam/language.hpp"
#include "qalam/name_recognizer.hpp"
#include "qalam/name_tagger_model.hpp"

namespace qalam {

// A text with its gold names, for training.
struct TaggedText {
  std::string text;
  Language language = Language::kOther;
  std::vector<Mention> gold;  // type, begin and end are read
};

class NameTagger {
 public:
  // The lexicon and recognizer must outlive the tagger; `model` is shared.
  NameTagger(const EntityLexicon& lexicon, const NameRecognizer& recognizer,
             std::shared_ptr<const NameTaggerModel> model);

  // PER, ORG, GPE, LOC, FAC and EVENT mentions in text order, without
  // overlaps. Precedence: a rules mention carrying the id of a curated or
  // user list entity stays as the rules found it, and tagged names that
  // overlap it give way; every other name is the tagger's. A tagged name
  // takes the id of a rules mention with the same span and type, else of a
  // lexicon entity of its type whose alias spans exactly its words, else
  // "name:<TYPE>:<keys>".
  std::vector<Mention> tag(std::string_view text, Language language) const;

  const NameTaggerModel& model() const { return *model_; }

  static constexpr float kTaggedConfidence = 0.6f;

 private:
  const EntityLexicon* lexicon_;
  const NameRecognizer* recognizer_;
  std::shared_ptr<const NameTaggerModel> model_;
};

}  // namespace qalam
