#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <stdexcept>
#include <unordered_map>
#include <vector>

#include "qalam/name_key.hpp"

namespace qalam {
namespace {

// Letters ICU's general rules render poorly for names, by our own spelling.
struct PreRule {
  char32_t letter;
  const char* latin;
};
constexpr std::array<PreRule, 20> kPreRules = {{
    {0x049B, "q"}, {0x0493, "gh"}, {0x04A3, "ng"}, {0x04E9, "o"}, {0x04B1, "u"}, {0x04AF, "u"}, {0x04BB, "h"},
    {0x0456, "i"}, {0x04D9, "a"},                                   // Kazakh
    {0x04E3, "i"}, {0x04EF, "u"}, {0x04B3, "h"}, {0x04B7, "j"},     // Tajik
    {0x067E, "p"}, {0x0686, "ch"}, {0x0698, "zh"}, {0x06AF, "g"},   // Persian
    {0x0629, "a"}, {0x0647, "h"},                                   // teh marbuta (folded) and heh
    // Ain: Latin spellings of names render it as a vowel (علی Ali, امامعلی
    // Emomali), never drop it between consonants (العلامات is not Almaty).
    {0x0639, "a"},
}};

bool isVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w'; }

// Lower-case letters with digraphs folded to one letter each.
std::string foldConsonants(std::string_view latin) {
  static constexpr std::array<std::pair<std::string_view, char>, 10> kDigraphs = {
      {{"kh", 'h'}, {"gh", 'g'}, {"sh", 's'}, {"ch", 'c'}, {"zh", 'j'}, {"dj", 'j'}, {"ph", 'f'}, {"th", 't'}, {"ts", 's'}, {"ng", 'n'}}};
  std::string out;
  for (std::size_t i = 0; i < latin.size(); ++i) {
    char c = latin[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z') continue;
    bool folded = false;
    for (const auto& [digraph, single] : kDigraphs) {
      if (latin.substr(i, 2) == digraph) {
        out.push_back(single);
        ++i;
        folded = true;
        break;
      }
    }
    if (folded) continue;
    if (c == 'q') c = 'k';
    if (c == 'v') c = 'f';
    out.push_back(c);
  }
  return out;
}

}  // namespace

struct NameKeyer::Impl {
  std::unique_ptr<icu::Transliterator> toLatin;
  // ICU's rendering of each Arabic-script or Cyrillic letter with the marks
  // that follow it. ICU's Arabic-Latin and Cyrillic-Latin rules give a word
  // the concatenation of its letters' renderings (a test checks this on
  // every such word of the labelled corpora), so a word of these scripts
  // costs hash lookups instead of a run of the rule engine.
  static constexpr std::size_t kMemoLimit = 4096;  // distinct letters and mark combinations
  std::unordered_map<std::string, std::string> memo;

  Impl() {
    UErrorCode status = U_ZERO_ERROR;
    toLatin.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU transliterator Any-Latin: ") + u_errorName(status));
  }
};

NameKeyer::NameKeyer() : impl_(std::make_unique<Impl>()) {}
NameKeyer::~NameKeyer() = default;
NameKeyer::NameKeyer(NameKeyer&&) noexcept = default;
NameKeyer& NameKeyer::operator=(NameKeyer&&) noexcept = default;

namespace {

// Arabic-script and Cyrillic letters (with their marks): the scripts whose
// ICU rules render letter by letter.
bool byLetterScript(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  return script == USCRIPT_ARABIC || script == USCRIPT_CYRILLIC;
}

}  // namespace

std::string NameKeyer::byIcu(std::string_view pre) const {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(pre.data(), static_cast<int32_t>(pre.size())));
  impl_->toLatin->transliterate(text);
  std::string out;
  text.toUTF8String(out);
  return out;
}

bool NameKeyer::byLetters(std::string_view pre, std::string& out) const {
  const auto* p = reinterpret_cast<const std::uint8_t*>(pre.data());
  const auto length = static_cast<int32_t>(pre.size());
  std::string letter;
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(p, i, length, c);
    if (c < 0) return false;
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      continue;
    }
    if (!byLetterScript(c)) return false;
    // The letter and the combining marks after it.
    while (i < length) {
      int32_t next = i;
      UChar32 mark = 0;
      U8_NEXT(p, next, length, mark);
      if (mark < 0 || u_getCombiningClass(mark) == 0) break;
      i = next;
    }
    letter.assign(pre.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    const auto found = impl_->memo.find(letter);
    if (found != impl_->memo.end()) {
      out += found->second;
      continue;
    }
    std::string rendered = byIcu(letter);
    out += rendered;
    if (impl_->memo.size() < Impl::kMemoLimit) impl_->memo.emplace(std::move(letter), std::move(rendered));
  }
  return true;
}

