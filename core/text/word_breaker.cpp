#include "word_breaker.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>

#include <array>
#include <stdexcept>
#include <string>

#include "dictionary_scripts.hpp"

namespace qalam::text {
namespace {

enum CharClass : std::uint8_t {
  kSeparator,  // ASCII space, tab, CR, LF: a chunk ends
  kWordChar,   // Word_Break ALetter or Numeric (not a dictionary script, not Hangul)
  kEdge,       // Other, MidLetter, MidNum, MidNumLet, Single_Quote, Double_Quote, Newline, WSegSpace
  kComplex,    // anything else, and every character past U+FFFF
  kUnknown,    // in WordBreaker's table: its block is not filled yet
};

bool isDictionaryScript(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  return script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA || script == USCRIPT_HANGUL;
}

// The class of a character of the Basic Multilingual Plane, from ICU's
// properties.
std::uint8_t classOf(UChar32 c) {
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return kSeparator;
  // ICU's rules count '@' as a letter, unlike the Word_Break property.
  if (c == '@') return kComplex;
  // Rules of their own (dictionaries, Hangul, emoji sequences).
  if (U_IS_SURROGATE(c) || dictionaryClassOf(static_cast<char32_t>(c)) != DictionaryClass::kNone ||
      isDictionaryScript(c) || u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC) ||
      u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT ||
      u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC)) {
    return kComplex;
  }
  switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_ALETTER:
    case U_WB_NUMERIC: return kWordChar;
    case U_WB_OTHER:
    case U_WB_MIDLETTER:
    case U_WB_MIDNUM:
    case U_WB_MIDNUMLET:
    case U_WB_SINGLE_QUOTE:
    case U_WB_DOUBLE_QUOTE:
    case U_WB_NEWLINE:
    case U_WB_WSEGSPACE: return kEdge;
    default: return kComplex;
  }
}

}  // namespace

struct WordBreaker::Icu {
  std::unique_ptr<icu::BreakIterator> iterator;
  UText* text = nullptr;

  Icu() {
    UErrorCode status = U_ZERO_ERROR;
    iterator.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU word break iterator: ") + u_errorName(status));
  }
  ~Icu() {
    if (text == nullptr) return;
    // Detach before closing: the iterator keeps no reference to released text.
    UErrorCode status = U_ZERO_ERROR;
    UText* empty = utext_openUTF8(nullptr, "", 0, &status);
    iterator->setText(empty, status);
    utext_close(empty);
    utext_close(text);
  }
  Icu(const Icu&) = delete;
  Icu& operator=(const Icu&) = delete;
};

WordBreaker::WordBreaker(bool fastPath) : fastPath_(fastPath), icu_(std::make_unique<Icu>()) {
  if (fastPath_) {
    classes_ = std::make_unique<std::array<std::uint8_t, 0x10000>>();
    classes_->fill(kUnknown);
  }
}

std::uint8_t WordBreaker::fillBlock(std::uint32_t c) {
  const std::uint32_t first = c & ~0xFFu;
  for (std::uint32_t k = first; k < first + 0x100; ++k) (*classes_)[k] = classOf(static_cast<UChar32>(k));
  return (*classes_)[c];
}

WordBreaker::~WordBreaker() = default;

void WordBreaker::icuWords(std::string_view utf8, std::uint32_t from, std::uint32_t to, std::uint32_t begin,
                           std::uint32_t end, bool& textSet,
                           std::vector<std::pair<std::uint32_t, std::uint32_t>>& out) {
  icu::BreakIterator& words = *icu_->iterator;
  UErrorCode status = U_ZERO_ERROR;
  if (!textSet) {
    icu_->text = utext_openUTF8(icu_->text, utf8.data() + from, static_cast<int64_t>(to - from), &status);
    if (U_FAILURE(status)) return;
    words.setText(icu_->text, status);
    if (U_FAILURE(status)) return;
    textSet = true;
  }
  const auto last = static_cast<int32_t>(end - from);
  // `begin` follows a space or starts the run, so it is a boundary unless a
  // mark clings to that space (then the segment is not a word either).
  int32_t start = static_cast<int32_t>(begin - from);
  if (!words.isBoundary(start)) start = words.current();
  for (int32_t stop = words.next(); stop != icu::BreakIterator::DONE && start < last; start = stop, stop = words.next()) {
    if (words.getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;  // spaces and punctuation
    out.emplace_back(from + static_cast<std::uint32_t>(start), from + static_cast<std::uint32_t>(stop));
  }
}

void WordBreaker::words(std::string_view utf8, std::uint32_t from, std::uint32_t to,
                        std::vector<std::pair<std::uint32_t, std::uint32_t>>& out) {
  bool textSet = false;
  if (!fastPath_) {
    icuWords(utf8, from, to, from, to, textSet, out);
    return;
  }
  // The class of a character, its block of the table filled on first use
  // (a text meets a few blocks; filling all 65,536 entries took 5 ms).
  auto cls = [this](std::uint32_t c) {
    const std::uint8_t known = (*classes_)[c];
    return known != kUnknown ? known : fillBlock(c);
  };
  const auto* p = reinterpret_cast<const std::uint8_t*>(utf8.data());
  // Complex chunks not yet given to ICU: bytes [pendingBegin, pendingEnd).
  std::uint32_t pendingBegin = 0;
  std::uint32_t pendingEnd = 0;
  bool pending = false;
  auto flush = [&] {
    if (!pending) return;
    icuWords(utf8, from, to, pendingBegin, pendingEnd, textSet, out);
    pending = false;
  };
  std::uint32_t i = from;
  while (i < to) {
    while (i < to && p[i] < 0x80 && cls(p[i]) == kSeparator) ++i;
    if (i == to) break;
    const std::uint32_t chunk = i;
    // Edges, then word characters, then edges; anything else is complex.
    int phase = 0;
    bool complex = false;
    std::uint32_t wordBegin = 0;
    std::uint32_t wordEnd = 0;
    while (i < to) {
      const std::uint8_t b = p[i];
      std::uint8_t c = kComplex;
      std::uint32_t length = 1;
      if (b < 0x80) {
        c = cls(b);
        if (c == kSeparator) break;
      } else if (b >= 0xC2 && b <= 0xDF && i + 1 < to && (p[i + 1] & 0xC0) == 0x80) {
        c = cls((b & 0x1Fu) << 6 | (p[i + 1] & 0x3Fu));
        length = 2;
      } else if (b >= 0xE0 && b <= 0xEF && i + 2 < to && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
        const std::uint32_t cp = (b & 0x0Fu) << 12 | (p[i + 1] & 0x3Fu) << 6 | (p[i + 2] & 0x3Fu);
        if (cp >= 0x800) c = cls(cp);  // an overlong form stays complex; surrogates are complex in the table
        length = 3;
      }
      if (c == kWordChar) {
        if (phase == 0) {
          phase = 1;
          wordBegin = i;
        } else if (phase == 2) {
          complex = true;
        }
      } else if (c == kEdge) {
        if (phase == 1) {
          phase = 2;
          wordEnd = i;
        }
      } else {
        complex = true;
      }
      i += length;
    }
    if (complex) {
      if (!pending) pendingBegin = chunk;
      pending = true;
      pendingEnd = i;
      continue;
    }
    flush();
    if (phase == 1) wordEnd = i;
    if (phase > 0) out.emplace_back(wordBegin, wordEnd);
  }
  flush();
}

}  // namespace qalam::text
