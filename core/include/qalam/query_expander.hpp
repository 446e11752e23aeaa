// Query rewriting that needs the corpus vocabulary: the spellings a word has
// in the index beyond what analysis alone can derive.
#pragma once

#include "qalam/index.hpp"
#include "qalam/name_key_index.hpp"
#include "qalam/query.hpp"

namespace qalam {

struct ExpansionOptions {
  bool compounds = true;    // ZWNJ compounds: رئیسجمهور ↔ رئیس جمهور
  bool clitics = true;      // Arabic clitics: افغانستان ↔ لأفغانستان, والأمم
  bool crossScript = true;  // names in other scripts: Tokayev ↔ Тоқаев ↔ توکایف
  double maxNameDistance = 0.34;  // NameKeyer::distance of a kept candidate
  double maxSameScriptDistance = 0.2;  // NameKeyer::letterDistance, Arabic script to Arabic script
  std::size_t maxNameCandidates = 12;
  std::size_t maxPrefixTerms = 64;  // indexed words one prefix* stands for
};

// What the expansion may consult besides the index.
struct Vocabulary {
  const InvertedIndex& index;
  const NameKeyIndex* names = nullptr;  // cross-script candidates (optional)
  const NameKeyer* keyer = nullptr;
};

// Resolves prefix* words to the indexed words they begin, and adds
// alternatives found in the vocabulary:
// - a Persian or Arabic word written joined also matches its two halves as a
//   phrase when both are indexed words; two adjacent words also match their
//   joined form when it is an indexed word;
// - an Arabic-script word also matches the indexed forms that add a
//   conjunction or preposition clitic (و ف ب ك ل, with or without ال);
// - with crossScript, a word (or its stem) also matches the indexed names
//   sharing its cross-script key whose transliteration is close to its own,
//   weighted by that closeness.
void expandQuery(Query& query, const Vocabulary& vocabulary, const ExpansionOptions& options = {});

}  // namespace qalam
