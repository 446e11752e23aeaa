#include "number_words.hpp"

#include <functional>
#include <string>
#include <unordered_map>

namespace qalam::entities {
namespace {

struct FoldHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using ScaleTable = std::unordered_map<std::string, std::uint64_t, FoldHash, std::equal_to<>>;

enum class Rank : std::uint8_t { kNone, kUnit, kTen, kHundred, kThousand };

struct Numeral {
  std::string_view stem;
  std::uint64_t value;
  Rank rank;
};

// Longer stems first where one is a prefix of another (отыз before он).
constexpr Numeral kNumerals[] = {
    {"бір", 1, Rank::kUnit},       {"екі", 2, Rank::kUnit},      {"үш", 3, Rank::kUnit},
    {"төрт", 4, Rank::kUnit},      {"бес", 5, Rank::kUnit},      {"алты", 6, Rank::kUnit},
    {"жеті", 7, Rank::kUnit},
    {"сегіз", 8, Rank::kUnit},     {"тоғыз", 9, Rank::kUnit},    {"отыз", 30, Rank::kTen},
    {"он", 10, Rank::kTen},        {"жиырма", 20, Rank::kTen},   {"қырық", 40, Rank::kTen},
    {"қырқ", 40, Rank::kTen},      {"елу", 50, Rank::kTen},      {"алпыс", 60, Rank::kTen},
    {"жетпіс", 70, Rank::kTen},    {"сексен", 80, Rank::kTen},   {"тоқсан", 90, Rank::kTen},
    {"жүз", 100, Rank::kHundred},  {"мың", 1000, Rank::kThousand}};

constexpr std::string_view kOrdinalSuffixes[] = {"ыншы", "інші", "ншы", "нші", "сыншы", "сінші"};

// Case and possessive suffixes a numeral takes ("бесі", "онына", "бірінде").
constexpr std::string_view kCaseSuffixes[] = {
    "",     "да",   "де",   "та",    "те",    "ға",    "ге",    "қа",    "ке",    "на",    "не",
    "нан",  "нен",  "дан",  "ден",   "тан",   "тен",   "ның",   "нің",   "дың",   "дің",   "тың",
    "тің",  "ы",    "і",    "сы",    "сі",    "ына",   "іне",   "сына",  "сіне",
    "ында", "інде", "сында", "сінде", "нда",  "нде",   "ынан",  "інен",  "сынан", "сінен", "ының",
    "інің", "сының", "сінің", "ны",   "ні",    "ды",    "ді",    "ты",    "ті",    "дағы",  "дегі",
    "тағы", "тегі", "ндағы", "ндегі", "сындағы", "сіндегі" };

bool isCaseSuffix(std::string_view s) {
  for (std::string_view c : kCaseSuffixes) {
    if (s == c) return true;
  }
  return false;
}

struct WordReading {
  const Numeral* numeral = nullptr;
  bool ordinal = false;
  bool suffixed = false;
};

// Splits a word into a numeral stem, an optional ordinal suffix and an
// optional case suffix.
std::optional<WordReading> readWord(std::string_view w) {
  for (const Numeral& n : kNumerals) {
    if (w.substr(0, n.stem.size()) != n.stem) continue;
    const std::string_view rest = w.substr(n.stem.size());
    // A stem without its final vowel only takes an ordinal suffix (алтыншы).
    const bool truncated = n.stem == "қырқ";
    if (rest.empty()) {
      if (truncated) continue;
      return WordReading{&n, false, false};
    }
    for (std::string_view o : kOrdinalSuffixes) {
      if (rest.substr(0, o.size()) == o && isCaseSuffix(rest.substr(o.size()))) {
        return WordReading{&n, true, rest.size() > o.size()};
      }
    }
    if (!truncated && isCaseSuffix(rest)) return WordReading{&n, false, true};
  }
  return std::nullopt;
}

bool follows(Rank previous, Rank next) {
  switch (next) {
    case Rank::kUnit: return previous != Rank::kUnit;
    case Rank::kTen: return previous == Rank::kNone || previous == Rank::kHundred || previous == Rank::kThousand;
    case Rank::kHundred: return previous == Rank::kNone || previous == Rank::kUnit || previous == Rank::kThousand;
    case Rank::kThousand: return previous != Rank::kThousand;
    case Rank::kNone: return false;
  }
  return false;
}

}  // namespace

std::optional<SpelledNumber> parseKazakhNumber(const ScannedText& text, std::size_t i) {
  std::uint64_t total = 0, current = 0;
  Rank previous = Rank::kNone;
  bool thousands = false;
  std::optional<SpelledNumber> out;
  for (std::size_t k = i; text.isWord(k) && (k == i || text.sameLine(k)); ++k) {
    const std::optional<WordReading> r = readWord(text.fold(k));
    if (!r || !follows(previous, r->numeral->rank)) break;
    if (r->numeral->rank == Rank::kThousand && thousands) break;
    switch (r->numeral->rank) {
      case Rank::kUnit:
      case Rank::kTen: current += r->numeral->value; break;
      case Rank::kHundred: current = (current == 0 ? 1 : current) * 100; break;
      case Rank::kThousand:
        total += (current == 0 ? 1 : current) * 1000;
        current = 0;
        thousands = true;
        break;
      case Rank::kNone: break;
    }
    previous = r->numeral->rank;
    out = SpelledNumber{total + current, r->ordinal, r->suffixed, k};
    if (r->ordinal || r->suffixed) break;
  }
  return out;
}

NumeralSuffix classifyNumeralSuffix(std::string_view folded) {
  static constexpr std::string_view kOther[] = {"th", "st", "nd", "rd", "го", "е", "ое", "ого", "ый", "ой", "й", "м", "шы", "ші"};
  for (std::string_view o : kOther) {
    if (folded == o) return NumeralSuffix::kOrdinal;
  }
  for (std::string_view o : kOrdinalSuffixes) {
    if (folded.substr(0, o.size()) == o && isCaseSuffix(folded.substr(o.size()))) return NumeralSuffix::kOrdinal;
  }
  return !folded.empty() && isCaseSuffix(folded) ? NumeralSuffix::kCase : NumeralSuffix::kInvalid;
}

std::uint64_t scaleWordValue(std::string_view folded) {
  static const ScaleTable kScales = [] {
    constexpr std::uint64_t kThousand = 1000, kMillion = 1'000'000, kBillion = 1'000'000'000,
                            kTrillion = 1'000'000'000'000;
    const std::pair<const char*, std::uint64_t> words[] = {
        {"thousand", kThousand}, {"thousands", kThousand}, {"million", kMillion}, {"millions", kMillion},
        {"mln", kMillion}, {"mn", kMillion}, {"billion", kBillion}, {"billions", kBillion}, {"bn", kBillion},
        {"trillion", kTrillion}, {"trillions", kTrillion}, {"tn", kTrillion},
        {"тысяча", kThousand}, {"тысячи", kThousand}, {"тысяч", kThousand}, {"тысячу", kThousand}, {"тыс", kThousand},
        {"миллион", kMillion}, {"миллиона", kMillion}, {"миллионов", kMillion}, {"млн", kMillion},
        {"миллиард", kBillion}, {"миллиарда", kBillion}, {"миллиардов", kBillion}, {"млрд", kBillion},
        {"триллион", kTrillion}, {"триллиона", kTrillion}, {"триллионов", kTrillion}, {"трлн", kTrillion},
        {"мың", kThousand}, {"ҳазор", kThousand}, {"миллиони", kMillion}, {"миллиарди", kBillion},
        {"هزار", kThousand}, {"میلیون", kMillion}, {"میلیارد", kBillion}, {"بیلیون", kBillion},
        {"تریلیون", kTrillion}, {"ألف", kThousand}, {"آلاف", kThousand}, {"ألفا", kThousand},
        {"ألفي", kThousand}, {"مليون", kMillion}, {"ملايين", kMillion}, {"مليونا", kMillion},
        {"مليوني", kMillion}, {"مليار", kBillion}, {"مليارات", kBillion}, {"مليارا", kBillion},
        {"ملياري", kBillion}, {"بليون", kBillion}, {"بلايين", kBillion}, {"تريليون", kTrillion},
        {"ترليون", kTrillion}, {"تريليونات", kTrillion}};
    ScaleTable m;
    for (const auto& [word, value] : words) m.emplace(foldWord(word), value);
    return m;
  }();
  const auto found = kScales.find(folded);
  return found == kScales.end() ? 0 : found->second;
}

}  // namespace qalam::entities
