// The parts dates are built of, read at one token of a scanned text: a day
// (digits or Kazakh words, with ordinal or case suffixes), a year (with the
// words and calendar markers after it) and a month name, looked up once per
// token. The date grammar (date_recognizer.cpp) combines them.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <vector>

#include "month_names.hpp"
#include "number_words.hpp"
#include "scanned_text.hpp"

namespace qalam::entities {

// Gregorian years we read as years; Solar Hijri and Islamic ones.
inline constexpr int kMinYear = 1000, kMaxYear = 2199;
inline constexpr int kMinHijriYear = 1200, kMaxHijriYear = 1500;

inline bool isOneOf(std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words) {
    if (w == x) return true;
  }
  return false;
}

struct Day {
  int value = 0;
  std::size_t last = 0;
  NumeralSuffix suffix = NumeralSuffix::kInvalid;  // kInvalid: none
  bool spelled = false;
};

struct Year {
  int value = 0;
  std::size_t last = 0;
  bool word = false;           // "году", "жылы", "میلادی", ...: marks it as a year
  bool kazakhLinking = false;  // "жылғы", "жылдың", "жылы": a day and month may follow
  std::optional<CalendarKind> marker{};
};

class DateParts {
 public:
  explicit DateParts(const ScannedText& t) : t_(t) {}

  // Token k exists and is on the line of the token before it.
  bool sameLine(std::size_t k) const { return k < t_.size() && t_.sameLine(k); }
  // Token i continues a number or a numeric date already begun ("1.2.2024",
  // "12:30"), so no date starts there.
  bool insideNumber(std::size_t i) const;
  // A day of the month at token i: 1..31 in digits with an optional suffix
  // ("5th", "5-го", "25-і", "29-ыншы"), or Kazakh words when allowed.
  std::optional<Day> day(std::size_t i, bool allowSpelled) const;
  // A year at token i: four digits (1000..2199) with an optional ordinal
  // suffix, or Kazakh words followed by "жыл"; then its year word and
  // calendar marker.
  std::optional<Year> year(std::size_t i, bool allowSpelled) const;
  // Extends `y` over the word "year" or a calendar marker after it.
  void readYearTail(Year& y) const;
  // matchMonth, looked up once per token: several patterns ask at one place.
  std::optional<MonthMatch> month(std::size_t k) const;

 protected:
  const ScannedText& t_;

 private:
  mutable std::vector<std::uint8_t> monthKnown_;  // 0 not looked up, 1 none, 2 in monthAt_
  mutable std::vector<MonthMatch> monthAt_;
};

}  // namespace qalam::entities
