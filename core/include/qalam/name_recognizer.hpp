// Names of people, organisations and places in a text: known entities from
// an EntityLexicon first, then rules for names in no list (titles before a
// person, organisation heads such as وزارت / министрлігі / Ministry of, and
// runs of capitalised words in Latin and Cyrillic text).
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

struct NameRecognizerOptions {
  // Rule-found names whose cross-script key equals the key of a single-word
  // PER/GPE alias in the lexicon take that entity's id (Tokayev found by a
  // title links to kz-tokayev even when only Тоқаев is listed).
  bool linkByKey = true;
  // Rules for names in no list; off: lexicon matches only.
  bool rules = true;
};

// Confidence of each way a mention is found; exposed for tests and for
// callers that filter.
struct NameConfidence {
  static constexpr float kLexiconExact = 0.95f;
  static constexpr float kLexiconStem = 0.85f;
  static constexpr float kOrganizationHead = 0.75f;
  static constexpr float kTitle = 0.75f;
  static constexpr float kCapitalised = 0.55f;
  static constexpr float kLinkedByKey = 0.7f;
};

class NameRecognizer {
 public:
  // The analyzer, lexicon and keyer must outlive the recognizer; trigger
  // tables are compiled here, once, through the same analyzer.
  NameRecognizer(const Analyzer& analyzer, const EntityLexicon& lexicon, const NameKeyer& keyer,
                 NameRecognizerOptions options = {});
  ~NameRecognizer();
  NameRecognizer(const NameRecognizer&) = delete;
  NameRecognizer& operator=(const NameRecognizer&) = delete;

  // PER, ORG, GPE, LOC, FAC and EVENT mentions in text order, without
  // overlaps. Linear in the text's length (trigger and alias lengths are
  // bounded). Not thread-safe, as the analyzer is not.
  std::vector<Mention> recognize(std::string_view text, Language language) const;

  // "name:<TYPE>:<key>_<key>..." for a name in no list, from the normalized
  // base forms of its words (case endings and Arabic clitics removed).
  std::string nameId(EntityType type, const std::vector<std::string>& baseWords) const;

  // The base form of one normalized word of `language`, as used for ids:
  // Тоқаевтың → тоқаев, Алматыда → алматы, والرئيس → رييس.
  static std::string baseForm(std::string_view normalizedWord, Language language);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace qalam
