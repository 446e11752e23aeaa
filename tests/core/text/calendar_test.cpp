#include <catch2/catch.hpp>

#include "qalam/calendar.hpp"

namespace {

std::string render(const std::optional<qalam::CivilDate>& date) { return date ? qalam::isoDate(*date) : "none"; }

}  // namespace

TEST_CASE("Solar Hijri days convert to their Gregorian days") {
  struct Row {
    int year, month, day;
    const char* expected;
  };
  const Row rows[] = {
      {1399, 6, 28, "2020-09-18"},   // 28 Shahrivar / Sonbola
      {1402, 1, 1, "2023-03-21"},    // Nowruz
      {1403, 1, 1, "2024-03-20"},    // Nowruz after a leap year's spring
      {1403, 12, 30, "2025-03-20"},  // 30 Esfand exists in a leap year
      {1402, 10, 1, "2023-12-22"},   // 1 Dey
      {1358, 11, 22, "1980-02-11"},
      {1404, 8, 23, "2025-11-14"},
      {1402, 12, 30, "none"},        // 1402 is not leap
      {1402, 7, 31, "none"},         // Mehr has 30 days
      {1402, 13, 1, "none"},
      {1402, 0, 1, "none"},
      {1402, 1, 0, "none"},
      {0, 1, 1, "none"},
  };
  for (const Row& row : rows) {
    INFO(row.year << '-' << row.month << '-' << row.day);
    CHECK(render(qalam::solarHijriToGregorian(row.year, row.month, row.day)) == row.expected);
  }
}

TEST_CASE("tabular Islamic days convert to their Gregorian days") {
  struct Row {
    int year, month, day;
    const char* expected;
  };
  const Row rows[] = {
      {1445, 1, 1, "2023-07-19"},
      {1444, 9, 1, "2023-03-23"},
      {1400, 1, 1, "1979-11-21"},
      {1445, 2, 30, "none"},  // Safar has 29 days in the tabular calendar
      {1445, 13, 1, "none"},
  };
  for (const Row& row : rows) {
    INFO(row.year << '-' << row.month << '-' << row.day);
    CHECK(render(qalam::islamicCivilToGregorian(row.year, row.month, row.day)) == row.expected);
  }
}

TEST_CASE("Gregorian days are checked against their month's length") {
  CHECK(qalam::isValidGregorianDate(2024, 2, 29));
  CHECK_FALSE(qalam::isValidGregorianDate(2023, 2, 29));
  CHECK_FALSE(qalam::isValidGregorianDate(2024, 2, 31));
  CHECK_FALSE(qalam::isValidGregorianDate(2000, 13, 1));
  CHECK(qalam::isValidGregorianDate(2000, 2, 29));
  CHECK_FALSE(qalam::isValidGregorianDate(1900, 2, 29));
  CHECK(qalam::isoDate({987, 3, 4}) == "0987-03-04");
}
