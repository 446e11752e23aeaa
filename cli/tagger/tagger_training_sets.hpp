// The labelled corpora the name tagger is trained on, read the same way by
// the build's trainer and by the evaluation's cross-validation: KazNERD
// valid (kk), NewsFANE part 1 (ar) and the factRuEval-2016 devset (ru), from
// the shared folder beside the clone.
#pragma once

#include <string>
#include <vector>

#include "ner_corpora.hpp"
#include "qalam/name_tagger.hpp"

namespace qalam::eval {

// The files read under `sharedDir`, for the build to depend on and to name
// when one is missing.
std::vector<std::string> trainingFiles(const std::string& sharedDir);

// The three sets, in this order. Throws std::runtime_error naming the file
// on a missing or malformed one.
std::vector<LabelledSet> readTrainingSets(const std::string& sharedDir);

// A set's texts with their gold names typed for the tagger ("GPE/LOC"
// becomes GPE).
std::vector<TaggedText> taggedTexts(const LabelledSet& set);

}  // namespace qalam::eval
