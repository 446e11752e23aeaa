// What the name tagger sees of a text, shared by tagging and training: the
// analyzer's words, the features of each word as hashed slots (word, stem,
// neighbours, affixes, shape, sentence start and quotes, lexicon membership
// and the rules' own tags), the rules' mentions, and the BIO tag set with
// its tag-history features.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "qalam/entity.hpp"
#include "qalam/entity_lexicon.hpp"
#include "qalam/language.hpp"
#include "qalam/name_recognizer.hpp"
#include "qalam/name_tagger_model.hpp"

namespace qalam::tagger {

constexpr std::size_t kTags = NameTaggerModel::kTags;
constexpr std::size_t kOutside = 0;
inline constexpr std::array<EntityType, 6> kTypes = {EntityType::kPerson,   EntityType::kOrganization,
                                                     EntityType::kGeopolitical, EntityType::kLocation,
                                                     EntityType::kFacility, EntityType::kEvent};

std::optional<std::size_t> typeIndex(EntityType type);
inline std::size_t beginTag(std::size_t type) { return 1 + 2 * type; }
inline std::size_t insideTag(std::size_t type) { return 2 + 2 * type; }
inline bool isInside(std::size_t tag) { return tag != kOutside && tag % 2 == 0; }
inline std::size_t typeOfTag(std::size_t tag) { return (tag - 1) / 2; }
// I-X only continues B-X or I-X.
inline bool allowedAfter(std::size_t previous, std::size_t tag) {
  return !isInside(tag) || (previous != kOutside && typeOfTag(previous) == typeOfTag(tag));
}

struct TaggerInput {
  std::vector<WordSpan> words;
  std::vector<std::vector<std::uint32_t>> features;  // per word, without tag history
  std::vector<Mention> rules;                        // the recognizer's mentions
};

TaggerInput prepareInput(std::string_view text, Language language, const EntityLexicon& lexicon,
                         const NameRecognizer& recognizer);

// The tag-history features of a word: the previous tag, and the two before
// it, per language so that each language learns its own transitions.
class HistoryFeatures {
 public:
  explicit HistoryFeatures(Language language);
  std::uint32_t previous(std::size_t tag) const { return previous_[tag]; }
  std::uint32_t pair(std::size_t beforePrevious, std::size_t previous) const {
    return pair_[beforePrevious * kTags + previous];
  }

 private:
  std::array<std::uint32_t, kTags> previous_{};
  std::array<std::uint32_t, kTags * kTags> pair_{};
};

// BIO tags of the gold mentions over `words` (a word overlapped by a mention
// takes its tag; the first mention wins).
std::vector<std::size_t> goldTags(const std::vector<WordSpan>& words, const std::vector<Mention>& gold);

// Greedy left-to-right decoding; `score(word, previous, beforePrevious)`
// fills the kTags scores of one word.
template <typename Score>
std::vector<std::size_t> decode(std::size_t words, Score score) {
  std::vector<std::size_t> tags(words, kOutside);
  std::size_t previous = kOutside, beforePrevious = kOutside;
  for (std::size_t i = 0; i < words; ++i) {
    std::array<std::int64_t, kTags> s{};
    score(i, previous, beforePrevious, s);
    std::size_t best = kOutside;
    for (std::size_t t = 1; t < kTags; ++t) {
      if (allowedAfter(previous, t) && s[t] > s[best]) best = t;
    }
    tags[i] = best;
    beforePrevious = previous;
    previous = best;
  }
  return tags;
}

}  // namespace qalam::tagger
