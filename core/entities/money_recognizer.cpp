#include "qalam/money_recognizer.hpp"

#include <optional>
#include <string>

#include "currency_names.hpp"
#include "number_words.hpp"
#include "scanned_text.hpp"

namespace qalam {
namespace {

using entities::ScanKind;
using entities::ScannedText;

// A number as written: value = digits × 10^exponent, kept as a string so
// that "2,5 млрд" is exactly 2500000000 whatever its size.
struct Amount {
  std::string digits;
  int exponent = 0;
  std::size_t last = 0;
};

// Appends the ASCII form of a run of ASCII, Persian or Arabic-Indic digits.
void appendAsciiDigits(std::string_view raw, std::string& out) {
  for (std::size_t k = 0; k < raw.size();) {
    const auto b = static_cast<unsigned char>(raw[k]);
    if (b >= '0' && b <= '9') {
      out += static_cast<char>(b);
      ++k;
    } else if (k + 1 < raw.size()) {  // U+06F0..U+06F9 is DB B0..B9, U+0660..U+0669 is D9 A0..A9
      const auto b1 = static_cast<unsigned char>(raw[k + 1]);
      out += static_cast<char>('0' + (b == 0xDB ? b1 - 0xB0 : b1 - 0xA0));
      k += 2;
    } else {
      ++k;
    }
  }
}

bool isPersianDigits(const ScannedText& t, std::size_t i) { return static_cast<unsigned char>(t.text()[t[i].begin]) == 0xDB; }

class MoneyGrammar {
 public:
  explicit MoneyGrammar(const ScannedText& t) : t_(t) {}

  std::optional<Mention> at(std::size_t i) const {
    // "$2.5 billion", "US$ 5 million", "€40", "USD 100".
    if (const std::optional<entities::CurrencyMatch> before = entities::matchCurrencyBefore(t_, i)) {
      const std::size_t k = before->last + 1;
      if (k < t_.size() && t_.sameLine(k)) {
        if (std::optional<Amount> a = amount(k)) {
          scale(*a);
          return money(i, a->last, *a, *before);
        }
      }
    }
    std::optional<Amount> a = amount(i);
    if (!a) return std::nullopt;
    const bool scaled = scale(*a);
    const std::size_t k = a->last + 1;
    if (k >= t_.size() || !t_.sameLine(k)) return std::nullopt;
    if (!scaled) {
      if (const std::optional<std::size_t> percent = entities::matchPercent(t_, k)) return mention(EntityType::kPercent, i, *percent, render(*a) + "%", 0.95f);
    }
    if (const std::optional<entities::CurrencyMatch> after = entities::matchCurrency(t_, k)) return money(i, after->last, *a, *after);
    // A nationality between the amount and the currency: "300 узбекских сумов".
    if (isNationality(k) && t_.sameLine(k + 1)) {
      if (const std::optional<entities::CurrencyMatch> after = entities::matchCurrency(t_, k + 1)) return money(i, after->last, *a, *after);
    }
    return std::nullopt;
  }

 private:
  const ScannedText& t_;

  bool isNationality(std::size_t k) const {
    if (!t_.isWord(k)) return false;
    const std::string_view w = t_.fold(k);
    for (std::string_view prefix : {"узбек", "өзбек", "кыргыз", "киргиз", "қырғыз", "канадск", "австралийск", "гонконгск", "американск"}) {
      if (w.substr(0, prefix.size()) == prefix) return true;
    }
    return false;
  }

  // Token i continues a number already begun ("1.2.3", "12:30").
  bool insideNumber(std::size_t i) const {
    if (i < 2 || !t_.attached(i) || t_[i - 1].kind != ScanKind::kSymbol || !t_.attached(i - 1)) return false;
    return t_.isNumber(i - 2);
  }

  void append(Amount& a, std::size_t k) const { appendAsciiDigits(t_.span(k, k), a.digits); }

  bool isSeparator(std::size_t s, char32_t sep) const { return t_.isSymbol(s, sep) && t_.attached(s) && t_.attached(s + 1) && t_.isNumber(s + 1); }

