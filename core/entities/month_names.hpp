// Month names of the six languages, with the inflected forms news text uses
// (Russian genitive and prepositional, Kazakh case and possessive suffixes,
// Tajik izafa), the Solar Hijri months under their Iranian and Afghan names,
// and the Islamic months.
#pragma once

#include <cstdint>
#include <optional>

#include "scanned_text.hpp"

namespace qalam::entities {

enum class CalendarKind : std::uint8_t { kGregorian, kSolarHijri, kIslamic };

// How much context a name needs before it is read as a month.
enum class MonthAmbiguity : std::uint8_t {
  kClear,            // may stand alone after a cue ("в декабре", "في نوفمبر")
  kNeedsNumber,      // needs a day or a year beside it (English "May", Persian "مهر")
  kNeedsDayAndYear,  // is a common word too: needs both (Afghan "میزان", "جدی"; Persian "می")
};

enum class MonthScript : std::uint8_t { kLatin, kRussianTajik, kKazakh, kArabicScript };

// The grammatical form, where it tells what may come next.
enum class MonthForm : std::uint8_t {
  kPlain,         // nominative or uninflected
  kGenitive,      // "декабря", "наурыздың": a day may follow in Kazakh
  kPossessive,    // Kazakh "наурызы", "қыркүйегінде"
  kPrepositional, // Russian "в декабре"
  kOtherCase,     // Kazakh locative, ablative, dative, ...
};

struct MonthMatch {
  int month = 0;  // 1..12
  CalendarKind calendar = CalendarKind::kGregorian;
  MonthAmbiguity ambiguity = MonthAmbiguity::kClear;
  MonthScript script = MonthScript::kLatin;
  MonthForm form = MonthForm::kPlain;
  bool monthWordAfter = false;  // "شهریور ماه", "наурыз айында": reads as a month for sure
  std::size_t last = 0;         // the last token of the name (and of a Persian "month" word)
  std::size_t next = 0;         // the token after it
};

// The month name that starts at token `i`, the longest one when several do.
// Arabic clitics و ف ب ل before a name are allowed; English names must be
// capitalized; an abbreviation takes its full stop when a number follows.
std::optional<MonthMatch> matchMonth(const ScannedText& text, std::size_t i);

// "ай", "айы", "айында", ...: the Kazakh word for "month" after a name.
bool isKazakhMonthWord(std::string_view folded);

}  // namespace qalam::entities
