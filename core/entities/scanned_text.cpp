#include "scanned_text.hpp"

#include "qalam/utf.hpp"

namespace qalam::entities {
namespace {

enum class CharClass : std::uint8_t { kSpace, kNarrowSpace, kLineBreak, kInvisible, kWordBreak, kDigit, kLetter, kMark, kSymbol };

// Decodes one code point at `i`; an invalid sequence reads as U+FFFD of
// length one, so a broken byte never swallows its neighbours.
char32_t decode(std::string_view s, std::size_t i, std::size_t& length) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  auto continuation = [&](std::size_t k) {
    return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
  };
  auto bits = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k]) & 0x3F); };
  length = 1;
  if (b0 < 0x80) return b0;
  if (b0 >= 0xC2 && b0 < 0xE0 && continuation(1)) {
    length = 2;
    return (static_cast<char32_t>(b0 & 0x1F) << 6) | bits(1);
  }
  if (b0 >= 0xE0 && b0 < 0xF0 && continuation(1) && continuation(2)) {
    const char32_t c = (static_cast<char32_t>(b0 & 0x0F) << 12) | (bits(1) << 6) | bits(2);
    if (c < 0x800 || (c >= 0xD800 && c < 0xE000)) return 0xFFFD;
    length = 3;
    return c;
  }
  if (b0 >= 0xF0 && b0 < 0xF5 && continuation(1) && continuation(2) && continuation(3)) {
    const char32_t c = (static_cast<char32_t>(b0 & 0x07) << 18) | (bits(1) << 12) | (bits(2) << 6) | bits(3);
    if (c < 0x10000 || c > 0x10FFFF) return 0xFFFD;
    length = 4;
    return c;
  }
  return 0xFFFD;
}

int digitValue(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 0x06F0 && c <= 0x06F9) return static_cast<int>(c - 0x06F0);  // Persian
  if (c >= 0x0660 && c <= 0x0669) return static_cast<int>(c - 0x0660);  // Arabic-Indic
  return -1;
}

CharClass classify(char32_t c) {
  if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C || c == 0x85) return CharClass::kLineBreak;
  if (c == ' ' || c == '\t' || c == 0x3000 || (c >= 0x2000 && c <= 0x2006) || c == 0x2008 || c == 0x200A ||
      c == 0x205F || c == 0x1680)
    return CharClass::kSpace;
  if (c == 0x00A0 || c == 0x2007 || c == 0x2009 || c == 0x202F) return CharClass::kNarrowSpace;
  // Bidi controls, the BOM and soft hyphen change nothing a reader sees.
  if (c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
      c == 0xFEFF || c == 0x00AD || c == 0x200D)
    return CharClass::kInvisible;
  if (c == 0x200C) return CharClass::kWordBreak;  // ZWNJ: Persian writes compounds with it
  if (digitValue(c) >= 0) return CharClass::kDigit;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::kLetter;
  if (c < 0x80) return CharClass::kSymbol;
  if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED) || c == 0x0640 ||
      (c >= 0x0300 && c <= 0x036F))
    return CharClass::kMark;  // harakat, Quranic marks, tatweel, combining accents
  if (c < 0x00C0 || c == 0x00D7 || c == 0x00F7) return CharClass::kSymbol;
  if ((c >= 0x0600 && c <= 0x061F) || (c >= 0x066A && c <= 0x066D) || c == 0x06D4 || c == 0x06DD || c == 0x06DE ||
      c == 0x06E9 || (c >= 0x06FD && c <= 0x06FE))
    return CharClass::kSymbol;  // Arabic punctuation: ، ؛ ؟ ٪ ٫ ٬ ۔
  if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE30 && c <= 0xFE6F) ||
      (c >= 0xFF00 && c <= 0xFF20) || c == 0xFFFD || c >= 0x1F000)
    return CharClass::kSymbol;  // punctuation, currency signs, arrows, emoji
  return CharClass::kLetter;
}

