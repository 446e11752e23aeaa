// One text as the name rules see it: its words with their forms, case,
// script and the punctuation before them, and the trigger that starts at
// each word. Private to core/entities.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "name_rules.hpp"
#include "qalam/entity_lexicon.hpp"

namespace qalam::name_rules {

struct CompiledTrigger {
  std::vector<std::vector<std::string>> words;  // the forms of each word
  TriggerKind kind = TriggerKind::kStop;
  EntityType type = EntityType::kPerson;
};

// Triggers by language and the forms of their first word, compiled once.
class TriggerTable {
 public:
  explicit TriggerTable(const EntityLexicon& lexicon);
  // Every trigger whose first word is `form` in `language`.
  const std::vector<std::uint32_t>* startingWith(Language language, std::string_view form) const;
  const CompiledTrigger& at(std::uint32_t index) const { return triggers_[index]; }

 private:
  std::vector<CompiledTrigger> triggers_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> byFirstForm_;
};

struct ScannedWord {
  std::string_view raw;            // as written
  std::vector<std::string> forms;  // normalized exact form, stems, Arabic form without proclitics
  Script script = Script::kOther;
  bool capital = false;        // cased script and an upper-case first letter
  bool abbreviation = false;   // ООН, NATO
  bool sentenceStart = false;  // first word, or after . ! ? ؟ or a line break
  bool punctBefore = false;    // , ; : ( ) and dashes between it and the word before
  bool quoteBefore = false;    // « » " “ ” between it and the word before
  bool quoteOpens = false;     // ... and the last of them opens a quotation
  bool hyphenBefore = false;   // joined to the word before by a hyphen (Қасым-Жомарт)
  bool stop = false;           // a function word of the language
  bool common = false;         // a common word that some list may know as a name
  bool place = false;          // a preposition before place names
  std::int32_t trigger = -1;   // the longest title or head trigger starting here
  std::uint32_t triggerWords = 0;
};

struct ScannedText {
  std::string_view text;        // the text scanned
  std::vector<WordSpan> spans;  // the lexicon's words, for longestMatch
  std::vector<ScannedWord> words;
};

ScannedText scanText(std::string_view text, Language language, const EntityLexicon& lexicon, const TriggerTable& table);

}  // namespace qalam::name_rules
