// Known entities and their names in every script: the generated gazetteer,
// the project's curated list and lists the user imports. Names are matched
// word by word on the analyzer's forms, so آلماتی, ألماتي and Алматыда find
// the aliases written آلماتی, ألماتي and Алматы.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "qalam/analyzer.hpp"
#include "qalam/entity.hpp"
#include "qalam/language.hpp"

namespace qalam {

// Where an entity comes from; a later source takes precedence when two
// sources describe the same id or the same alias.
enum class LexiconSource : std::uint8_t { kGazetteer, kCurated, kUser };

struct LexiconAlias {
  std::string text;
  Language language = Language::kOther;  // picks the stemmer for its words
};

struct LexiconEntity {
  std::string id;    // stable across builds: "kz-tokayev", "geo-1526384"
  EntityType type = EntityType::kPerson;
  std::string name;  // display name, English where known
  std::vector<LexiconAlias> aliases;
  LexiconSource source = LexiconSource::kCurated;
};

// The forms one word of a text can match by: its exact normalized form first,
// then its light stems (without the stem mark).
using WordForms = std::vector<std::string>;

// How a word is written, for names in scripts with case: an alias written
// with a capital (Astana) matches only a capitalized word (not астана,
// "capital"); one in capitals (ЕС, ООН) only a word in capitals.
enum class WordCase : std::uint8_t { kAny, kCapitalized, kAllCapitals };

struct WordSpan {
  WordForms forms;
  std::uint32_t begin = 0;  // UTF-8 byte offsets of the word
  std::uint32_t end = 0;
  WordCase writtenCase = WordCase::kAny;
  std::uint8_t letters = 0;  // of the exact form, capped at 255
  bool arabicScript = false;
};

class EntityLexicon {
 public:
  // The analyzer folds aliases and text alike; it must outlive the lexicon.
  explicit EntityLexicon(const Analyzer& analyzer);

  // Adds an entity, or merges it into the one with the same id: aliases are
  // added, and type and name are taken from it when its source is not lower.
  // Returns the entity's index.
  std::uint32_t add(LexiconEntity entity);

  // The words of `text` with their forms, as aliases and texts are matched.
  std::vector<WordSpan> words(std::string_view text, Language language) const;

  struct Match {
    std::uint32_t words = 0;             // how many words the alias spans
    std::vector<std::uint32_t> entities;  // every entity with that alias, best source first
    bool exact = true;                    // matched on exact forms only, no stem
  };
  // The longest alias that starts at `words[start]`, if any.
  std::optional<Match> longestMatch(const std::vector<WordSpan>& words, std::size_t start) const;

  const LexiconEntity& entity(std::uint32_t index) const { return entities_[index]; }
  std::optional<std::uint32_t> find(std::string_view id) const;
  std::size_t size() const { return entities_.size(); }
  std::size_t aliasCount() const { return aliasCount_; }

  // Longest alias, in words, considered by longestMatch.
  static constexpr std::size_t kMaxAliasWords = 12;

 private:
  struct Node {
    std::vector<std::uint32_t> exactEntities;    // aliases ending here on exact forms
    std::vector<std::uint32_t> stemmedEntities;  // ... on a stem of some word
    std::uint8_t aliasLetters = 255;  // fewest letters of an alias word leading here
  };
  void insertAlias(const LexiconAlias& alias, std::uint32_t entity);
  std::uint32_t child(std::uint32_t node, WordCase required, std::string_view form) const;
  void search(const std::vector<WordSpan>& words, std::size_t at, std::uint32_t node, bool exact,
              std::size_t depth, std::optional<Match>& best) const;

  const Analyzer* analyzer_;
  std::vector<LexiconEntity> entities_;
  std::unordered_map<std::string, std::uint32_t> byId_;
  std::vector<Node> nodes_;                                // node 0 is the root
  std::unordered_map<std::string, std::uint32_t> edges_;  // parent id, required case, form → child
  std::size_t aliasCount_ = 0;
};

}  // namespace qalam