std::string NameKeyer::transliterate(std::string_view word) const {
  std::string pre;
  const auto* p = reinterpret_cast<const std::uint8_t*>(word.data());
  const auto length = static_cast<int32_t>(word.size());
  bool ascii = true;
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(p, i, length, c);
    const auto rule = std::find_if(kPreRules.begin(), kPreRules.end(), [&](const PreRule& r) { return r.letter == static_cast<char32_t>(c); });
    if (rule != kPreRules.end()) {
      pre += rule->latin;
    } else {
      pre.append(word.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
      ascii = ascii && c < 0x80;
    }
  }
  std::string out;
  if (ascii) {
    out = pre;
  } else if (!byLetters(pre, out)) {
    out = byIcu(pre);
  }
  std::string letters;
  for (const char c : out) {
    if (c >= 'a' && c <= 'z') letters.push_back(c);
    else if (c >= 'A' && c <= 'Z') letters.push_back(static_cast<char>(c - 'A' + 'a'));
  }
  return letters;
}

std::string NameKeyer::skeleton(std::string_view latin) {
  const std::string folded = foldConsonants(latin);
  std::string key;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const char c = folded[i];
    if (i == 0) {
      key.push_back(isVowel(c) && c != 'w' && c != 'y' ? 'a' : c);
      continue;
    }
    if (isVowel(c)) continue;
    if (key.back() != c) key.push_back(c);
  }
  return key;
}

std::string NameKeyer::comparable(std::string_view latin) {
  std::string out;
  for (char c : foldConsonants(latin)) {
    if (c == 'o' || c == 'w') c = 'u';
    if (c == 'e' || c == 'y') c = 'i';
    if (out.empty() || out.back() != c) out.push_back(c);
  }
  return out;
}

namespace {

std::u32string codePoints(std::string_view s) {
  std::u32string out;
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto length = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(p, i, length, c);
    out.push_back(static_cast<char32_t>(c < 0 ? 0xFFFD : c));
  }
  return out;
}

// Levenshtein distance divided by the longer length.
template <typename Text>
double relativeEditDistance(const Text& a, const Text& b) {
  if (a.empty() && b.empty()) return 0.0;
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t next = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = row[j];
      row[j] = next;
    }
  }
  return static_cast<double>(row[b.size()]) / static_cast<double>(std::max(a.size(), b.size()));
}

}  // namespace

double NameKeyer::distance(std::string_view latinA, std::string_view latinB) {
  return relativeEditDistance(comparable(latinA), comparable(latinB));
}

double NameKeyer::letterDistance(std::string_view a, std::string_view b) {
  return relativeEditDistance(codePoints(a), codePoints(b));
}

bool startsWithCapital(std::string_view word) {
  if (word.empty()) return false;
  const auto* p = reinterpret_cast<const std::uint8_t*>(word.data());
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(p, i, static_cast<int32_t>(word.size()), c);
  return c >= 0 && u_isupper(c);
}

bool isAllCapitals(std::string_view word) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(word.data());
  const auto size = static_cast<int32_t>(word.size());
  int letters = 0;
  for (int32_t i = 0; i < size;) {
    UChar32 c = 0;
    U8_NEXT(p, i, size, c);
    if (c < 0 || !u_isalpha(c)) continue;
    if (!u_isupper(c)) return false;
    ++letters;
  }
  return letters >= 2;
}

}  // namespace qalam
