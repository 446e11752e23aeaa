// The few facts about one word that the name rules look at: its script,
// its Arabic proclitics, whether it is an abbreviation.
#include "name_rules.hpp"
#include "qalam/name_key.hpp"

namespace qalam::name_rules {
namespace {

// Normalized Arabic letters as UTF-8 (the analyzer folds أ إ آ to ا).
constexpr std::string_view kAlefLam = "\xD8\xA7\xD9\x84";  // ال
constexpr std::string_view kLamLam = "\xD9\x84\xD9\x84";   // لل
constexpr std::string_view kWaw = "\xD9\x88";              // و
constexpr std::string_view kFeh = "\xD9\x81";              // ف
constexpr std::string_view kBeh = "\xD8\xA8";              // ب
constexpr std::string_view kKaf = "\xD9\x83";              // ك
constexpr std::string_view kLam = "\xD9\x84";              // ل
constexpr std::string_view kYeh = "\xD9\x8A";              // ي
constexpr std::string_view kYehHeh = "\xD9\x8A\xD9\x87";   // يه (ية after folding)

// Decodes the code point at `at` and advances; U+FFFD for a broken sequence.
char32_t nextCodePoint(std::string_view s, std::size_t& at) {
  const auto lead = static_cast<unsigned char>(s[at]);
  const std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (length == 0 || at + length > s.size()) {
    ++at;
    return 0xFFFD;
  }
  char32_t c = length == 1 ? lead : lead & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) c = (c << 6) | (static_cast<unsigned char>(s[at + k]) & 0x3F);
  at += length;
  return c;
}

Script scriptOfCodePoint(char32_t c) {
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7)) return Script::kLatin;
  if (c >= 0x400 && c <= 0x52F) return Script::kCyrillic;
  if ((c >= 0x620 && c <= 0x64A) || (c >= 0x66E && c <= 0x6D3) || (c >= 0x6FA && c <= 0x6FF) || (c >= 0x750 && c <= 0x77F) ||
      (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC)) {
    return Script::kArabic;
  }
  return Script::kOther;
}

// The article as it may be written in raw text: ال or with a hamza'd alef.
bool rawArticleAt(std::string_view raw, std::size_t at) {
  static constexpr std::string_view kArticles[] = {"\xD8\xA7\xD9\x84", "\xD8\xA3\xD9\x84", "\xD8\xA5\xD9\x84"};
  for (std::string_view a : kArticles) {
    if (raw.substr(at, a.size()) == a) return true;
  }
  return false;
}

}  // namespace

bool endsWith(std::string_view word, std::string_view suffix) {
  return word.size() >= suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}
bool startsWith(std::string_view word, std::string_view prefix) { return word.substr(0, prefix.size()) == prefix; }

Script scriptOf(std::string_view word) {
  for (std::size_t at = 0; at < word.size();) {
    const Script script = scriptOfCodePoint(nextCodePoint(word, at));
    if (script != Script::kOther) return script;
  }
  return Script::kOther;
}

std::size_t letterCount(std::string_view utf8) {
  std::size_t n = 0;
  for (const char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

std::string withoutProclitics(std::string_view word) {
  // Only clitics that stand before the article are removed: a bare و or ل
  // may be the name's own first letter (وزارة, لبنان).
  // The article must leave a word of two letters or more (وكالة is not و+ك+ال+ة).
  if (letterCount(word) < 5) return std::string(word);
  std::string_view rest = word;
  if ((startsWith(rest, kWaw) || startsWith(rest, kFeh)) && rest.size() > kWaw.size()) {
    const std::string_view after = rest.substr(kWaw.size());
    if (startsWith(after, kAlefLam) || startsWith(after, kLamLam) ||
        ((startsWith(after, kBeh) || startsWith(after, kKaf) || startsWith(after, kLam)) &&
         startsWith(after.substr(kBeh.size()), kAlefLam))) {
      rest = after;
    }
  }
  if (startsWith(rest, kLamLam) && letterCount(rest) > 3) return std::string(kAlefLam) + std::string(rest.substr(kLamLam.size()));
  if ((startsWith(rest, kBeh) || startsWith(rest, kKaf) || startsWith(rest, kLam)) &&
      startsWith(rest.substr(kBeh.size()), kAlefLam)) {
    rest = rest.substr(kBeh.size());
  }
  return std::string(rest);
}

std::string withoutArticle(std::string_view word) {
  std::string bare = withoutProclitics(word);
  if (startsWith(bare, kAlefLam) && letterCount(bare) >= 5) bare.erase(0, kAlefLam.size());
  return bare;
}

std::size_t procliticBytes(std::string_view raw) {
  std::size_t at = 0;
  if (startsWith(raw, kWaw) || startsWith(raw, kFeh)) at += kWaw.size();
  const std::string_view rest = raw.substr(at);
  if ((startsWith(rest, kBeh) || startsWith(rest, kKaf)) && rawArticleAt(raw, at + kBeh.size())) at += kBeh.size();
  // لل cannot be cut back to the article: its alef is not written; and the
  // article must leave two letters at least (وكالة is one word).
  return rawArticleAt(raw, at) && letterCount(raw.substr(at)) >= 4 ? at : 0;
}

bool isArabicNisba(std::string_view word) {
  const std::string bare = withoutProclitics(word);
  return startsWith(bare, kAlefLam) && letterCount(bare) >= 6 && (endsWith(bare, kYeh) || endsWith(bare, kYehHeh));
}

bool isAbbreviation(std::string_view word) {
  std::size_t letters = 0;
  for (std::size_t at = 0; at < word.size();) {
    const std::size_t begin = at;
    const Script script = scriptOfCodePoint(nextCodePoint(word, at));
    if (script == Script::kOther) continue;
    if (script == Script::kArabic || !startsWithCapital(word.substr(begin, at - begin))) return false;
    ++letters;
  }
  return letters >= 2;
}

}  // namespace qalam::name_rules
