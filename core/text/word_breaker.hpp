// The words of a run of text as ICU's word-break rules (UAX #29) find them,
// with a fast path: most text is words of letters and digits between spaces,
// maybe with punctuation at their edges ("(Алматы),"), and there the rules
// can only give the letters and digits as one word. A chunk between ASCII
// spaces is read that way when all its characters are in classes whose
// rules cannot join across that shape; any other chunk ("zakon.kz", "1,000",
// a Persian word with ZWNJ, Arabic with harakat, Hebrew, emoji) goes to
// ICU's iterator, together with the complex chunks next to it. The classes
// come from ICU's own Word_Break property, so both paths read the same
// data; a test compares them on the seeds and labelled corpora.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace qalam::text {

class WordBreaker {
 public:
  // `fastPath` false: every chunk goes to ICU (tests compare the two).
  explicit WordBreaker(bool fastPath = true);
  ~WordBreaker();
  WordBreaker(const WordBreaker&) = delete;
  WordBreaker& operator=(const WordBreaker&) = delete;

  // Appends the words (letters, numbers, kana, ideographs: ICU's rule status
  // at or above UBRK_WORD_NONE_LIMIT) of bytes [from, to) of `utf8` to
  // `out` as byte ranges of `utf8`, in text order. `utf8` must not hold
  // characters that dictionarySpans() sets apart.
  void words(std::string_view utf8, std::uint32_t from, std::uint32_t to,
             std::vector<std::pair<std::uint32_t, std::uint32_t>>& out);

 private:
  // ICU's words of bytes [begin, end) of the run [from, to), which the
  // iterator holds once set.
  void icuWords(std::string_view utf8, std::uint32_t from, std::uint32_t to, std::uint32_t begin, std::uint32_t end,
                bool& textSet, std::vector<std::pair<std::uint32_t, std::uint32_t>>& out);

  // Fills the table's block of 256 characters that holds `c`; its class.
  std::uint8_t fillBlock(std::uint32_t c);

  struct Icu;  // ICU's iterator and the text it holds
  bool fastPath_;
  std::unique_ptr<Icu> icu_;
  // Character classes of the Basic Multilingual Plane (fast path only).
  std::unique_ptr<std::array<std::uint8_t, 0x10000>> classes_;
};

}  // namespace qalam::text
