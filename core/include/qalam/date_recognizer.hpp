// Finds calendar dates in news text in Persian, Arabic, Kazakh, Russian,
// Tajik and English and normalizes them to ISO 8601 in Mention::entityId:
// "2023-08-26", "2023-08" (no day), "2023" (a year that its context marks as
// one: "в 2024 году", "2024 жылы", "سال ۲۰۲۴", "in 2024"), "--08-26" (no
// year and no anchor). Solar Hijri and Islamic dates are converted to
// Gregorian. One left-to-right pass over the text's code points.
#pragma once

#include <string_view>
#include <vector>

#include "qalam/entity.hpp"

namespace qalam {

class DateRecognizer {
 public:
  // `anchorDate` is the document's date ("2025-11-14", anything after the day
  // is ignored). It gives a year to "5 декабря" and to "this year's" dates;
  // without one (or when it is not a date) they keep "--MM-DD" or "--MM".
  // Mentions come in text order and never overlap.
  std::vector<Mention> find(std::string_view utf8Text, std::string_view anchorDate = {}) const;
};

}  // namespace qalam
