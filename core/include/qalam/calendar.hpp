// Calendar arithmetic for dates found in text: Gregorian validity, and
// conversion from the Solar Hijri calendar (Iran and Afghanistan, whatever
// month names they use) and the tabular Islamic calendar to Gregorian.
#pragma once

#include <optional>
#include <string>

namespace qalam {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

// Days in a Gregorian month (proleptic), 0 for a month outside 1..12.
int gregorianDaysInMonth(int year, int month);

// True when year/month/day names a real Gregorian day (31.02 does not).
bool isValidGregorianDate(int year, int month, int day);

// "2020-09-18"; years are written with four digits.
std::string isoDate(const CivilDate& date);

// Solar Hijri (Persian) year/month/day to Gregorian, through ICU's Persian
// calendar. Months 1..6 have 31 days, 7..11 have 30 and 12 has 29 or 30;
// a day past the month's end, a month outside 1..12 or a year outside
// 1..3000 gives nullopt.
std::optional<CivilDate> solarHijriToGregorian(int year, int month, int day);

// Islamic (Hijri) year/month/day to Gregorian through ICU's tabular civil
// Islamic calendar ("islamic-civil"). Official dates (Umm al-Qura, moon
// sighting) can differ from it by a day or two; callers should say so.
std::optional<CivilDate> islamicCivilToGregorian(int year, int month, int day);

}  // namespace qalam
