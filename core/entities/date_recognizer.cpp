#include "qalam/date_recognizer.hpp"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "date_parts.hpp"
#include "month_names.hpp"
#include "number_words.hpp"
#include "qalam/calendar.hpp"
#include "scanned_text.hpp"

namespace qalam {
namespace {

using entities::CalendarKind;
using entities::Day;
using entities::isOneOf;
using entities::kMaxHijriYear;
using entities::kMinHijriYear;
using entities::kMinYear;
using entities::Year;
using entities::MonthAmbiguity;
using entities::MonthForm;
using entities::MonthMatch;
using entities::MonthScript;
using entities::NumeralSuffix;
using entities::ScannedText;

// Days since 1970-01-01 (H. Hinnant's days_from_civil).
long daysFromCivil(const CivilDate& d) {
  const int y = d.year - (d.month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<long>(era) * 146097 + doe - 719468;
}

// A candidate's pieces; 0 means "not given".
struct Parsed {
  std::size_t last = 0;
  int year = 0, month = 0, day = 0;
  CalendarKind calendar = CalendarKind::kGregorian;
  int yearOffset = 0;         // "өткен жылдың": the anchor's year plus this
  bool relativeYear = false;  // the year comes from the anchor ("осы жылдың")
  float confidence = 0.9f;
};

class DateGrammar : private entities::DateParts {
 public:
  DateGrammar(const ScannedText& t, std::optional<CivilDate> anchor) : DateParts(t), anchor_(anchor) {}

  // The longest date that starts at token i, with its normalized value.
  std::optional<Mention> at(std::size_t i) const {
    std::optional<Parsed> best;
    auto consider = [&](const std::optional<Parsed>& p) {
      if (p && render(*p, i) && (!best || p->last > best->last)) best = p;
    };
    if (t_.isNumber(i)) {
      if (!insideNumber(i)) {
        consider(numericDate(i));
        consider(dayFirst(i));
      }
      consider(yearFirst(i));
    } else if (t_.isWord(i)) {
      consider(monthFirst(i));
      consider(introducedYear(i));
      consider(kazakhRelative(i));
      consider(dayFirst(i));  // spelled Kazakh days
      consider(yearFirst(i));  // spelled Kazakh years
      consider(monthAlone(i));
    }
    if (!best && t_.isNumber(i) && i > 0) consider(yearAfterPreposition(i));
    std::optional<Parsed> first = best;
    std::optional<Parsed> second = rangeEnd(i, first);
    if (!first) return std::nullopt;
    std::size_t last = second ? second->last : first->last;
    // "Until" and "since" are Kazakh postpositions governed by the date's
    // case; they belong to the expression as KazNERD marks it ("2023
    // жылға дейін", "қараша айына дейін"; "бастап" it leaves out, and
    // "айында" alone).
    const std::size_t skip = entities::isKazakhMonthWord(t_.fold(last + 1)) ? 1 : 0;
    if (t_.isWord(last) && t_.isWord(last + 1 + skip) && sameLine(last + 1 + skip) &&
        isOneOf(t_.fold(last + 1 + skip), {"дейін", "дейінгі", "бері"}))
      last += 1 + skip;
    std::optional<Mention> m = render(*first, i);
    if (!m) return std::nullopt;
    if (second) {
      const std::optional<Mention> end = render(*second, i);
      if (!end) return std::nullopt;
      m->entityId += "/" + end->entityId;
      m->confidence = std::min(m->confidence, end->confidence);
    }
    m->end = t_[last].end;
    m->text = std::string(t_.text().substr(m->begin, m->end - m->begin));
    return m;
  }

 private:
  std::optional<CivilDate> anchor_;

  // The Solar Hijri year whose month/day falls nearest the anchor (a Solar
  // year starts in March, so the anchor's year minus 621 or 622).
  int nearestSolarYear(int monthValue, int dayValue) const {
    int best = 0;
    long bestDistance = 0;
    for (int y = anchor_->year - 622; y <= anchor_->year - 621; ++y) {
      const std::optional<CivilDate> g = solarHijriToGregorian(y, monthValue, dayValue);
      if (!g) continue;
      const long distance = std::labs(daysFromCivil(*g) - daysFromCivil(*anchor_));
      if (best == 0 || distance < bestDistance) {
        best = y;
        bestDistance = distance;
      }
    }
    return best;
  }

  // 2025-11-14, 14.11.2025, 20/09/2020, ۱۳۹۹/۰۶/۲۸, 26/أغسطس/2023.
  std::optional<Parsed> numericDate(std::size_t i) const {
    const std::size_t a = i, s1 = i + 1, b = i + 2, s2 = i + 3, c = i + 4;
    if (!t_.attached(s1) || t_[s1].kind != entities::ScanKind::kSymbol) return std::nullopt;
    const char32_t sep = t_[s1].symbol;
    if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
    if (!t_.attached(b) || !t_.isSymbol(s2, sep) || !t_.attached(s2) || !t_.attached(c) || !t_.isNumber(c)) return std::nullopt;
    // A fourth part makes it a version or an address, not a date.
    if (t_.attached(c + 1) && t_.isSymbol(c + 1, sep) && t_.attached(c + 2) && t_.isNumber(c + 2)) return std::nullopt;
    Parsed p;
    p.last = c;
    p.confidence = 0.95f;
    std::optional<MonthMatch> named = t_.isWord(b) ? month(b) : std::nullopt;
    if (named && named->last == b && named->calendar == CalendarKind::kGregorian && t_[a].digits <= 2 && t_[c].digits == 4) {
      p.day = static_cast<int>(t_[a].value);
      p.month = named->month;
      p.year = static_cast<int>(t_[c].value);
    } else if (!t_.isNumber(b) || t_[b].digits > 2) {
      return std::nullopt;
    } else if (t_[a].digits == 4 && t_[c].digits <= 2 && sep != '.') {
      p.year = static_cast<int>(t_[a].value);
      p.month = static_cast<int>(t_[b].value);
      p.day = static_cast<int>(t_[c].value);
    } else if (t_[a].digits <= 2 && t_[c].digits == 4) {
      p.day = static_cast<int>(t_[a].value);
      p.month = static_cast<int>(t_[b].value);
      p.year = static_cast<int>(t_[c].value);
      if (p.month > 12 && p.day <= 12) {  // US order: 12/25/2024
        std::swap(p.day, p.month);
        p.confidence = 0.8f;
      }
    } else {
      return std::nullopt;
    }
    if (p.year >= kMinHijriYear && p.year <= kMaxHijriYear) {
      Year marker{p.year, c};
      readYearTail(marker);
      p.calendar = marker.marker == CalendarKind::kIslamic ? CalendarKind::kIslamic : CalendarKind::kSolarHijri;
      if (marker.marker) p.last = marker.last;
    } else if (p.year < 1600) {
      return std::nullopt;
    }
    return p;
  }

  // A month name and what may follow it: a year, "соли"/"سال" and a year,
  // a calendar marker.
  std::optional<Year> yearAfterMonth(std::size_t k) const {
    if (t_.isSymbol(k, ',') && sameLine(k + 1)) ++k;
    if (!sameLine(k)) return std::nullopt;
    std::size_t first = k;
    if (t_.isWord(k) && isOneOf(t_.fold(k), {"соли", "سال", "سنه", "عام", "of"})) ++first;
    if (!sameLine(first)) return std::nullopt;
    std::optional<Year> y = year(first, false);
    if (!y || t_.isNumber(y->last + 1) || (t_.isWord(y->last + 1) && entities::scaleWordValue(t_.fold(y->last + 1)) != 0)) return std::nullopt;
    return y;
  }

  // "9 أغسطس 2024", "5 декабря 2025 года", "۲۸ شهریور ۱۳۹۹", "24-інші қарашада".
  std::optional<Parsed> dayFirst(std::size_t i) const {
    const std::optional<Day> d = day(i, true);
    if (!d || (d->spelled && d->suffix != NumeralSuffix::kOrdinal)) return std::nullopt;
    if (d->suffix == NumeralSuffix::kCase) return std::nullopt;
    if (!sameLine(d->last + 1)) return std::nullopt;
    const std::optional<MonthMatch> m = month(d->last + 1);
    // A Kazakh possessive ("маусымындағы") needs its possessor, a year before it.
    if (!m || (m->script == MonthScript::kKazakh && m->form == MonthForm::kPossessive)) return std::nullopt;
    return withMonth(*m, d->value);
  }

  // Fills in the year after a day and month, or leaves it to the anchor.
  std::optional<Parsed> withMonth(const MonthMatch& m, int dayValue) const {
    Parsed p;
    p.month = m.month;
    p.day = dayValue;
    p.calendar = m.calendar;
    p.last = m.last;
    p.confidence = 0.95f;
    if (const std::optional<Year> y = yearAfterMonth(m.next)) {
      if (!calendarFits(m, *y)) return std::nullopt;
      p.year = y->value;
      p.last = y->last;
    } else if (m.ambiguity == MonthAmbiguity::kNeedsDayAndYear) {
      return std::nullopt;
    } else {
      p.confidence = 0.85f;
      p.relativeYear = true;
      // "5 декабря прошлого года"
      if (t_.isWord(m.next) && t_.isWord(m.next + 1) && sameLine(m.next) && isOneOf(t_.fold(m.next + 1), {"года"})) {
        const std::string_view w = t_.fold(m.next);
        const int offset = isOneOf(w, {"прошлого"}) ? -1 : isOneOf(w, {"следующего", "будущего"}) ? 1 : 0;
        if (offset != 0 || isOneOf(w, {"этого", "текущего", "нынешнего", "сего"})) {
          p.relativeYear = true;
          p.yearOffset = offset;
          p.last = m.next + 1;
        }
      }
    }
    return p;
  }

  bool calendarFits(const MonthMatch& m, const Year& y) const {
    const bool hijriYear = y.value >= kMinHijriYear && y.value <= kMaxHijriYear;
    if (m.calendar != CalendarKind::kGregorian) return hijriYear && (!y.marker || *y.marker == m.calendar);
    if (m.ambiguity == MonthAmbiguity::kNeedsDayAndYear && y.value < 1600) return false;
    return !y.marker || *y.marker == CalendarKind::kGregorian;
  }

  // "December 5, 2025", "Dec. 5", "March 2024", "наурыздың 25-і", "أغسطس 2024".
  std::optional<Parsed> monthFirst(std::size_t i) const {
    const std::optional<MonthMatch> m = month(i);
    if (!m) return std::nullopt;
    if (m->script == MonthScript::kLatin && sameLine(m->next)) {
      if (const std::optional<Day> d = day(m->next, false); d && d->suffix != NumeralSuffix::kCase) {
        if (!t_.isNumber(d->last + 1) && !(t_.isWord(d->last + 1) && entities::scaleWordValue(t_.fold(d->last + 1)) != 0)) {
          Parsed p;
          p.month = m->month;
          p.day = d->value;
          p.last = d->last;
          p.confidence = 0.85f;
          p.relativeYear = true;
          std::size_t k = d->last + 1;
          if (t_.isSymbol(k, ',') && sameLine(k + 1)) ++k;
          if (const std::optional<Year> y = year(k, false); y && sameLine(k)) {
            p.year = y->value;
            p.last = y->last;
            p.confidence = 0.95f;
            p.relativeYear = false;
          }
          if (m->ambiguity != MonthAmbiguity::kNeedsDayAndYear || p.year != 0) return p;
        }
      }
    }
    if (m->script == MonthScript::kKazakh && m->form == MonthForm::kGenitive && sameLine(m->next)) {
      if (const std::optional<Day> d = day(m->next, true); d && d->suffix != NumeralSuffix::kInvalid) {
        Parsed p;
        p.month = m->month;
        p.day = d->value;
        p.last = d->last;
        p.confidence = 0.85f;
        p.relativeYear = true;
        return p;
      }
    }
    // After a day this month was the day-first pattern's to read: "31 февраля
    // 2025" is no date, and not February 2025 either.
    if (i > 0 && t_.sameLine(i) && t_.isNumber(i - 1) && t_[i - 1].digits <= 2) return std::nullopt;
    const std::optional<Year> y = yearAfterMonth(m->next);
    if (!y || !calendarFits(*m, *y)) return std::nullopt;
    if (m->ambiguity == MonthAmbiguity::kNeedsDayAndYear && !y->marker) return std::nullopt;
    Parsed p;
    p.month = m->month;
    p.year = y->value;
    p.calendar = m->calendar;
    p.last = y->last;
    p.confidence = m->calendar == CalendarKind::kGregorian ? 0.9f : 0.8f;
    return p;
  }

  // "2023 жылғы 5 қазанда", "2013-інші жылдың 29-ыншы қаңтарында",
  // "2023 жылдың наурызында", and a year its words mark: "2024 году", "2024 жылы".
  std::optional<Parsed> yearFirst(std::size_t i) const {
    const std::optional<Year> y = year(i, true);
    if (!y || !y->word) return std::nullopt;
    Parsed p;
    p.year = y->value;
    p.last = y->last;
    p.confidence = 0.9f;
    if (y->marker && *y->marker != CalendarKind::kGregorian) p.calendar = *y->marker;
    if (y->kazakhLinking) {
      if (std::optional<Parsed> rest = kazakhDayMonth(y->last + 1)) {
        rest->year = y->value;
        return rest;
      }
    }
    return p;
  }

  // After "2023 жылғы" or "осы жылдың": a day and a month, or a month alone.
  std::optional<Parsed> kazakhDayMonth(std::size_t k) const {
    if (!sameLine(k)) return std::nullopt;
    if (const std::optional<Day> d = day(k, true); d && d->suffix != NumeralSuffix::kCase && sameLine(d->last + 1)) {
      if (d->spelled && d->suffix != NumeralSuffix::kOrdinal) return std::nullopt;
      const std::optional<MonthMatch> m = month(d->last + 1);
      if (m && m->calendar == CalendarKind::kGregorian) {
        Parsed p;
        p.month = m->month;
        p.day = d->value;
        p.last = m->last;
        p.confidence = 0.95f;
        return p;
      }
      return std::nullopt;
    }
    const std::optional<MonthMatch> m = month(k);
    if (!m || m->script != MonthScript::kKazakh) return std::nullopt;
    Parsed p;
    p.month = m->month;
    p.last = m->last;
    if (m->form == MonthForm::kGenitive && sameLine(m->next)) {
      if (const std::optional<Day> d = day(m->next, true); d && d->suffix != NumeralSuffix::kInvalid) {
        p.day = d->value;
        p.last = d->last;
      }
    }
    return p;
  }

  // "соли 2025", "سال ۲۰۲۴", "عام 2007", "سال ۱۳۹۹".
  std::optional<Parsed> introducedYear(std::size_t i) const {
    std::string_view w = t_.fold(i);
    if (w.size() > 6 && (w.substr(0, 2) == "\u0644" || w.substr(0, 2) == "\u0628" || w.substr(0, 2) == "\u0648")) w.remove_prefix(2);
    if (!isOneOf(w, {"соли", "سال", "عام", "العام", "سنه", "السنه"}) || !sameLine(i + 1)) return std::nullopt;
    const std::optional<Year> y = year(i + 1, false);
    if (!y || t_.isNumber(y->last + 1)) return std::nullopt;
    if (t_.isWord(y->last + 1) && entities::scaleWordValue(t_.fold(y->last + 1)) != 0) return std::nullopt;
    Parsed p;
    p.year = y->value;
    p.last = y->last;
    const bool hijri = y->value >= kMinHijriYear && y->value <= kMaxHijriYear;
    if (hijri) {
      // A Persian "سال ۱۴۰۰" is Solar Hijri; an Arabic Hijri year carries its هـ.
      if (y->marker) {
        p.calendar = *y->marker;
      } else if (w == "سال") {
        p.calendar = CalendarKind::kSolarHijri;
      } else {
        return std::nullopt;
      }
    } else if (y->value < 1600) {
      return std::nullopt;
    }
    return p;
  }

  // "осы жылдың қаңтарында", "өткен жылдың 5 наурызында", "биылғы 1 мамырда".
  std::optional<Parsed> kazakhRelative(std::size_t i) const {
    const std::string_view w = t_.fold(i);
    int offset = 0;
    std::size_t k = i + 1;
    if (isOneOf(w, {"биылғы", "биылдың"})) {
    } else if (w == "былтырғы") {
      offset = -1;
    } else if (isOneOf(w, {"осы", "өткен", "келесі", "келер", "ағымдағы", "алдағы"}) && t_.isWord(k) && sameLine(k) &&
               isOneOf(t_.fold(k), {"жылдың", "жылғы"})) {
      offset = isOneOf(w, {"өткен"}) ? -1 : isOneOf(w, {"келесі", "келер", "алдағы"}) ? 1 : 0;
      ++k;
    } else {
      return std::nullopt;
    }
    std::optional<Parsed> p = kazakhDayMonth(k);
    if (!p) return std::nullopt;
    p->relativeYear = true;
    p->yearOffset = offset;
    p->confidence = 0.8f;
    return p;
  }

  // "в декабре", "في نوفمبر", "қаңтарда", "in March": a month with no day or
  // year, read only where a cue says it is one.
  std::optional<Parsed> monthAlone(std::size_t i) const {
    const std::optional<MonthMatch> m = month(i);
    if (!m || m->calendar != CalendarKind::kGregorian) return std::nullopt;
    const bool clear = m->ambiguity == MonthAmbiguity::kClear || (m->monthWordAfter && m->ambiguity == MonthAmbiguity::kNeedsNumber);
    if (!clear) return std::nullopt;
    const std::string_view before = i > 0 && t_.sameLine(i) && t_.isWord(i - 1) ? t_.fold(i - 1) : std::string_view{};
    bool cued = false;
    switch (m->script) {
      case MonthScript::kKazakh:
        // Capitalized, a name could be a city (Қазан) or a feast (Наурыз):
        // only the clear ones, or with "айы" after them.
        cued = (m->form != MonthForm::kPlain || m->monthWordAfter) &&
               (!t_[i].upperInitial || m->monthWordAfter || m->ambiguity == MonthAmbiguity::kClear);
        break;
      case MonthScript::kRussianTajik:
        cued = (m->form == MonthForm::kPrepositional && isOneOf(before, {"в", "во"})) ||
               (m->form == MonthForm::kGenitive && isOneOf(before, {"с", "до", "от", "начала", "конца", "середины", "начале", "конце", "середине"})) ||
               before == "моҳи";
        break;
      case MonthScript::kArabicScript:
        cued = isOneOf(before, {"في", "خلال", "منذ", "حتى", "شهر", "مطلع", "اوائل", "اواخر", "منتصف", "در", "ماه", "تا", "از", "اوايل", "اواسط"});
        break;
      case MonthScript::kLatin:
        cued = isOneOf(before, {"in", "since", "until", "during", "early", "late", "mid", "from", "through", "by"});
        break;
    }
    if (!cued) return std::nullopt;
    Parsed p;
    p.month = m->month;
    p.last = m->last;
    p.relativeYear = true;
    p.confidence = 0.6f;
    return p;
  }

  // "in 2024", "since 2019": English prepositions before a bare year.
  std::optional<Parsed> yearAfterPreposition(std::size_t i) const {
    if (!t_.isWord(i - 1) || !t_.sameLine(i) || !isOneOf(t_.fold(i - 1), {"in", "since", "until", "till", "by", "during", "from", "before", "after", "through"})) return std::nullopt;
    if (t_[i].digits != 4 || t_[i].value < 1900 || t_[i].value > 2100) return std::nullopt;
    // Attached, only closing punctuation: "since 2019," but not "2019%", "2019-20", "2019.5".
    if (t_.attached(i + 1) && !(t_[i + 1].kind == entities::ScanKind::kSymbol &&
                                (t_[i + 1].symbol == ',' || t_[i + 1].symbol == ';' || t_[i + 1].symbol == ')' ||
                                 (t_[i + 1].symbol == '.' && !t_.attached(i + 2)))))
      return std::nullopt;
    if (t_.isWord(i + 1) && t_.sameLine(i + 1)) {
      const std::string_view w = t_.fold(i + 1);
      const bool functionWord = isOneOf(w, {"the", "and", "or", "to", "when", "as", "at", "after", "before", "while", "with", "was",
                                            "were", "is", "has", "had", "from", "for", "it", "he", "she", "they", "we", "but",
                                            "of", "compared", "alone", "amid", "in", "on", "a", "an", "there", "this", "its"});
      if (!functionWord && !t_[i + 1].upperInitial) return std::nullopt;  // "in 2000 homes"
    }
    if (t_.isNumber(i + 1) || t_.isSymbol(i + 1, '%')) return std::nullopt;
    Parsed p;
    p.year = static_cast<int>(t_[i].value);
    p.last = i;
    p.confidence = 0.7f;
    return p;
  }

  // The second end of a range of days: "5–6 декабря" (a bare first day takes
  // the second's month), "27 мая – 3 июня 2025" (a first end without a year
  // takes the second's), "27-нші наурыз бен 4-інші сәуір аралығында",
  // "наурыздың 5-і мен 14-і аралығында". Rendered as an ISO interval.
  std::optional<Parsed> rangeEnd(std::size_t i, std::optional<Parsed>& first) const {
    std::optional<Day> bareDay;
    std::size_t k = 0;
    if (first) {
      if (first->day == 0 || first->calendar != CalendarKind::kGregorian) return std::nullopt;
      k = first->last + 1;
    } else if (t_.isNumber(i) && t_[i].digits == 4) {
      // "2005 – 2018 жылдар аралығында": a bare year before a marked one.
      const std::size_t d = i + 1;
      const bool yearDash = d < t_.size() && t_[d].kind == entities::ScanKind::kSymbol && entities::isDash(t_[d].symbol);
      if (!yearDash || !sameLine(d + 1) || t_.attached(d + 1) != t_.attached(d)) return std::nullopt;
      std::optional<Parsed> second = yearFirst(d + 1);
      if (!second || second->month != 0 || second->calendar != CalendarKind::kGregorian ||
          t_[i].value < static_cast<std::uint64_t>(kMinYear) || static_cast<int>(t_[i].value) >= second->year)
        return std::nullopt;
      first = Parsed{i, static_cast<int>(t_[i].value)};
      std::size_t n = second->last + 1;
      if (t_.isWord(n) && sameLine(n) && isOneOf(t_.fold(n), {"аралығында", "аралығындағы", "аралығы"})) second->last = n;
      return second;
    } else {
      bareDay = day(i, true);
      if (!bareDay || bareDay->suffix == NumeralSuffix::kCase || (bareDay->spelled && bareDay->suffix != NumeralSuffix::kOrdinal)) return std::nullopt;
      k = bareDay->last + 1;
    }
    const bool dash = k < t_.size() && t_[k].kind == entities::ScanKind::kSymbol && entities::isDash(t_[k].symbol);
    const bool kazakhAnd = t_.isWord(k) && isOneOf(t_.fold(k), {"бен", "мен", "пен"});
    if (!sameLine(k) || !(dash || kazakhAnd) || !sameLine(k + 1)) return std::nullopt;
    std::optional<Parsed> second = dayFirst(k + 1);
    if (!second) second = monthFirst(k + 1);
    const std::optional<MonthMatch> firstMonth = first ? month(i) : std::nullopt;
    if (!second && firstMonth && firstMonth->script == MonthScript::kKazakh && firstMonth->form == MonthForm::kGenitive) {
      // "наурыздың 5-і мен 14-і": the second day under the same month.
      if (const std::optional<Day> d = day(k + 1, true); d && d->suffix != NumeralSuffix::kInvalid) {
        second = *first;
        second->day = d->value;
        second->last = d->last;
      }
    }
    if (!second || second->day == 0 || second->calendar != CalendarKind::kGregorian) return std::nullopt;
    if (bareDay) {
      first = *second;
      first->day = bareDay->value;
      first->last = bareDay->last;
    } else if (first->year == 0 && !first->relativeYear) {
      return std::nullopt;
    } else if (first->relativeYear && second->year != 0 && !second->relativeYear) {
      first->year = second->year;
      first->relativeYear = false;
    }
    // "... күндері аралығында": "in the interval of the days".
    std::size_t n = second->last + 1;
    if (t_.isWord(n) && sameLine(n) && t_.fold(n) == "күндері") ++n;
    if (t_.isWord(n) && sameLine(n) && isOneOf(t_.fold(n), {"аралығында", "аралығындағы", "аралығы"})) second->last = n;
    return second;
  }

  std::optional<Mention> render(const Parsed& p, std::size_t first) const;
};

std::string twoDigits(int v) { return std::string{static_cast<char>('0' + v / 10), static_cast<char>('0' + v % 10)}; }

std::optional<Mention> DateGrammar::render(const Parsed& p, std::size_t first) const {
  std::string value;
  int year = p.year;
  if (p.relativeYear && anchor_) {
    year = p.calendar == CalendarKind::kGregorian ? anchor_->year + p.yearOffset
           : p.calendar == CalendarKind::kSolarHijri && p.day != 0 ? nearestSolarYear(p.month, p.day)
                                                                    : 0;
  }
  if (p.calendar == CalendarKind::kGregorian) {
    if (p.month != 0 && p.day != 0) {
      if (year != 0 && isValidGregorianDate(year, p.month, p.day)) {
        value = isoDate({year, p.month, p.day});
      } else if (year != 0 && !p.relativeYear) {
        return std::nullopt;  // 31.02.2024
      } else if (p.day <= gregorianDaysInMonth(2024, p.month)) {
        value = "--" + twoDigits(p.month) + "-" + twoDigits(p.day);
      } else {
        return std::nullopt;
      }
    } else if (p.month != 0) {
      if (p.month > 12) return std::nullopt;
      value = year != 0 ? isoDate({year, p.month, 1}).substr(0, 7) : "--" + twoDigits(p.month);
    } else {
      value = isoDate({year, 1, 1}).substr(0, 4);
    }
  } else {
    // Solar Hijri and Islamic: convert; a month alone is named by the
    // Gregorian month that holds its 15th day, a year by the one holding its
    // middle.
    auto convert = [&](int y, int m, int d) {
      return p.calendar == CalendarKind::kSolarHijri ? solarHijriToGregorian(y, m, d) : islamicCivilToGregorian(y, m, d);
    };
    if (year == 0) return std::nullopt;
    const std::optional<CivilDate> g = convert(year, p.month != 0 ? p.month : 6, p.day != 0 ? p.day : 15);
    if (!g) return std::nullopt;
    value = isoDate(*g).substr(0, p.day != 0 ? 10 : p.month != 0 ? 7 : 4);
  }
  Mention m;
  m.type = EntityType::kDate;
  m.begin = t_[first].begin;
  m.end = t_[p.last].end;
  m.text = std::string(t_.text().substr(m.begin, m.end - m.begin));
  m.entityId = std::move(value);
  m.confidence = p.confidence;
  return m;
}

std::optional<CivilDate> parseAnchor(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k) {
    for (std::size_t c = starts[k]; c < starts[k] + lengths[k]; ++c) {
      if (s[c] < '0' || s[c] > '9') return std::nullopt;
      parts[k] = parts[k] * 10 + (s[c] - '0');
    }
  }
  if (!isValidGregorianDate(parts[0], parts[1], parts[2])) return std::nullopt;
  return CivilDate{parts[0], parts[1], parts[2]};
}

}  // namespace

std::vector<Mention> DateRecognizer::find(std::string_view utf8Text, std::string_view anchorDate) const {
  const ScannedText text(utf8Text);
  const DateGrammar grammar(text, parseAnchor(anchorDate));
  return entities::mentionsOf(text, grammar);
}

}  // namespace qalam
