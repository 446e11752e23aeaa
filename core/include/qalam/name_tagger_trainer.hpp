// Trains the name tagger's weights: an averaged perceptron over texts with
// gold names, quantised to int8 and pruned into a NameTaggerModel. Used by
// the build's trainer (cli/tagger/) and, with the same options, by the
// evaluation's cross-validation, so the figures measure what ships.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "qalam/entity_lexicon.hpp"
#include "qalam/language.hpp"
#include "qalam/name_recognizer.hpp"
#include "qalam/name_tagger.hpp"
#include "qalam/name_tagger_model.hpp"

namespace qalam {

struct NameTaggerTrainingOptions {
  int epochs = 8;
  // Averaged weights are scaled so that the largest is 127 and rounded;
  // smaller ones (in those units) are dropped. 1 keeps every nonzero one.
  int minimumWeight = 1;
  // The languages the extractor uses the tagger for: those where it clearly
  // beats rules and gazetteer in cross-validation (docs/EVALUATION.md).
  std::vector<Language> languages = {Language::kKazakh, Language::kArabic, Language::kRussian};
};

class NameTaggerTrainer {
 public:
  // The lexicon and recognizer give the features, as they will when tagging:
  // they must be the same kind (the build uses the gazetteer's places).
  NameTaggerTrainer(const EntityLexicon& lexicon, const NameRecognizer& recognizer);
  ~NameTaggerTrainer();
  NameTaggerTrainer(const NameTaggerTrainer&) = delete;
  NameTaggerTrainer& operator=(const NameTaggerTrainer&) = delete;

  // Reads a text's features once; training passes reuse them.
  void add(const TaggedText& text);
  std::size_t size() const;

  // Trains from scratch on the texts `use(index)` accepts: `epochs`
  // passes, each in a new pseudo-random order drawn from a fixed seed.
  // Integer arithmetic throughout: the same texts and options give the same
  // weights on every platform.
  NameTaggerModel train(const NameTaggerTrainingOptions& options,
                        const std::function<bool(std::size_t)>& use = {}) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace qalam
