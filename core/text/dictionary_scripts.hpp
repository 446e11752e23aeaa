// Scripts that ICU's word breaker cuts with dictionaries: Chinese and
// Japanese (Han, Hiragana, Katakana) and the South-East Asian scripts
// written without spaces (Thai, Lao, Khmer, Myanmar, ...). Qalam does not
// ship those dictionaries (several MB), and ICU without them tries to load
// one again at every change of script, which made Japanese text cost more
// than all the rest of analysis. The analyzer cuts these runs itself, the
// same natively and in wasm: a token per Han or Hiragana character (so a
// word is found as a phrase of its characters), a token per run of
// Katakana and per run of a South-East Asian script.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace qalam::text {

enum class DictionaryClass : std::uint8_t {
  kNone,         // anything else: ICU's rules apply
  kIdeographic,  // Han: a token per character
  kHiragana,     // a token per character
  kKatakana,     // a token per run (with ー and the half-width forms)
  kComplex,      // Line_Break=Complex_Context (Thai, Lao, Khmer, Myanmar, ...): a token per run
};

DictionaryClass dictionaryClassOf(char32_t c);

struct ScriptSpan {
  std::uint32_t begin = 0;  // UTF-8 bytes
  std::uint32_t end = 0;
  DictionaryClass cls = DictionaryClass::kNone;
};

// `utf8` cut into maximal spans of one class, in text order; empty when the
// text has no character of a dictionary class (the usual case, found by a
// pass that only decodes characters from U+0E00 up).
std::vector<ScriptSpan> dictionarySpans(std::string_view utf8);

}  // namespace qalam::text
