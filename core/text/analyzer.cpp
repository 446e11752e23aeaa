#include "qalam/analyzer.hpp"

#include <unicode/brkiter.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <stdexcept>

#include "qalam/stemmer.hpp"
#include "qalam/term_dictionary.hpp"
#include "dictionary_scripts.hpp"
#include "script_folder.hpp"

namespace qalam {

// What one word gives, whatever its place: its exact term, the parts of a
// dotted word, its stems and loose fold. Cached by its bytes: in running text
// most words have been seen a few sentences before.
struct WordAnalysis {
  struct Part {
    std::string term;
    std::uint32_t offset;  // positions after the word's
    std::uint32_t begin;   // bytes, from the word's start
    std::uint32_t end;
  };
  std::string exact;  // empty: the word gives no token
  std::vector<Part> parts;
  std::uint32_t positions = 1;  // positions the word takes
  std::vector<std::string> variants;  // stems and the loose fold, marked
};

struct Analyzer::Impl {
  std::unique_ptr<icu::BreakIterator> words;
  const icu::Normalizer2* nfkcCasefold = nullptr;
  mutable std::string scratch;  // reused by normalize()
  // Keyed by options (language, variants) and the word's bytes (an id in
  // cacheKeys indexes cacheValues); emptied when full, so memory stays
  // bounded (about 10 MB) whatever the corpus.
  static constexpr std::size_t kCachedWords = std::size_t{1} << 16;
  mutable TermDictionary cacheKeys;
  mutable std::vector<WordAnalysis> cacheValues;
  mutable std::string cacheKey;

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
    // NFKC-casefold straight on UTF-8 (no UTF-16 round trip), then our folding.
    UErrorCode status = U_ZERO_ERROR;
    std::string& folded = scratch;
    folded.clear();
    icu::StringByteSink<std::string> sink(&folded);
    nfkcCasefold->normalizeUTF8(0, icu::StringPiece(word.data(), static_cast<int32_t>(word.size())), sink, nullptr, status);
    if (U_FAILURE(status)) return out;
    const auto* p = reinterpret_cast<const std::uint8_t*>(folded.data());
    const auto length = static_cast<int32_t>(folded.size());
    for (int32_t i = 0; i < length;) {
      UChar32 c = 0;
      U8_NEXT(p, i, length, c);
      if (c >= 0) text::appendFolded(static_cast<char32_t>(c), out);
    }
    return out;
  }
};

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {}
Analyzer::~Analyzer() = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

namespace {

enum class WordScript { kOther, kArabic, kCyrillic, kLatin };

WordScript scriptOf(std::string_view term) {
  if (term.empty()) return WordScript::kOther;
  const auto lead = static_cast<unsigned char>(term[0]);
  if (lead >= 0xD8 && lead <= 0xDB) return WordScript::kArabic;      // U+0600–U+06FF
  if (lead >= 0xD0 && lead <= 0xD3) return WordScript::kCyrillic;    // U+0400–U+04FF
  if ((lead >= 'a' && lead <= 'z') || lead >= 0xC3) return WordScript::kLatin;
  return WordScript::kOther;
}

WordScript scriptOf(Language language) {
  switch (language) {
    case Language::kArabic: case Language::kPersian: return WordScript::kArabic;
    case Language::kKazakh: case Language::kRussian: case Language::kTajik: return WordScript::kCyrillic;
    case Language::kEnglish: return WordScript::kLatin;
    case Language::kOther: break;
  }
  return WordScript::kOther;
}

// The languages whose stemmers apply to a word of this script: the
// document's language for words in its script; for other words (a Latin
// name in a Russian text) and unknown languages, every stemmer of the script.
void stemLanguages(WordScript script, Language language, std::vector<Language>& out) {
  out.clear();
  if (language != Language::kOther && scriptOf(language) == script) {
    out.push_back(language);
    return;
  }
  switch (script) {
    case WordScript::kArabic: out = {Language::kArabic, Language::kPersian}; break;
    case WordScript::kCyrillic: out = {Language::kKazakh, Language::kRussian}; break;
    case WordScript::kLatin: out = {Language::kEnglish}; break;
    default: break;
  }
}

// Splits points inside a word (zakon.kz, 05.12.2025) into parts; no part of
// a leading or trailing point, none of an empty part.
std::vector<std::pair<std::uint32_t, std::uint32_t>> pointParts(std::string_view word) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> parts;
  if (word.find('.') == std::string_view::npos) return parts;
  std::uint32_t start = 0;
  for (std::uint32_t i = 0; i <= word.size(); ++i) {
    if (i == word.size() || word[i] == '.') {
      if (i == start) return {};
      parts.emplace_back(start, i);
      start = i + 1;
    }
  }
  return parts.size() > 1 ? parts : decltype(parts){};
}

}  // namespace

