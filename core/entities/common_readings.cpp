#include "common_readings.hpp"

#include <algorithm>

namespace qalam::name_rules {
namespace {

// Digits of any of the scripts news is written in: ASCII, Arabic-Indic and
// Persian (Extended Arabic-Indic).
bool startsWithDigit(std::string_view s) {
  if (s.empty()) return false;
  const auto b0 = static_cast<unsigned char>(s[0]);
  if (b0 >= '0' && b0 <= '9') return true;
  if (s.size() < 2) return false;
  const auto b1 = static_cast<unsigned char>(s[1]);
  return (b0 == 0xD9 && b1 >= 0xA0 && b1 <= 0xA9) || (b0 == 0xDB && b1 >= 0xB0 && b1 <= 0xB9);
}

// The first thing after word `i` that is not a space: a digit starts a date.
bool digitFollows(const ScannedText& s, std::size_t i, std::string_view whole) {
  const ScannedWord& w = s.words[i];
  const std::size_t end = static_cast<std::size_t>(w.raw.data() + w.raw.size() - whole.data());
  std::size_t at = end;
  while (at < whole.size() && (whole[at] == ' ' || whole[at] == '\t' || whole[at] == '\n')) ++at;
  // "،" (Arabic comma) between weekday and date: "دوشنبه، ۲۶ مهر".
  if (whole.substr(at, 2) == "\xD8\x8C" || whole.substr(at, 1) == ",") {
    at += whole[at] == ',' ? 1 : 2;
    while (at < whole.size() && whole[at] == ' ') ++at;
  }
  return startsWithDigit(whole.substr(at));
}

bool hasForm(const ScannedWord& w, const std::unordered_set<std::string>& set) {
  return std::any_of(w.forms.begin(), w.forms.end(), [&](const std::string& f) { return set.contains(f); });
}

}  // namespace

CommonReadings::CommonReadings(const Analyzer& analyzer) {
  const auto normalized = [&analyzer](std::initializer_list<const char*> words) {
    std::unordered_set<std::string> out;
    for (const char* w : words) out.insert(analyzer.normalize(w));
    return out;
  };
  Reading monday;
  monday.word = analyzer.normalize("دوشنبه");
  monday.before = normalized({"روز", "روزهای", "شب", "صبح", "ظهر", "عصر", "بامداد", "سحرگاه", "امروز", "دیروز", "فردا", "هر"});
  monday.after = normalized({"گذشته", "آینده", "شب", "صبح", "ظهر", "عصر", "بامداد", "هفته", "این", "آن"});
  monday.digitAfter = true;
  readings_.push_back(std::move(monday));

  Reading threshold;
  threshold.word = analyzer.normalize("آستانه");
  threshold.idiomBefore = normalized({"در", "بر"});
  // After "در آستانه", the city reading goes on with what is said of a place.
  threshold.placeAfter = normalized({"پایتخت", "قزاقستان", "و", "برگزار", "حضور", "دیدار", "اقامت", "گفت", "افتتاح",
                                     "امضا", "بود", "شد", "است", "هستند", "بودند", "رسید", "رسیدند", "نیز", "هم"});
  readings_.push_back(std::move(threshold));
}

bool CommonReadings::everydayWord(const ScannedText& s, std::size_t i) const {
  const ScannedWord& w = s.words[i];
  if (w.script != Script::kArabic || w.forms.empty()) return false;
  const auto reading = std::find_if(readings_.begin(), readings_.end(),
                                    [&](const Reading& r) { return r.word == w.forms.front(); });
  if (reading == readings_.end()) return false;
  const ScannedWord* previous = i > 0 && !w.punctBefore && !w.sentenceStart ? &s.words[i - 1] : nullptr;
  const ScannedWord* next = i + 1 < s.words.size() && !s.words[i + 1].punctBefore && !s.words[i + 1].sentenceStart
                                ? &s.words[i + 1]
                                : nullptr;
  if (previous && hasForm(*previous, reading->before)) return true;
  if (next && hasForm(*next, reading->after)) return true;
  if (reading->digitAfter && digitFollows(s, i, s.text)) return true;
  if (previous && next && hasForm(*previous, reading->idiomBefore) && !hasForm(*next, reading->placeAfter) &&
      !startsWithDigit(next->raw)) {
    return true;
  }
  return false;
}

}  // namespace qalam::name_rules