// Lower case for the letters our tables use (Latin, Cyrillic with Kazakh
// and Tajik letters), then one spelling for Arabic-script variants.
char32_t foldLetter(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 0x20;
  if (c >= 0x00C0 && c <= 0x00DE) return c + 0x20;
  if (c >= 0x0410 && c <= 0x042F) return c + 0x20;
  if (c >= 0x0400 && c <= 0x040F) return c + 0x50;
  if (c >= 0x0460 && c <= 0x04BF && c % 2 == 0 && c != 0x0482 && !(c >= 0x0483 && c <= 0x0489)) return c + 1;
  if (c >= 0x04C1 && c <= 0x04CE && c % 2 == 1) return c + 1;
  if (c >= 0x04D0 && c <= 0x04FF && c % 2 == 0) return c + 1;
  switch (c) {
    case 0x0649: case 0x06CC: case 0x0626: case 0x06D0: return 0x064A;  // ى ی ئ ې → ي
    case 0x06A9: return 0x0643;                                         // ک → ك
    case 0x0629: case 0x06C0: case 0x06C1: case 0x06D5: return 0x0647;  // ة ۀ ہ ە → ه
    case 0x0623: case 0x0625: case 0x0622: case 0x0671: return 0x0627;  // أ إ آ ٱ → ا
    case 0x0624: return 0x0648;                                         // ؤ → و
    default: return c;
  }
}

}  // namespace

ScannedText::ScannedText(std::string_view text) : text_(text) {
  tokens_.reserve(text.size() / 4 + 1);
  folded_.reserve(text.size());
  bool gap = false, line = false;
  int gapChars = 0;
  bool onlyNarrow = true;
  ScannedToken* open = nullptr;  // the number or word still growing
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 0;
    const char32_t c = decode(text, i, length);
    const CharClass cls = classify(c);
    const auto at = static_cast<std::uint32_t>(i);
    i += length;
    if (cls == CharClass::kInvisible) continue;
    if (cls == CharClass::kMark) {
      if (open != nullptr && open->kind == ScanKind::kWord) open->end = static_cast<std::uint32_t>(i);
      continue;
    }
    if (cls == CharClass::kSpace || cls == CharClass::kNarrowSpace || cls == CharClass::kLineBreak ||
        cls == CharClass::kWordBreak) {
      open = nullptr;
      gap = true;
      ++gapChars;
      line = line || cls == CharClass::kLineBreak;
      onlyNarrow = onlyNarrow && cls == CharClass::kNarrowSpace;
      continue;
    }
    const ScanKind kind = cls == CharClass::kDigit ? ScanKind::kNumber : cls == CharClass::kLetter ? ScanKind::kWord : ScanKind::kSymbol;
    if (open != nullptr && open->kind == kind && kind != ScanKind::kSymbol) {
      open->end = static_cast<std::uint32_t>(i);
    } else {
      ScannedToken t;
      t.kind = kind;
      t.begin = at;
      t.end = static_cast<std::uint32_t>(i);
      t.gapBefore = gap;
      t.lineBefore = line;
      t.narrowGap = gap && gapChars == 1 && onlyNarrow;
      if (kind == ScanKind::kSymbol) t.symbol = c;
      if (kind == ScanKind::kWord) {
        t.foldBegin = static_cast<std::uint32_t>(folded_.size());
        t.upperInitial = foldLetter(c) != c && c < 0x0600;
      }
      tokens_.push_back(t);
      open = kind == ScanKind::kSymbol ? nullptr : &tokens_.back();
      gap = line = false;
      gapChars = 0;
      onlyNarrow = true;
    }
    if (kind == ScanKind::kNumber) {
      constexpr std::uint64_t kMax = 1'000'000'000'000'000'000ULL;
      open->value = open->value >= kMax ? kMax : open->value * 10 + static_cast<std::uint64_t>(digitValue(c));
      if (open->digits < 255) ++open->digits;
    } else if (kind == ScanKind::kWord) {
      appendUtf8(folded_, foldLetter(c));
      open->foldLength = static_cast<std::uint32_t>(folded_.size()) - open->foldBegin;
    }
  }
}

std::string_view ScannedText::fold(std::size_t i) const {
  if (i >= tokens_.size() || tokens_[i].kind != ScanKind::kWord) return {};
  return std::string_view(folded_).substr(tokens_[i].foldBegin, tokens_[i].foldLength);
}

std::string foldWord(std::string_view utf8) {
  const ScannedText scanned(utf8);
  std::string out;
  for (std::size_t i = 0; i < scanned.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += scanned.isWord(i) ? std::string(scanned.fold(i)) : std::string(scanned.span(i, i));
  }
  return out;
}

bool isDash(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2212; }

}  // namespace qalam::entities
