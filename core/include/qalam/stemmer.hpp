// Light stemming: the stem is indexed beside the exact form (in its own term
// namespace), so that inflected forms find each other while exact phrases
// still match exactly.
#pragma once

#include <string>
#include <string_view>

#include "qalam/language.hpp"

namespace qalam {

// The stem of a normalized word (the analyzer's output) in `language`, or an
// empty string when the language has no stemmer here or nothing was removed.
std::string lightStem(std::string_view normalizedWord, Language language);

// Whether `language` has a stemmer for words of this script.
bool hasStemmer(Language language);

}  // namespace qalam
