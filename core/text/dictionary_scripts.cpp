#include "dictionary_scripts.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace qalam::text {

DictionaryClass dictionaryClassOf(char32_t c) {
  // Below U+0E00 (Latin, Cyrillic, Arabic, ...), general punctuation and
  // symbols, and the Arabic presentation forms: never a dictionary class.
  if (c < 0x0E00 || (c >= 0x2000 && c < 0x2E80) || (c >= 0xFB00 && c < 0xFE30) || (c >= 0xFE70 && c < 0xFF00)) {
    return DictionaryClass::kNone;
  }
  const auto cp = static_cast<UChar32>(c);
  if (u_getIntPropertyValue(cp, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT) return DictionaryClass::kComplex;
  if (u_getIntPropertyValue(cp, UCHAR_WORD_BREAK) == U_WB_KATAKANA) return DictionaryClass::kKatakana;
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(cp, &status)) {
    case USCRIPT_HAN: return DictionaryClass::kIdeographic;
    case USCRIPT_HIRAGANA: return DictionaryClass::kHiragana;
    case USCRIPT_KATAKANA: return DictionaryClass::kKatakana;
    default: return DictionaryClass::kNone;
  }
}

std::vector<ScriptSpan> dictionarySpans(std::string_view utf8) {
  std::vector<ScriptSpan> spans;
  const auto* p = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  bool any = false;
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    DictionaryClass cls = DictionaryClass::kNone;
    if (p[i] < 0xE0) {
      // One- and two-byte characters are all below U+0800.
      ++i;
      while (i < length && (p[i] & 0xC0) == 0x80 && i - start < 2) ++i;
    } else {
      UChar32 c = 0;
      U8_NEXT(p, i, length, c);
      if (c >= 0) cls = dictionaryClassOf(static_cast<char32_t>(c));
    }
    any = any || cls != DictionaryClass::kNone;
    if (!spans.empty() && spans.back().cls == cls) {
      spans.back().end = static_cast<std::uint32_t>(i);
    } else {
      spans.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(i), cls});
    }
  }
  if (!any) spans.clear();
  return spans;
}

}  // namespace qalam::text
