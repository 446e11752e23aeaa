// The recognizer's working parts, shared by name_recognizer.cpp (lexicon
// matches, capitalised runs, ids) and name_phrases.cpp (names after titles,
// organisation heads and their modifiers). Private to core/entities.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "common_readings.hpp"
#include "name_scan.hpp"
#include "qalam/name_recognizer.hpp"

namespace qalam {
namespace name_rules {

// A possible mention over words [begin, end). Lexicon matches, head chains
// and names after a title compete by length, a lexicon match winning a tie;
// capitalised runs only fill the words left over.
struct Candidate {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  EntityType type = EntityType::kPerson;
  float confidence = 0;
  int rank = 0;                 // 2: lexicon, head chain or title; 0: capitalised run
  std::int64_t entity = -1;     // lexicon entity index
};

constexpr std::size_t kMaxNameWords = 4;
constexpr std::size_t kMaxChainWords = 4;

// The type a word's ending suggests; `generic`: only endings that hold in
// any language (-ов, -стан), not Kazakh case endings.
std::optional<EntityType> cueOf(const ScannedWord& w, Language language, bool generic = false);
// An Arabic word with the article (after any proclitic): الرئيس, والامم.
bool definite(const ScannedWord& w);
// Whether a name ends at word `at` of a run of capitals: after an inflected
// Kazakh word (Ақтаудан Шымкент) or a surname (Валентин Шитов Саратов).
bool endsName(const ScannedText& s, std::size_t at, Language language);
// Russian endings: a genitive (дел, России, журналистов), an adjective (Верховный).
bool isRussianGenitive(const ScannedWord& w);
bool isRussianAdjective(const ScannedWord& w);
bool isRussianVerb(const ScannedWord& w);  // сообщил, считает
// A Kazakh word in a case other than nominative and genitive (Алматыда, Тоқаевқа).
bool isKazakhOblique(std::string_view normalizedWord);
// Words that join the parts of an Arabic name: بن, ابن, بنت, عبد, ابو, ال.
bool isArabicJoiner(std::string_view form);

}  // namespace name_rules

struct NameRecognizer::Impl {
  using Candidate = name_rules::Candidate;
  using ScannedText = name_rules::ScannedText;
  using ScannedWord = name_rules::ScannedWord;

  const Analyzer& analyzer;
  const EntityLexicon& lexicon;
  const NameKeyer& keyer;
  NameRecognizerOptions options;
  name_rules::TriggerTable triggers;
  name_rules::CommonReadings readings;
  // Keys of single-type aliases for linking, rebuilt when the lexicon grows.
  // ICU transliteration is the costly step of linking and of ids: each
  // base form is transliterated once per recognizer.
  const std::string& latinOf(const std::string& base) const {
    auto it = latinCache.find(base);
    if (it == latinCache.end()) {
      if (latinCache.size() > 200000) latinCache.clear();  // bounded on huge corpora
      it = latinCache.emplace(base, keyer.transliterate(base)).first;
    }
    return it->second;
  }
  std::string keyOf(const std::string& base) const { return NameKeyer::skeleton(latinOf(base)); }
  mutable std::unordered_map<std::string, std::string> latinCache;
  mutable std::size_t linkedEntities = 0;
  mutable std::size_t linkedAliases = 0;
  // Type class + key → the aliases with that key: entity and Latin spelling.
  mutable std::unordered_map<std::string, std::vector<std::pair<std::uint32_t, std::string>>> aliasesByKey;

  Impl(const Analyzer& a, const EntityLexicon& l, const NameKeyer& k, NameRecognizerOptions o)
      : analyzer(a), lexicon(l), keyer(k), options(o), triggers(l), readings(a) {}

  const name_rules::CompiledTrigger* trigger(const ScannedWord& w) const {
    return w.trigger < 0 ? nullptr : &triggers.at(static_cast<std::uint32_t>(w.trigger));
  }
  bool accepts(const ScannedText& s, std::size_t i, const EntityLexicon::Match& m) const;
  std::size_t skipBeforeName(const ScannedText& s, std::size_t j, Language language) const;
  std::optional<Candidate> nameAfterTitle(const ScannedText& s, std::size_t j, Language language) const;
  std::optional<Candidate> headFirstChain(const ScannedText& s, std::size_t i, Language language) const;
  std::optional<Candidate> headLastChain(const ScannedText& s, std::size_t i, Language language) const;
  void capitalisedRuns(const ScannedText& s, Language language, std::vector<bool>& covered,
                       std::vector<Candidate>& out) const;
  std::string keyOf(const ScannedText& s, const Candidate& c, Language language) const;
  // The Latin spelling of words [begin, end): base forms transliterated.
  std::string latinOf(const ScannedText& s, const Candidate& c, Language language) const;
  // The one entity whose alias shares the name's key and is spelled alike,
  // or -1 (none, or several).
  std::int64_t linked(const std::string& key, const std::string& latin, EntityType type) const;
};

}  // namespace qalam