namespace {

WordAnalysis computeWord(const Analyzer& analyzer, std::string_view word, const AnalyzeOptions& options) {
  WordAnalysis out;
  out.exact = analyzer.normalize(word);
  if (out.exact.empty() || !options.variants) return out;
  const auto parts = pointParts(word);
  for (std::size_t k = 0; k < parts.size(); ++k) {
    const auto [pb, pe] = parts[k];
    std::string part = analyzer.normalize(word.substr(pb, pe - pb));
    if (!part.empty()) out.parts.push_back({std::move(part), static_cast<std::uint32_t>(k), pb, pe});
  }
  if (!parts.empty()) {
    out.positions = static_cast<std::uint32_t>(parts.size());
    return out;
  }
  const WordScript script = scriptOf(out.exact);
  std::vector<Language> languages;
  // English suffix rules mangle Italian or Danish words; Russian and Kazakh
  // stems still join Ukrainian or Bulgarian cognates, and Arabic and Persian
  // ones Urdu words: only Latin words of other languages go unstemmed.
  if (options.language != Language::kOther || options.stemOtherLanguages || script != WordScript::kLatin) {
    stemLanguages(script, options.language, languages);
  }
  for (const Language language : languages) {
    std::string stem = lightStem(out.exact, language);
    if (stem.empty()) continue;
    std::string variant = markTerm(TermKind::kStem, stem);
    if (variant != out.exact && std::find(out.variants.begin(), out.variants.end(), variant) == out.variants.end()) {
      out.variants.push_back(std::move(variant));
    }
  }
  if (script == WordScript::kCyrillic) {
    std::string loose = Analyzer::looseFold(out.exact);
    if (!loose.empty()) out.variants.push_back(markTerm(TermKind::kLoose, loose));
  }
  return out;
}

}  // namespace

std::string Analyzer::looseFold(std::string_view normalizedWord) {
  // Kazakh and Tajik letters are і (D1 96) or have lead bytes D2/D3
  // (U+0480–U+04FF); most Russian words have neither.
  if (normalizedWord.find_first_of("\xD2\xD3") == std::string_view::npos &&
      normalizedWord.find("\xD1\x96") == std::string_view::npos) {
    return {};
  }
  std::string out;
  bool changed = false;
  for (std::size_t i = 0; i < normalizedWord.size();) {
    const auto* p = reinterpret_cast<const std::uint8_t*>(normalizedWord.data());
    const auto length = static_cast<int32_t>(normalizedWord.size());
    auto at = static_cast<int32_t>(i);
    UChar32 c = 0;
    U8_NEXT(p, at, length, c);
    const char* replacement = nullptr;
    switch (c) {
      case 0x049B: replacement = "к"; break;  // қ
      case 0x0493: replacement = "г"; break;  // ғ
      case 0x04A3: replacement = "н"; break;  // ң
      case 0x04E9: replacement = "о"; break;  // ө
      case 0x04B1: case 0x04AF: case 0x04EF: replacement = "у"; break;  // ұ ү ӯ
      case 0x04BB: case 0x04B3: replacement = "х"; break;  // һ ҳ
      case 0x0456: case 0x04E3: replacement = "и"; break;  // і ӣ
      case 0x04D9: replacement = "а"; break;  // ә
      case 0x04B7: replacement = "ч"; break;  // ҷ
      default: break;
    }
    if (replacement != nullptr) {
      out += replacement;
      changed = true;
    } else {
      out.append(normalizedWord.substr(i, static_cast<std::size_t>(at) - i));
    }
    i = static_cast<std::size_t>(at);
  }
  return changed ? out : std::string();
}

