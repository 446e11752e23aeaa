#include "script_folder.hpp"

#include "qalam/utf.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace qalam::text {
namespace {

bool isArabicMark(char32_t c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640;  // harakat, superscript alef, tatweel
}

bool isLatinWithDiacritics(char32_t c) {
  return (c >= 0x00C0 && c <= 0x024F) || (c >= 0x1E00 && c <= 0x1EFF);
}

// The base letter of a Latin letter with diacritics, or 0 when it has none.
char32_t latinBase(char32_t c) {
  switch (c) {  // letters without a canonical decomposition
    case 0x00F8: return U'o';  // ø
    case 0x0111: return U'd';  // đ
    case 0x0142: return U'l';  // ł
    case 0x0127: return U'h';  // ħ
    case 0x0131: return U'i';  // dotless ı
    default: break;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return 0;
  icu::UnicodeString decomposition;
  if (!nfd->getDecomposition(static_cast<UChar32>(c), decomposition) || decomposition.isEmpty()) return 0;
  const UChar32 base = decomposition.char32At(0);
  return base < 0x80 ? static_cast<char32_t>(base) : 0;
}

}  // namespace

char32_t foldCodePoint(char32_t c) {
  if (c < 0x0400) return c;
  if (isArabicMark(c)) return 0;
  switch (c) {
    // Cyrillic
    case 0x0451: return 0x0435;  // ё → е
    // Alef variants → bare alef
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: return 0x0627;
    // Yeh variants (alef maqsura, Arabic and Farsi yeh, yeh barree, hamza on yeh) → Arabic yeh
    case 0x0649: case 0x06CC: case 0x06D2: case 0x0626: return 0x064A;
    // Keheh → kaf
    case 0x06A9: return 0x0643;
    // Teh marbuta, heh with yeh above → heh
    case 0x0629: case 0x06C0: return 0x0647;
    // Waw with hamza → waw
    case 0x0624: return 0x0648;
    // Zero-width joiners that NFKC-casefold leaves are removed there; nothing here.
    default: break;
  }
  if (c >= 0x0660 && c <= 0x0669) return U'0' + (c - 0x0660);  // Arabic-Indic digits
  if (c >= 0x06F0 && c <= 0x06F9) return U'0' + (c - 0x06F0);  // Persian digits
  return c;
}

void appendFolded(char32_t c, std::string& out) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
    return;
  }
  if (isLatinWithDiacritics(c)) {
    if (c == 0x00E6) { out += "ae"; return; }
    if (c == 0x0153) { out += "oe"; return; }
    if (const char32_t base = latinBase(c)) {
      out.push_back(static_cast<char>(base));
      return;
    }
  }
  // Combining marks left behind by a decomposed Latin letter.
  if (c >= 0x0300 && c <= 0x036F && !out.empty() && static_cast<unsigned char>(out.back()) < 0x80) return;
  const char32_t folded = foldCodePoint(c);
  if (folded != 0) appendUtf8(out, folded);
}

}  // namespace qalam::text
