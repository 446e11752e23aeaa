#include "currency_names.hpp"

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace qalam::entities {
namespace {

struct FoldHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using WordTable = std::unordered_map<std::string, std::string_view, FoldHash, std::equal_to<>>;

// Endings a Cyrillic currency name takes: Russian cases, Kazakh case and
// derivation suffixes, the Tajik izafa. A name is matched as stem + one of
// these, so "теңгерім" (balance) or "Европа" never read as money.
constexpr std::string_view kCyrillicEndings[] = {
    "",    "а",   "у",   "ом",  "ы",   "ов",  "ей",  "ям",  "ях",  "ами", "ах",  "ам",  "я",   "ь",
    "е",   "и",   "ю",   "ем",  "ға",  "ге",  "қа",  "ке",  "дан", "ден", "тан", "тен", "нан", "нен",
    "ды",  "ді",  "ты",  "ті",  "ны",  "ні",  "дың", "дің", "тың", "тің", "ның", "нің", "лық", "лік",
    "дық", "дік", "тық", "тік", "да",  "де",  "та",  "те",  "і",   "сы",  "сі",  "ӣ",   "й",   "мен"};

struct Stem {
  const char* stem;
  const char* code;
};
constexpr Stem kCyrillicStems[] = {
    // "сомонӣ" before "сом", which it begins with.
    {"доллар", "USD"}, {"рубл", "RUB"},   {"тенге", "KZT"}, {"теңге", "KZT"}, {"еуро", "EUR"},
    {"сомонӣ", "TJS"}, {"сомони", "TJS"}, {"сом", "KGS"},   {"сум", "UZS"},   {"юан", "CNY"},
    {"фунт", "GBP"},   {"иен", "JPY"},    {"йен", "JPY"},   {"гривн", "UAH"}, {"гривен", "UAH"},
    {"лир", "TRY"},    {"рупи", "INR"},   {"афгани", "AFN"}, {"риал", "IRR"}, {"дирхам", "AED"}};

const WordTable& exactWords() {
  static const WordTable table = [] {
    const std::pair<const char*, const char*> words[] = {
        // Latin (folded to lower case)
        {"dollar", "USD"}, {"dollars", "USD"}, {"euro", "EUR"}, {"euros", "EUR"}, {"rouble", "RUB"},
        {"roubles", "RUB"}, {"ruble", "RUB"}, {"rubles", "RUB"}, {"tenge", "KZT"}, {"somoni", "TJS"},
        {"rial", "IRR"}, {"rials", "IRR"}, {"riyal", "SAR"}, {"riyals", "SAR"}, {"afghani", "AFN"},
        {"afghanis", "AFN"}, {"yuan", "CNY"}, {"renminbi", "CNY"}, {"pound", "GBP"}, {"pounds", "GBP"},
        {"yen", "JPY"}, {"som", "KGS"}, {"lira", "TRY"}, {"dirham", "AED"}, {"dirhams", "AED"},
        {"rupee", "INR"}, {"rupees", "INR"}, {"долл", "USD"}, {"руб", "RUB"}, {"евро", "EUR"}, {"тг", "KZT"},
        // Persian and Arabic
        {"دلار", "USD"}, {"دولار", "USD"}, {"دولارا", "USD"}, {"دولارات", "USD"}, {"یورو", "EUR"},
        {"روبل", "RUB"}, {"روبلا", "RUB"}, {"تنگه", "KZT"}, {"تنغه", "KZT"}, {"تنغي", "KZT"},
        {"سامانی", "TJS"}, {"سوموني", "TJS"}, {"افغانی", "AFN"}, {"أفغاني", "AFN"}, {"یوان", "CNY"},
        {"پوند", "GBP"}, {"ين", "JPY"}, {"درهم", "AED"}, {"دراهم", "AED"}, {"جنيه", "EGP"}, {"جنيها", "EGP"},
        {"ريالات", "SAR"},
        {"\uFDFC", "IRR"}};
    WordTable t;
    for (const auto& [word, code] : words) t.emplace(foldWord(word), code);
    return t;
  }();
  return table;
}

// Nationality adjectives that settle a riyal, dinar, dirham, pound or dollar.
std::optional<std::string_view> adjectiveCode(std::string_view noun, std::string_view adjective) {
  struct Rule {
    std::string noun, adjective;
    std::string_view code;
  };
  static const std::vector<Rule> kRules = [] {
    const char* rules[][3] = {
        {"ريال", "سعودي", "SAR"}, {"ريال", "قطري", "QAR"}, {"ريال", "عماني", "OMR"}, {"ريال", "يمني", "YER"},
        {"ريال", "ايراني", "IRR"}, {"دينار", "كويتي", "KWD"}, {"دينار", "عراقي", "IQD"}, {"دينار", "اردني", "JOD"},
        {"دينار", "بحريني", "BHD"}, {"دينار", "ليبي", "LYD"}, {"دينار", "جزائري", "DZD"}, {"دينار", "تونسي", "TND"},
        {"درهم", "مغربي", "MAD"}, {"درهم", "اماراتي", "AED"}, {"جنيه", "استرليني", "GBP"}, {"جنيه", "مصري", "EGP"},
        {"جنيه", "سوداني", "SDG"}, {"دولار", "امريكي", "USD"}, {"دولار", "كندي", "CAD"}, {"دولار", "استرالي", "AUD"},
        {"دلار", "کانادا", "CAD"}, {"دلار", "استرالیا", "AUD"}};
    std::vector<Rule> out;
    for (const auto& r : rules) out.push_back({foldWord(r[0]), foldWord(r[1]), r[2]});
    return out;
  }();
  // The adjective agrees with a feminine or plural noun: كندية, "دولارات كندية".
  static const std::string kFeminine = foldWord("ة");
  for (const Rule& r : kRules) {
    if (noun != r.noun || adjective.substr(0, r.adjective.size()) != r.adjective) continue;
    const std::string_view rest = adjective.substr(r.adjective.size());
    if (rest.empty() || rest == kFeminine) return r.code;
  }
  return std::nullopt;
}

bool isCyrillicEnding(std::string_view rest) {
  for (std::string_view e : kCyrillicEndings) {
    if (rest == e) return true;
  }
  return false;
}

}  // namespace

std::optional<CurrencyMatch> matchCurrency(const ScannedText& text, std::size_t i) {
  if (i >= text.size()) return std::nullopt;
  const ScannedToken& t = text[i];
  if (t.kind == ScanKind::kSymbol) {
    switch (t.symbol) {
      case '$': return CurrencyMatch{"USD", i};
      case 0x20AC: return CurrencyMatch{"EUR", i};  // €
      case 0x00A3: return CurrencyMatch{"GBP", i};  // £
      case 0x20B8: return CurrencyMatch{"KZT", i};  // ₸
      case 0x20BD: return CurrencyMatch{"RUB", i};  // ₽
      case 0x00A5: return CurrencyMatch{"JPY", i};  // ¥
      default: return std::nullopt;
    }
  }
  if (t.kind != ScanKind::kWord) return std::nullopt;
  std::string_view w = text.fold(i);
  CurrencyMatch m{"", i};
  static const std::string kToman = foldWord("تومان"), kRial = foldWord("ریال"), kDinar = foldWord("دينار"),
                           kDollar = foldWord("دولار"), kDollarFa = foldWord("دلار"), kDirham = foldWord("درهم"),
                           kPound = foldWord("جنيه");
  // An ISO code in capitals: "USD", "KZT".
  static constexpr std::pair<std::string_view, std::string_view> kCodes[] = {
      {"usd", "USD"}, {"eur", "EUR"}, {"rub", "RUB"}, {"kzt", "KZT"}, {"tjs", "TJS"}, {"irr", "IRR"}, {"afn", "AFN"},
      {"kgs", "KGS"}, {"uzs", "UZS"}, {"cny", "CNY"}, {"gbp", "GBP"}, {"jpy", "JPY"}, {"try", "TRY"}, {"aed", "AED"},
      {"sar", "SAR"}, {"egp", "EGP"}, {"kwd", "KWD"}, {"inr", "INR"}, {"chf", "CHF"}, {"uah", "UAH"}};
  if (w.size() == 3 && t.upperInitial) {
    for (const auto& [lower, upper] : kCodes) {
      if (w == lower) {
        m.code = upper;
        return m;
      }
    }
  }
  if (w == kToman) {
    m.code = "IRR";
    m.factor = 10;
    return m;
  }
  const std::string_view adjective = text.isWord(i + 1) && text.sameLine(i + 1) ? text.fold(i + 1) : std::string_view{};
  if (w == kRial || w == kDinar || w == kDollar || w == kDollarFa || w == kDirham || w == kPound) {
    if (const std::optional<std::string_view> code = adjectiveCode(w, adjective)) {
      m.code = *code;
      m.last = i + 1;
      return m;
    }
    if (w == kDinar) return std::nullopt;  // Kuwaiti, Iraqi, Jordanian, ...: no default
    if (w == kRial) {
      // Persian writes ی (U+06CC), Arabic ي (U+064A): the Iranian rial or the Saudi riyal.
      const std::string_view raw = text.span(i, i);
      m.code = raw.find("\u06CC") != std::string_view::npos ? "IRR" : "SAR";
      return m;
    }
  }
  if (const auto found = exactWords().find(w); found != exactWords().end()) {
    m.code = found->second;
  } else {
    for (const Stem& s : kCyrillicStems) {
      const std::string_view stem = s.stem;
      if (w.substr(0, stem.size()) == stem && isCyrillicEnding(w.substr(stem.size()))) {
        m.code = s.code;
        break;
      }
    }
    if (m.code.empty()) return std::nullopt;
  }
  if (text.isSymbol(i + 1, '.') && text.attached(i + 1) && (w == "долл" || w == "руб")) m.last = i + 1;
  // Russian adjectives before a dollar: "канадских долларов".
  if (m.code == "USD" && i > 0 && text.isWord(i - 1)) {
    const std::string_view before = text.fold(i - 1);
    if (before.substr(0, 14) == "канадск") m.code = "CAD";
    if (before.substr(0, 22) == "австралийск") m.code = "AUD";
    if (before.substr(0, 20) == "гонконгск") m.code = "HKD";
  }
  // The Uzbek som is written like the Kyrgyz one; its adjective tells them apart.
  if (m.code == "KGS" && i > 0 && text.isWord(i - 1)) {
    const std::string_view before = text.fold(i - 1);
    if (before.substr(0, 10) == "узбек" || before.substr(0, 10) == "өзбек" || before == "uzbek") m.code = "UZS";
  }
  return m;
}

std::optional<CurrencyMatch> matchCurrencyBefore(const ScannedText& text, std::size_t i) {
  if (i >= text.size()) return std::nullopt;
  // "US$"
  if (text.isWord(i) && text.fold(i) == "us" && text.isSymbol(i + 1, '$') && text.attached(i + 1)) return CurrencyMatch{"USD", i + 1};
  const std::optional<CurrencyMatch> m = matchCurrency(text, i);
  if (!m) return std::nullopt;
  if (text[i].kind == ScanKind::kSymbol || (text[i].upperInitial && text.fold(i).size() == 3)) return m;
  return std::nullopt;
}

std::optional<std::size_t> matchPercent(const ScannedText& text, std::size_t i) {
  if (i >= text.size()) return std::nullopt;
  if (text.isSymbol(i, '%') || text.isSymbol(i, 0x066A)) return i;
  if (!text.isWord(i)) return std::nullopt;
  const std::string_view w = text.fold(i);
  static const std::string kDarsad = foldWord("درصد"), kDarsadi = foldWord("درصدی"), kBilMia = foldWord("بالمئة"),
                           kBilMaa = foldWord("بالمائة"), kFi = foldWord("في"), kMia = foldWord("المئة"),
                           kMaa = foldWord("المائة");
  if (w == kDarsad || w == kDarsadi || w == kBilMia || w == kBilMaa) return i;
  if (w == kFi && text.isWord(i + 1) && text.sameLine(i + 1) && (text.fold(i + 1) == kMia || text.fold(i + 1) == kMaa)) return i + 1;
  if (w == "percent" || w == "pct") return i;
  if (w == "per" && text.isWord(i + 1) && text.fold(i + 1) == "cent") return i + 1;
  for (std::string_view stem : {std::string_view("процент"), std::string_view("пайыз"), std::string_view("фоиз")}) {
    if (w.substr(0, stem.size()) == stem && isCyrillicEnding(w.substr(stem.size()))) return i;
  }
  return std::nullopt;
}

}  // namespace qalam::entities