void Analyzer::analyze(std::string_view utf8, std::vector<Token>& out, std::uint32_t firstPosition,
                       const AnalyzeOptions& options) const {
  if (utf8.empty()) return;
  std::uint32_t position = firstPosition;
  // Exact tokens of the run of words joined by - or / (covid-19, 20/09/2020)
  // or a zero-width space.
  // The whole goes right after its first word's tokens: only the run's few
  // tokens move.
  std::size_t runStart = out.size();
  std::uint32_t runWords = 0;
  auto closeRun = [&] {
    if (runWords > 1) {
      const Token& first = out[runStart];
      Token whole{impl_->normalize(utf8.substr(first.begin, out.back().end - first.begin)), first.position, first.begin,
                  out.back().end};
      std::size_t at = runStart;
      while (at < out.size() && out[at].position == first.position) ++at;
      out.insert(out.begin() + static_cast<std::ptrdiff_t>(at), std::move(whole));
    }
    runWords = 0;
  };

  // One word, bytes [b, e) of `utf8`: its exact form, then its variants.
  std::string& key = impl_->cacheKey;
  auto addWord = [&](std::uint32_t b, std::uint32_t e) {
    const std::string_view word = utf8.substr(b, e - b);
    key.assign(1, static_cast<char>(static_cast<int>(options.language) * 4 + (options.variants ? 2 : 0) +
                                    (options.stemOtherLanguages ? 1 : 0)));
    key.append(word);
    if (impl_->cacheValues.size() >= Impl::kCachedWords) {
      impl_->cacheKeys = TermDictionary();
      impl_->cacheValues.clear();
    }
    bool added = false;
    const TermId id = impl_->cacheKeys.insert(key, added);
    if (added) impl_->cacheValues.push_back(computeWord(*this, word, options));
    const WordAnalysis& analysis = impl_->cacheValues[id];
    if (analysis.exact.empty()) return;  // only marks that folding removed

    if (options.variants) {
      // A zero-width space joins a run too: to UAX #29 it parts words, to a
      // reader "kes\u200Btrel" is one (NFKC-casefold drops it from the whole).
      const bool joined = runWords > 0 && ((b == out.back().end + 1 && (utf8[b - 1] == '-' || utf8[b - 1] == '/')) ||
                                           (b == out.back().end + 3 && utf8.substr(b - 3, 3) == "\xE2\x80\x8B"));
      if (!joined) closeRun();
      if (runWords == 0) runStart = out.size();
    }
    const std::uint32_t wordPosition = position;
    out.push_back(Token{analysis.exact, wordPosition, b, e});
    if (!options.variants) {
      ++position;
      return;
    }
    ++runWords;
    for (const WordAnalysis::Part& part : analysis.parts) {
      out.push_back(Token{part.term, wordPosition + part.offset, b + part.begin, b + part.end});
    }
    position += analysis.positions;
    if (!analysis.parts.empty() || analysis.positions > 1) {
      closeRun();
      return;
    }
    for (const std::string& variant : analysis.variants) out.push_back(Token{variant, wordPosition, b, e});
  };

  // The words ICU's rules find in bytes [from, to).
  UErrorCode status = U_ZERO_ERROR;
  UText* text = nullptr;
  icu::BreakIterator& words = *impl_->words;
  auto breakWords = [&](std::uint32_t from, std::uint32_t to) {
    text = utext_openUTF8(text, utf8.data() + from, static_cast<int64_t>(to - from), &status);
    if (U_FAILURE(status)) return;
    words.setText(text, status);
    int32_t begin = words.first();
    for (int32_t end = words.next(); end != icu::BreakIterator::DONE; begin = end, end = words.next()) {
      if (words.getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;  // spaces and punctuation
      addWord(from + static_cast<std::uint32_t>(begin), from + static_cast<std::uint32_t>(end));
    }
  };

  const std::vector<text::ScriptSpan> spans = text::dictionarySpans(utf8);
  if (spans.empty()) {
    breakWords(0, static_cast<std::uint32_t>(utf8.size()));
  } else {
    for (const text::ScriptSpan& span : spans) {
      switch (span.cls) {
        case text::DictionaryClass::kNone: breakWords(span.begin, span.end); break;
        case text::DictionaryClass::kKatakana:
        case text::DictionaryClass::kComplex: addWord(span.begin, span.end); break;
        case text::DictionaryClass::kIdeographic:
        case text::DictionaryClass::kHiragana: {
          // A token per character (with the marks that follow it).
          const auto* p = reinterpret_cast<const std::uint8_t*>(utf8.data());
          for (auto i = static_cast<int32_t>(span.begin); i < static_cast<int32_t>(span.end);) {
            const int32_t start = i;
            UChar32 c = 0;
            U8_NEXT(p, i, static_cast<int32_t>(span.end), c);
            while (i < static_cast<int32_t>(span.end)) {
              int32_t next = i;
              UChar32 mark = 0;
              U8_NEXT(p, next, static_cast<int32_t>(span.end), mark);
              if (mark < 0 || (U_GET_GC_MASK(mark) & U_GC_M_MASK) == 0) break;
              i = next;
            }
            addWord(static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(i));
          }
          break;
        }
      }
    }
  }
  if (options.variants) closeRun();
  if (text != nullptr) {
    // Detach before closing: the iterator keeps no reference to released text.
    UText* empty = utext_openUTF8(nullptr, "", 0, &status);
    words.setText(empty, status);
    utext_close(empty);
    utext_close(text);
  }
}

std::vector<Token> Analyzer::analyze(std::string_view utf8, const AnalyzeOptions& options) const {
  std::vector<Token> tokens;
  analyze(utf8, tokens, 0, options);
  return tokens;
}

std::string Analyzer::normalize(std::string_view word) const { return impl_->normalize(word); }

}  // namespace qalam
