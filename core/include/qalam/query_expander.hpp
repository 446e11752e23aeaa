// Query rewriting that needs the corpus vocabulary: the spellings a word has
// in the index beyond what analysis alone can derive.
#pragma once

#include "qalam/index.hpp"
#include "qalam/query.hpp"

namespace qalam {

struct ExpansionOptions {
  bool compounds = true;  // ZWNJ compounds: رئیسجمهور ↔ رئیس جمهور
  bool clitics = true;    // Arabic clitics: افغانستان ↔ لأفغانستان, والأمم
};

// Adds alternatives found in `index`:
// - a Persian or Arabic word written joined also matches its two halves as a
//   phrase when both are indexed words; two adjacent words also match their
//   joined form when it is an indexed word;
// - an Arabic-script word also matches the indexed forms that add a
//   conjunction or preposition clitic (و ف ب ك ل, with or without ال).
void expandQuery(Query& query, const InvertedIndex& index, const ExpansionOptions& options = {});

}  // namespace qalam
