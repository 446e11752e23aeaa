#include "qalam/analyzer.hpp"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <stdexcept>

#include "script_folder.hpp"

namespace qalam {

struct Analyzer::Impl {
  std::unique_ptr<icu::BreakIterator> words;
  const icu::Normalizer2* nfkcCasefold = nullptr;

  Impl() {
    UErrorCode status = U_ZERO_ERROR;
    words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU word break iterator: ") + u_errorName(status));
    nfkcCasefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU NFKC casefold: ") + u_errorName(status));
  }

  std::string normalize(std::string_view word) const {
    std::string out;
    out.reserve(word.size());
    bool ascii = true;
    for (const char ch : word) ascii = ascii && static_cast<unsigned char>(ch) < 0x80;
    if (ascii) {
      for (const char ch : word) out.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch);
      return out;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString source = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    const icu::UnicodeString folded = nfkcCasefold->normalize(source, status);
    if (U_FAILURE(status)) return out;
    for (int32_t i = 0; i < folded.length();) {
      const UChar32 c = folded.char32At(i);
      text::appendFolded(static_cast<char32_t>(c), out);
      i += U16_LENGTH(c);
    }
    return out;
  }
};

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {}
Analyzer::~Analyzer() = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

void Analyzer::analyze(std::string_view utf8, std::vector<Token>& out, std::uint32_t firstPosition) const {
  if (utf8.empty()) return;
  UErrorCode status = U_ZERO_ERROR;
  UText* text = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  if (U_FAILURE(status)) return;
  icu::BreakIterator& words = *impl_->words;
  words.setText(text, status);
  std::uint32_t position = firstPosition;
  int32_t begin = words.first();
  for (int32_t end = words.next(); end != icu::BreakIterator::DONE; begin = end, end = words.next()) {
    if (words.getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;  // spaces and punctuation
    const std::string_view word = utf8.substr(static_cast<std::size_t>(begin), static_cast<std::size_t>(end - begin));
    std::string term = impl_->normalize(word);
    if (term.empty()) continue;  // only marks that folding removed
    out.push_back(Token{std::move(term), position++, static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
  }
  // Detach before closing: the iterator keeps no reference to released text.
  UText* empty = utext_openUTF8(nullptr, "", 0, &status);
  words.setText(empty, status);
  utext_close(empty);
  utext_close(text);
}

std::vector<Token> Analyzer::analyze(std::string_view utf8) const {
  std::vector<Token> tokens;
  analyze(utf8, tokens);
  return tokens;
}

std::string Analyzer::normalize(std::string_view word) const { return impl_->normalize(word); }

}  // namespace qalam
