// Numbers written as words: Kazakh numerals (TV news transcripts spell
// years and days out: "екі мың жиырмасыншы жылы", "наурыздың жиырма бесі")
// and the scale words (thousand, million, ...) of the six languages.
#pragma once

#include <cstdint>
#include <optional>

#include "scanned_text.hpp"

namespace qalam::entities {

struct SpelledNumber {
  std::uint64_t value = 0;
  bool ordinal = false;   // "жиырмасыншы", "бесінші"
  bool suffixed = false;  // the last word carries a case or possessive suffix ("бесі", "онына")
  std::size_t last = 0;   // its last token
};

// The Kazakh numeral that starts at word token `i`, read greedily while the
// words form a well-ordered number (tens before units, at most one мың).
// Only the last word may carry a suffix. "оны" and "онда" read as "ten", so
// callers use this only where the grammar expects a number.
std::optional<SpelledNumber> parseKazakhNumber(const ScannedText& text, std::size_t i);

enum class NumeralSuffix : std::uint8_t { kInvalid, kOrdinal, kCase };

// What a suffix written after digits makes of the number: "2020-сыншы",
// "5th", "5-го" are ordinals; "25-і", "22-нен" carry a Kazakh case.
NumeralSuffix classifyNumeralSuffix(std::string_view folded);

// The value of a scale word ("млрд", "مليار", "میلیون", "thousand"), or 0.
std::uint64_t scaleWordValue(std::string_view folded);

}  // namespace qalam::entities
