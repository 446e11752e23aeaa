// Snowball's Russian and English stemmers behind our own interface.
#pragma once

#include <string>
#include <string_view>

#include "qalam/language.hpp"

namespace qalam::text {

// The Snowball stem of a normalized (lower-case) word, for kRussian and
// kEnglish; the word itself for other languages.
std::string snowballStem(std::string_view word, Language language);

}  // namespace qalam::text
