#include "date_parts.hpp"

namespace qalam::entities {

std::optional<MonthMatch> DateParts::month(std::size_t k) const {
  if (k >= t_.size()) return std::nullopt;
  if (monthKnown_.empty()) {
    monthKnown_.assign(t_.size(), 0);
    monthAt_.resize(t_.size());
  }
  if (monthKnown_[k] == 0) {
    const std::optional<MonthMatch> m = entities::matchMonth(t_, k);
    monthKnown_[k] = m ? 2 : 1;
    if (m) monthAt_[k] = *m;
  }
  return monthKnown_[k] == 2 ? std::optional<MonthMatch>(monthAt_[k]) : std::nullopt;
}

bool DateParts::insideNumber(std::size_t i) const {
  if (i < 2 || !t_.attached(i) || t_[i - 1].kind != ScanKind::kSymbol) return false;
  const char32_t s = t_[i - 1].symbol;
  const bool separator = s == '.' || s == ',' || s == '/' || s == ':' || s == 0x066B || s == 0x066C || isDash(s);
  return separator && t_.isNumber(i - 2) && t_.attached(i - 1);
}

std::optional<Day> DateParts::day(std::size_t i, bool allowSpelled) const {
  if (t_.isNumber(i)) {
    if (t_[i].digits > 2 || t_[i].value < 1 || t_[i].value > 31) return std::nullopt;
    Day d{static_cast<int>(t_[i].value), i};
    std::size_t s = i + 1;
    if (t_.attached(s) && t_[s].kind == ScanKind::kSymbol && isDash(t_[s].symbol) && t_.isWord(s + 1) && t_.attached(s + 1)) ++s;
    if (t_.isWord(s) && t_.attached(s)) {
      d.suffix = classifyNumeralSuffix(t_.fold(s));
      if (d.suffix == NumeralSuffix::kInvalid) return std::nullopt;  // "5kg", "5-летний"
      d.last = s;
    }
    return d;
  }
  if (!allowSpelled || !t_.isWord(i)) return std::nullopt;
  const std::optional<SpelledNumber> n = parseKazakhNumber(t_, i);
  if (!n || n->value < 1 || n->value > 31) return std::nullopt;
  const NumeralSuffix suffix = n->ordinal ? NumeralSuffix::kOrdinal : n->suffixed ? NumeralSuffix::kCase : NumeralSuffix::kInvalid;
  return Day{static_cast<int>(n->value), n->last, suffix, true};
}

// Calendar markers and the words for "year" after a year's number.
void DateParts::readYearTail(Year& y) const {
  std::size_t k = y.last + 1;
  if (!t_.isWord(k) || !sameLine(k)) return;
  const std::string_view w = t_.fold(k);
  auto take = [&](std::size_t last) {
    y.last = last;
    y.word = true;
    if (t_.isSymbol(last + 1, '.') && t_.attached(last + 1) && t_.fold(last).size() <= 2) ++y.last;
  };
  if (isOneOf(w, {"года", "году", "год", "годом", "г", "гг", "годах", "годов", "годы", "годами"})) return take(k);
  if (isOneOf(w, {"жылғы", "жылдың", "жылы", "ж"})) {
    y.kazakhLinking = true;
    return take(k);
  }
  if (isOneOf(w, {"жыл", "жылға", "жылдан", "жылмен", "жылды", "жылда", "жылдар", "жылдары", "жылдардың", "жылдарда", "жылдардағы"})) {
    if (t_.isWord(k + 1) && isOneOf(t_.fold(k + 1), {"бұрын", "бойы", "ішінде"})) return;  // "2000 жыл бұрын": a span
    return take(k);
  }
  // Persian and Arabic markers: ش, ه.ش, هجری شمسی, ه, هـ, ه.ق, هجري, م, میلادی.
  const bool persianDigits = static_cast<unsigned char>(t_.text()[t_[y.last].begin]) == 0xDB;
  std::size_t last = k;
  std::optional<CalendarKind> marker{};
  const std::string_view next = t_.isSymbol(k + 1, '.') && t_.attached(k + 1) ? t_.fold(k + 2) : t_.fold(k + 1);
  const std::size_t nextIndex = t_.isSymbol(k + 1, '.') && t_.attached(k + 1) ? k + 2 : k + 1;
  if (isOneOf(w, {"ه", "هجري", "هـ"}) && isOneOf(next, {"ش", "شمسي"})) {
    marker = CalendarKind::kSolarHijri;
    last = nextIndex;
  } else if (isOneOf(w, {"ه", "هجري"}) && isOneOf(next, {"ق", "قمري"})) {
    marker = CalendarKind::kIslamic;
    last = nextIndex;
  } else if (isOneOf(w, {"ش", "شمسي", "خورشيدي"})) {
    marker = CalendarKind::kSolarHijri;
  } else if (isOneOf(w, {"ق", "قمري", "ه", "هجريه"})) {
    marker = CalendarKind::kIslamic;
  } else if (w == "هجري") {
    marker = persianDigits ? CalendarKind::kSolarHijri : CalendarKind::kIslamic;
  } else if (isOneOf(w, {"م", "ميلادي", "ميلاديه", "للميلاد"})) {
    marker = CalendarKind::kGregorian;
  }
  if (!marker) return;
  y.marker = marker;
  take(last);
}

std::optional<Year> DateParts::year(std::size_t i, bool allowSpelled) const {
  Year y;
  if (t_.isNumber(i)) {
    if (t_[i].digits != 4 || t_[i].value < static_cast<std::uint64_t>(kMinYear) || t_[i].value > static_cast<std::uint64_t>(kMaxYear)) return std::nullopt;
    y.value = static_cast<int>(t_[i].value);
    y.last = i;
    std::size_t s = i + 1;
    if (t_.attached(s) && t_[s].kind == ScanKind::kSymbol && isDash(t_[s].symbol) && t_.isWord(s + 1) && t_.attached(s + 1)) ++s;
    if (t_.isWord(s) && t_.attached(s)) {
      // "2020-сыншы", "2024-го"; an Arabic marker written on the number ("2024م") is read below.
      if (classifyNumeralSuffix(t_.fold(s)) == NumeralSuffix::kOrdinal) {
        y.last = s;
      } else if (s != i + 1 || !isOneOf(t_.fold(s), {"م", "ه", "ش"})) {
        return std::nullopt;
      } else {
        y.last = s - 1;
      }
    }
  } else if (allowSpelled && t_.isWord(i)) {
    const std::optional<SpelledNumber> n = parseKazakhNumber(t_, i);
    if (!n || n->suffixed || n->value < static_cast<std::uint64_t>(kMinYear) || n->value > static_cast<std::uint64_t>(kMaxYear)) return std::nullopt;
    y.value = static_cast<int>(n->value);
    y.last = n->last;
  } else {
    return std::nullopt;
  }
  readYearTail(y);
  if (y.marker && y.value >= kMinYear) {
    if (*y.marker != CalendarKind::kGregorian && (y.value < kMinHijriYear || y.value > kMaxHijriYear)) y.marker.reset();
  }
  if (t_.isWord(i) && !y.word) return std::nullopt;  // a spelled year needs "жылы"
  return y;
}

}  // namespace qalam::entities
