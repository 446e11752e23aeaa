#include "qalam/calendar.hpp"

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/simpletz.h>

#include <memory>

namespace qalam {
namespace {

// A fixed zone built in code: the default zone would make ICU read its time
// zone data, which the browser's trimmed data package leaves out.
icu::TimeZone* utcZone() { return new icu::SimpleTimeZone(0, icu::UnicodeString(u"UTC")); }

// Reads `year`/`month`/`day` in the calendar named by `locale`'s
// @calendar keyword and returns the same instant's Gregorian day. The
// calendar is not lenient, so a day past its month's end is an error rather
// than a roll into the next month.
std::optional<CivilDate> toGregorian(const char* locale, int year, int month, int day) {
  if (year < 1 || year > 3000 || month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> source(icu::Calendar::createInstance(utcZone(), icu::Locale(locale), status));
  if (U_FAILURE(status) || !source) return std::nullopt;
  source->setLenient(false);
  source->clear();
  source->set(year, month - 1, day);
  const UDate instant = source->getTime(status);
  if (U_FAILURE(status)) return std::nullopt;

  icu::GregorianCalendar gregorian(utcZone(), icu::Locale::getRoot(), status);
  if (U_FAILURE(status)) return std::nullopt;
  gregorian.setTime(instant, status);
  CivilDate out;
  out.year = gregorian.get(UCAL_EXTENDED_YEAR, status);
  out.month = gregorian.get(UCAL_MONTH, status) + 1;
  out.day = gregorian.get(UCAL_DATE, status);
  if (U_FAILURE(status)) return std::nullopt;
  return out;
}

}  // namespace

int gregorianDaysInMonth(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

bool isValidGregorianDate(int year, int month, int day) {
  return year >= 1 && year <= 9999 && day >= 1 && day <= gregorianDaysInMonth(year, month);
}

std::string isoDate(const CivilDate& date) {
  char buffer[16];
  const int year = date.year < 0 ? 0 : date.year > 9999 ? 9999 : date.year;
  buffer[0] = static_cast<char>('0' + year / 1000);
  buffer[1] = static_cast<char>('0' + year / 100 % 10);
  buffer[2] = static_cast<char>('0' + year / 10 % 10);
  buffer[3] = static_cast<char>('0' + year % 10);
  buffer[4] = '-';
  buffer[5] = static_cast<char>('0' + date.month / 10 % 10);
  buffer[6] = static_cast<char>('0' + date.month % 10);
  buffer[7] = '-';
  buffer[8] = static_cast<char>('0' + date.day / 10 % 10);
  buffer[9] = static_cast<char>('0' + date.day % 10);
  return std::string(buffer, 10);
}

std::optional<CivilDate> solarHijriToGregorian(int year, int month, int day) {
  return toGregorian("@calendar=persian", year, month, day);
}

std::optional<CivilDate> islamicCivilToGregorian(int year, int month, int day) {
  return toGregorian("@calendar=islamic-civil", year, month, day);
}

}  // namespace qalam
