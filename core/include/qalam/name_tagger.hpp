// An averaged-perceptron sequence tagger for names (BIO tags over the
// analyzer's words), stacked on the rule-based NameRecognizer: the rules'
// own decision at each word is one of its features, beside word shape,
// prefixes and suffixes, neighbouring words and the previous tags.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "qalam/entity.hpp"
#include "qalam/entity_lexicon.hpp"
#include "qalam/language.hpp"
#include "qalam/name_recognizer.hpp"

namespace qalam {

struct TaggedText {
  std::string text;
  Language language = Language::kOther;
  std::vector<Mention> gold;  // type, begin and end are read
};

class NameTagger {
 public:
  // The six name types, each with a B- and an I- tag, and O.
  static constexpr std::size_t kTags = 13;

  // The recognizer (and its lexicon) must outlive the tagger.
  NameTagger(const EntityLexicon& lexicon, const NameRecognizer& recognizer);

  // Trains from scratch: `epochs` passes in the given order, weights
  // averaged over every update (deterministic for the same input).
  void train(const std::vector<TaggedText>& texts, int epochs);

  // Mentions in text order; ids as the recognizer gives them when it found
  // the same span, else "name:<TYPE>:<keys>".
  std::vector<Mention> tag(std::string_view text, Language language) const;

  // Weights as "feature-hash tag weight" lines of integers (weights scaled
  // by 1000, zeros left out); load() reads what save() wrote and throws
  // std::runtime_error naming the line on anything else.
  std::string save() const;
  void load(std::string_view saved);
  std::size_t featureCount() const { return weights_.size(); }

 private:
  struct Example;
  Example prepare(std::string_view text, Language language) const;
  std::size_t predict(const std::vector<std::uint64_t>& features, std::size_t previous, std::size_t beforePrevious) const;

  using Weights = std::vector<float>;  // kTags per feature
  const EntityLexicon* lexicon_;
  const NameRecognizer* recognizer_;
  std::unordered_map<std::uint64_t, Weights> weights_;
  std::unordered_map<std::uint64_t, Weights> totals_;  // for averaging while training
  std::unordered_map<std::uint64_t, std::vector<std::uint64_t>> stamps_;
  std::uint64_t step_ = 0;
};

}  // namespace qalam
