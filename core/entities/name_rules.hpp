// Rule tables and word tests shared by the name recognizer's files. Private
// to core/entities: the tables are data (name_triggers.cpp), the word tests
// are the few facts about one word the rules look at (name_forms.cpp).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "qalam/entity.hpp"
#include "qalam/language.hpp"

namespace qalam::name_rules {

enum class TriggerKind : std::uint8_t {
  kTitle,      // a person's name follows: President, وزير, министр
  kHeadFirst,  // an organisation (or place) whose modifiers follow the head: وزارت ..., Министерство ...
  kHeadLast,   // ... whose modifiers precede it: ... министрлігі, ... University
  kStop,       // a function word: never part of a name window
  kCommon,     // a common word: never a name alone, though it may stand inside one
  kPlace,      // a place name follows: в, из, in, from
};

struct TriggerEntry {
  Language language;
  TriggerKind kind;
  EntityType type;  // for heads: the type of the whole; for titles: kPerson
  const char* text;  // as written; compiled through the analyzer
};

std::span<const TriggerEntry> triggerEntries();

// Word endings that say what a capitalised word names: -ов/-ұлы → PER,
// -стан/-ия → GPE. Matched on the normalized (lower-case) word.
struct SuffixCue {
  const char* suffix;
  EntityType type;
  Language language = Language::kOther;  // kOther: any language
};
std::span<const SuffixCue> suffixCues();

// Case endings removed from the last letters of a Kazakh, Russian or Tajik
// name for its id, longest first; a word keeps at least kMinBaseLetters.
std::span<const char* const> caseEndings(Language language);
inline constexpr std::size_t kMinBaseLetters = 3;

enum class Script : std::uint8_t { kOther, kLatin, kCyrillic, kArabic };

// The script of a word's first letter.
Script scriptOf(std::string_view word);
std::size_t letterCount(std::string_view utf8);
bool endsWith(std::string_view word, std::string_view suffix);
bool startsWith(std::string_view word, std::string_view prefix);

// An Arabic word without its proclitics: و/ف, then ب/ك/ل (لل → ال); the
// definite article is kept. Returns the word when nothing is removed.
std::string withoutProclitics(std::string_view normalizedWord);
// ... and without the definite article too, when enough letters remain.
std::string withoutArticle(std::string_view normalizedWord);
// How many bytes of proclitics (و ف ب ك ل, never the article) lead the raw
// word, so that a mention starts after them; 0 when not sure.
std::size_t procliticBytes(std::string_view rawWord);

// A nationality or relation adjective in Arabic: definite, ending in ي / يه
// (اللبناني, الامريكيه), which stands between a title and a name.
bool isArabicNisba(std::string_view normalizedWord);

// Every letter upper case, at least two letters: ООН, NATO, БҰҰ.
bool isAbbreviation(std::string_view word);

}  // namespace qalam::name_rules
