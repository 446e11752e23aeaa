// Our folding after ICU's NFKC-casefold: one spelling for the letter variants
// that news text uses interchangeably. The table is documented in
// docs/ANALYSIS.md.
#pragma once

#include <string>

namespace qalam::text {

// Folds one code point in place: returns the replacement, or 0 to drop it.
// Code points with no rule come back unchanged.
char32_t foldCodePoint(char32_t c);

// Appends the folded form of `c` to `out` (which is UTF-8). Latin letters
// with diacritics lose them here (via ICU's canonical decomposition).
void appendFolded(char32_t c, std::string& out);

}  // namespace qalam::text