  // Digits with thousands groups (1,500,000; 1 500 000; ۱٬۵۰۰; 1.500.000) and
  // a fraction (2,5; 2.5; ۲٫۵; Persian ۲/۵), or a Kazakh numeral in words.
  std::optional<Amount> amount(std::size_t i) const {
    Amount a;
    if (t_.isWord(i)) {
      const std::optional<entities::SpelledNumber> n = entities::parseKazakhNumber(t_, i);
      if (!n || n->ordinal || n->suffixed) return std::nullopt;
      a.digits = std::to_string(n->value);
      a.last = n->last;
      return a;
    }
    if (!t_.isNumber(i) || insideNumber(i)) return std::nullopt;
    append(a, i);
    a.last = i;
    char32_t group = 0;
    if (t_[i].digits <= 3) {
      for (;;) {
        const std::size_t s = a.last + 1;
        char32_t sep = 0;
        for (char32_t c : {U',', U'\u066C', U'\'', U'\u2019', U'.'}) {
          if (isSeparator(s, c) && t_[s + 1].digits == 3) sep = c;
        }
        // A full stop groups only when it does so twice: "1.500.000"; "1.500" is 1.5.
        if (sep == '.' && group != '.' && !(isSeparator(s + 2, '.') && t_[s + 3].digits == 3)) sep = 0;
        if (sep != 0 && (group == 0 || group == sep)) {
          group = sep;
          append(a, s + 1);
          a.last = s + 1;
          continue;
        }
        // Spaces group too (Russian and Kazakh typography): 15 000 000.
        const std::size_t n = a.last + 1;
        if ((group == 0 || group == ' ') && t_.isNumber(n) && t_[n].gapBefore && t_.sameLine(n) && t_[n].digits == 3) {
          group = ' ';
          append(a, n);
          a.last = n;
          continue;
        }
        break;
      }
    }
    const std::size_t s = a.last + 1;
    for (char32_t c : {U'.', U',', U'\u066B', U'/'}) {
      if (!isSeparator(s, c) || c == group) continue;
      if (c == '/' && (!isPersianDigits(t_, i) || t_[s + 1].digits > 2)) continue;  // Iranian decimals: ۲/۵
      if (isSeparator(s + 2, c) || isSeparator(s + 2, '.') || isSeparator(s + 2, '/')) return std::nullopt;  // 1.2.3, a date
      const std::size_t before = a.digits.size();
      append(a, s + 1);
      a.exponent -= static_cast<int>(a.digits.size() - before);
      a.last = s + 1;
      break;
    }
    return a;
  }

  // Scale words after the amount ("млрд", "مليار", "هزار میلیارد", "$2.5bn").
  bool scale(Amount& a) const {
    bool scaled = false;
    for (int words = 0; words < 2; ++words) {
      const std::size_t k = a.last + 1;
      if (!t_.isWord(k) || !t_.sameLine(k)) break;
      const std::string_view w = t_.fold(k);
      std::uint64_t value = entities::scaleWordValue(w);
      if (value == 0 && t_.attached(k) && words == 0) value = w == "m" ? 1'000'000 : w == "b" ? 1'000'000'000 : w == "k" ? 1000 : 0;
      if (value == 0) break;
      for (; value > 1; value /= 10) ++a.exponent;
      a.last = k;
      scaled = true;
      // "млрд. долларов": the abbreviation's full stop, when a currency follows.
      if (t_.isSymbol(k + 1, '.') && t_.attached(k + 1) && entities::matchCurrency(t_, k + 2)) a.last = k + 1;
    }
    return scaled;
  }

  static std::string render(const Amount& a) {
    std::string s = a.digits;
    std::size_t point = s.size();
    if (a.exponent >= 0) {
      s.append(static_cast<std::size_t>(a.exponent), '0');
      point = s.size();
    } else {
      const auto fraction = static_cast<std::size_t>(-a.exponent);
      if (s.size() <= fraction) s.insert(0, fraction - s.size() + 1, '0');
      point = s.size() - fraction;
    }
    std::string whole = s.substr(0, point), fraction = s.substr(point);
    while (whole.size() > 1 && whole[0] == '0') whole.erase(0, 1);
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
    return fraction.empty() ? whole : whole + "." + fraction;
  }

  std::optional<Mention> money(std::size_t first, std::size_t last, Amount a, const entities::CurrencyMatch& c) const {
    if (c.factor == 10) ++a.exponent;
    return mention(EntityType::kMoney, first, last, render(a) + " " + std::string(c.code), 0.9f);
  }

  std::optional<Mention> mention(EntityType type, std::size_t first, std::size_t last, std::string value, float confidence) const {
    Mention m;
    m.type = type;
    m.begin = t_[first].begin;
    m.end = t_[last].end;
    m.text = std::string(t_.text().substr(m.begin, m.end - m.begin));
    m.entityId = std::move(value);
    m.confidence = confidence;
    return m;
  }
};

}  // namespace

std::vector<Mention> MoneyRecognizer::find(std::string_view utf8Text) const {
  const ScannedText text(utf8Text);
  const MoneyGrammar grammar(text);
  return entities::mentionsOf(text, grammar);
}

}  // namespace qalam
