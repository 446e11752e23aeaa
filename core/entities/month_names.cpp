#include "month_names.hpp"

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace qalam::entities {
namespace {

using A = MonthAmbiguity;
using S = MonthScript;
using F = MonthForm;

struct Entry {
  int month = 0;
  CalendarKind calendar = CalendarKind::kGregorian;
  MonthAmbiguity ambiguity = A::kClear;
  MonthScript script = S::kLatin;
  MonthForm form = F::kPlain;
  bool abbreviation = false;
  std::string second{};  // the folded second word of a two-word name
};

// Looked up with the string_view of a folded word, without a copy.
struct FoldHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using Table = std::unordered_map<std::string, std::vector<Entry>, FoldHash, std::equal_to<>>;

void add(Table& table, std::string_view name, Entry entry) {
  const std::string folded = foldWord(name);
  const std::size_t space = folded.find(' ');
  if (space != std::string::npos) entry.second = folded.substr(space + 1);
  table[folded.substr(0, space)].push_back(std::move(entry));
}

// Russian endings (with the case they mark) and the Tajik izafa -и.
struct Ending {
  const char* text;
  MonthForm form;
};
constexpr Ending kSoftEndings[] = {{"ь", F::kPlain}, {"я", F::kGenitive}, {"е", F::kPrepositional}, {"ю", F::kOtherCase},
                                   {"ём", F::kOtherCase}, {"ем", F::kOtherCase}, {"", F::kPlain}, {"и", F::kPlain}};
constexpr Ending kHardEndings[] = {{"", F::kPlain}, {"а", F::kGenitive}, {"е", F::kPrepositional},
                                   {"у", F::kOtherCase}, {"ом", F::kOtherCase}, {"и", F::kPlain}};

// Kazakh suffixes after a month's stem, for back- and front-vowel stems
// alike (a form that harmony forbids never occurs, so it costs nothing).
constexpr Ending kKazakhEndings[] = {
    {"", F::kPlain},
    {"ның", F::kGenitive}, {"нің", F::kGenitive}, {"дың", F::kGenitive}, {"дің", F::kGenitive},
    {"тың", F::kGenitive}, {"тің", F::kGenitive},
    {"ы", F::kPossessive}, {"і", F::kPossessive}, {"сы", F::kPossessive}, {"сі", F::kPossessive},
    {"ында", F::kPossessive}, {"інде", F::kPossessive}, {"сында", F::kPossessive}, {"сінде", F::kPossessive},
    {"ына", F::kPossessive}, {"іне", F::kPossessive}, {"сына", F::kPossessive}, {"сіне", F::kPossessive},
    {"ынан", F::kPossessive}, {"інен", F::kPossessive}, {"ының", F::kPossessive}, {"інің", F::kPossessive},
    {"ындағы", F::kPossessive}, {"індегі", F::kPossessive}, {"сындағы", F::kPossessive}, {"сіндегі", F::kPossessive},
    {"да", F::kOtherCase}, {"де", F::kOtherCase}, {"та", F::kOtherCase}, {"те", F::kOtherCase},
    {"ға", F::kOtherCase}, {"ге", F::kOtherCase}, {"қа", F::kOtherCase}, {"ке", F::kOtherCase},
    {"на", F::kOtherCase}, {"не", F::kOtherCase},
    {"нан", F::kOtherCase}, {"нен", F::kOtherCase}, {"дан", F::kOtherCase}, {"ден", F::kOtherCase},
    {"тан", F::kOtherCase}, {"тен", F::kOtherCase},
    {"ды", F::kOtherCase}, {"ді", F::kOtherCase}, {"ты", F::kOtherCase}, {"ті", F::kOtherCase},
    {"ны", F::kOtherCase}, {"ні", F::kOtherCase},
    {"дағы", F::kOtherCase}, {"дегі", F::kOtherCase}, {"тағы", F::kOtherCase}, {"тегі", F::kOtherCase},
    {"ғы", F::kOtherCase}, {"гі", F::kOtherCase}, {"қы", F::kOtherCase}, {"кі", F::kOtherCase},
    {"мен", F::kOtherCase}, {"бен", F::kOtherCase}, {"пен", F::kOtherCase}};

template <std::size_t N>
void addInflected(Table& table, std::string_view stem, const Ending (&endings)[N], Entry entry) {
  for (const Ending& e : endings) {
    entry.form = e.form;
    add(table, std::string(stem) + e.text, entry);
  }
}

Table build() {
  Table t;
  const auto G = CalendarKind::kGregorian;
  const auto SH = CalendarKind::kSolarHijri;
  const auto IS = CalendarKind::kIslamic;

  // English: capitalized in text; "May" is also a verb.
  const char* english[12] = {"january", "february", "march", "april", "may", "june",
                             "july", "august", "september", "october", "november", "december"};
  const char* englishShort[] = {"jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  for (int m = 1; m <= 12; ++m) {
    add(t, english[m - 1], {m, G, m == 5 ? A::kNeedsNumber : A::kClear, S::kLatin});
    if (*englishShort[m - 1] != '\0') add(t, englishShort[m - 1], {m, G, A::kNeedsNumber, S::kLatin, F::kPlain, true});
  }
  add(t, "sept", {9, G, A::kNeedsNumber, S::kLatin, F::kPlain, true});

  // Russian and Tajik share most stems; Tajik adds the izafa -и ("декабри").
  const char* soft[] = {"январ", "феврал", nullptr, "апрел", nullptr, "июн", "июл", nullptr, "сентябр", "октябр", "ноябр", "декабр"};
  for (int m = 1; m <= 12; ++m) {
    if (soft[m - 1] != nullptr) addInflected(t, soft[m - 1], kSoftEndings, {m, G, A::kClear, S::kRussianTajik});
  }
  addInflected(t, "март", kHardEndings, {3, G, A::kClear, S::kRussianTajik});
  addInflected(t, "август", kHardEndings, {8, G, A::kClear, S::kRussianTajik});
  // Tajik май is also "wine".
  for (const Ending& e : {Ending{"май", F::kPlain}, Ending{"мая", F::kGenitive}, Ending{"мае", F::kPrepositional},
                          Ending{"маю", F::kOtherCase}, Ending{"майи", F::kPlain}})
    add(t, e.text, {5, G, A::kNeedsNumber, S::kRussianTajik, e.form});
  const char* russianShort[] = {"янв", "фев", "мар", "апр", "", "", "", "авг", "сент", "окт", "нояб", "дек"};
  for (int m = 1; m <= 12; ++m) {
    if (*russianShort[m - 1] != '\0') add(t, russianShort[m - 1], {m, G, A::kNeedsNumber, S::kRussianTajik, F::kPlain, true});
  }

  // Kazakh. маусым is also "season", қазан "cauldron" (and Kazan).
  const char* kazakh[12] = {"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
                            "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"};
  for (int m = 1; m <= 12; ++m) {
    const A ambiguity = (m == 6 || m == 10) ? A::kNeedsNumber : A::kClear;
    addInflected(t, kazakh[m - 1], kKazakhEndings, {m, G, ambiguity, S::kKazakh});
  }
  addInflected(t, "қыркүйег", kKazakhEndings, {9, G, A::kClear, S::kKazakh});

  // Arabic (Egypt and the Gulf), with the spellings news text mixes.
  const char* arabic[][3] = {{"يناير", "", ""},        {"فبراير", "", ""},        {"مارس", "", ""},
                             {"أبريل", "إبريل", "ابريل"}, {"مايو", "", ""},          {"يونيو", "يونيه", ""},
                             {"يوليو", "يوليه", ""},     {"أغسطس", "اغسطس", "آغسطس"}, {"سبتمبر", "", ""},
                             {"أكتوبر", "اكتوبر", ""},  {"نوفمبر", "", ""},         {"ديسمبر", "دجنبر", ""}};
  for (int m = 1; m <= 12; ++m) {
    for (const char* name : arabic[m - 1]) {
      if (*name != '\0') add(t, name, {m, G, m == 3 ? A::kNeedsNumber : A::kClear, S::kArabicScript});
    }
  }
  // Levantine and Iraqi names: all of them are ordinary words or names too.
  const char* levantine[12] = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
                               "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};
  for (int m = 1; m <= 12; ++m) add(t, levantine[m - 1], {m, G, A::kNeedsNumber, S::kArabicScript});

  // Persian spellings of the Gregorian months, Iranian and Afghan.
  const char* persian[][4] = {{"ژانویه", "جنوری", "ژانویهٔ", ""},  {"فوریه", "فبروری", "فوریهٔ", ""},
                              {"مارس", "مارچ", "", ""},            {"آوریل", "اپریل", "آپریل", ""},
                              {"", "", "", ""},                    {"ژوئن", "جون", "", ""},
                              {"ژوئیه", "جولای", "ژوئیهٔ", "جولائی"}, {"اوت", "آگوست", "اگست", "اگوست"},
                              {"سپتامبر", "سپتمبر", "", ""},        {"اکتبر", "اکتوبر", "", ""},
                              {"نوامبر", "نومبر", "", ""},          {"دسامبر", "دسمبر", "", ""}};
  for (int m = 1; m <= 12; ++m) {
    for (const char* name : persian[m - 1]) {
      if (*name != '\0') add(t, name, {m, G, m == 6 ? A::kNeedsNumber : A::kClear, S::kArabicScript});
    }
  }
  add(t, "مه", {5, G, A::kNeedsDayAndYear, S::kArabicScript});  // also "fog"
  add(t, "می", {5, G, A::kNeedsDayAndYear, S::kArabicScript});  // also a verb prefix

  // Solar Hijri: Iranian names, then the Afghan (zodiac) names of the same months.
  const char* solar[12] = {"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
                           "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"};
  const char* afghan[12] = {"حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"};
  for (int m = 1; m <= 12; ++m) {
    add(t, solar[m - 1], {m, SH, A::kNeedsNumber, S::kArabicScript});
    add(t, afghan[m - 1], {m, SH, A::kNeedsDayAndYear, S::kArabicScript});
  }
  add(t, "جوزای", {3, SH, A::kNeedsDayAndYear, S::kArabicScript});

  // Islamic months: also given names and ordinary words, so always with a day and year.
  const char* islamic[][3] = {{"محرم", "", ""},
                              {"صفر", "", ""},
                              {"ربيع الأول", "ربيع أول", ""},
                              {"ربيع الآخر", "ربيع الثاني", "ربيع ثاني"},
                              {"جمادى الأولى", "جمادى الأول", "جمادي الاولي"},
                              {"جمادى الآخرة", "جمادى الثانية", "جمادى الثاني"},
                              {"رجب", "", ""},
                              {"شعبان", "", ""},
                              {"رمضان", "", ""},
                              {"شوال", "", ""},
                              {"ذو القعدة", "ذي القعدة", "ذیقعده"},
                              {"ذو الحجة", "ذي الحجة", "ذیحجه"}};
  for (int m = 1; m <= 12; ++m) {
    for (const char* name : islamic[m - 1]) {
      if (*name != '\0') add(t, name, {m, IS, A::kNeedsDayAndYear, S::kArabicScript});
    }
  }
  return t;
}

const Table& table() {
  static const Table t = build();
  return t;
}

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// The entry for `key` that fits the tokens from `i` on: a two-word name whose
// second word follows, else a one-word name.
std::optional<MonthMatch> lookup(const ScannedText& text, std::size_t i, std::string_view key, bool arabicOnly) {
  const auto found = table().find(key);
  if (found == table().end()) return std::nullopt;
  const Entry* best = nullptr;
  for (const Entry& e : found->second) {
    if (arabicOnly && e.script != S::kArabicScript) continue;
    if (e.script == S::kLatin && !text[i].upperInitial) continue;
    if (!e.second.empty()) {
      if (text.isWord(i + 1) && text.sameLine(i + 1) && text.fold(i + 1) == e.second) {
        best = &e;
        break;
      }
    } else if (best == nullptr) {
      best = &e;
    }
  }
  if (best == nullptr) return std::nullopt;
  MonthMatch m;
  m.month = best->month;
  m.calendar = best->calendar;
  m.ambiguity = best->ambiguity;
  m.script = best->script;
  m.form = best->form;
  m.last = best->second.empty() ? i : i + 1;
  m.next = m.last + 1;
  if (best->abbreviation && text.isSymbol(m.next, '.') && text.attached(m.next) && text.isNumber(m.next + 1)) {
    m.last = m.next;
    ++m.next;
  }
  return m;
}

}  // namespace

bool isKazakhMonthWord(std::string_view w) {
  static const std::string_view kForms[] = {"ай", "айы", "айында", "айынан", "айына", "айының", "айдың", "айындағы", "айда"};
  for (std::string_view f : kForms) {
    if (w == f) return true;
  }
  return false;
}

std::optional<MonthMatch> matchMonth(const ScannedText& text, std::size_t i) {
  if (!text.isWord(i)) return std::nullopt;
  const std::string_view word = text.fold(i);
  std::optional<MonthMatch> m = lookup(text, i, word, false);
  static const std::string kMah = foldWord("ماه");
  if (!m && word.size() > kMah.size() + 2 && word.substr(word.size() - kMah.size()) == kMah) {
    m = lookup(text, i, word.substr(0, word.size() - kMah.size()), true);  // "شهریورماه"
    if (m) m->monthWordAfter = true;
  }
  if (!m && word.size() >= 6) {
    for (std::string_view clitic : {"\u0648", "\u0641", "\u0628", "\u0644"}) {  // و ف ب ل
      if (startsWith(word, clitic)) {
        m = lookup(text, i, word.substr(clitic.size()), true);
        break;
      }
    }
  }
  if (!m) return std::nullopt;
  // The word "month" after the name.
  if (text.isWord(m->next) && text.sameLine(m->next)) {
    const std::string_view after = text.fold(m->next);
    if ((m->script == S::kArabicScript && after == kMah) || (m->script == S::kKazakh && m->form == F::kPlain && isKazakhMonthWord(after))) {
      m->monthWordAfter = true;
      // The Kazakh word stays out of the span, as KazNERD marks it; the
      // Persian one stands between the month and the year.
      if (m->script == S::kKazakh) {
        m->form = after == "айының" || after == "айдың" ? F::kGenitive : F::kOtherCase;
        ++m->next;
      } else {
        m->last = m->next++;
      }
    }
  }
  // "آب/أغسطس", "أغسطس (آب)": one month under two names.
  const bool slash = text.isSymbol(m->next, '/');
  const bool paren = text.isSymbol(m->next, '(');
  if ((slash || paren) && text.sameLine(m->next + 1)) {
    const std::optional<MonthMatch> other = lookup(text, m->next + 1, text.fold(m->next + 1), false);
    if (other && other->month == m->month && other->calendar == m->calendar) {
      std::size_t last = other->last;
      if (paren && text.isSymbol(last + 1, ')')) ++last;
      if (!paren || last > other->last) {
        if (other->ambiguity < m->ambiguity) m->ambiguity = other->ambiguity;
        m->last = last;
        m->next = last + 1;
      }
    }
  }
  return m;
}

}  // namespace qalam::entities
