#include "qalam/analyzer.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include "qalam/stemmer.hpp"
#include "qalam/string_hash.hpp"
#include "qalam/term_dictionary.hpp"
#include "qalam/term_interner.hpp"
#include "dictionary_scripts.hpp"
#include "script_folder.hpp"
#include "word_breaker.hpp"

namespace qalam {

// What one word gives, whatever its place: its exact term, the parts of a
// dotted word, its stems and loose fold. Cached by its bytes: in running text
// most words have been seen a few sentences before.
// Its terms share one buffer, so that a cache slot taken over by another
// word reuses its memory instead of freeing and allocating a few strings.
struct WordAnalysis {
  struct Part {
    std::uint32_t offset;  // positions after the word's
    std::uint32_t begin;   // bytes, from the word's start
    std::uint32_t end;
  };
  // The terms one after the other: the exact form (empty: the word gives no
  // token), the parts, then the variants (stems and the loose fold, marked).
  std::string chars;
  std::vector<std::uint32_t> ends;  // of each term in `chars`
  std::vector<Part> parts;
  std::uint32_t positions = 1;  // positions the word takes
  // Ids of the terms, in the vocabulary of generation `idsOf` (0: none yet).
  std::vector<TermId> ids;
  std::uint64_t idsOf = 0;

  void clear() {
    chars.clear();
    ends.clear();
    parts.clear();
    positions = 1;
    ids.clear();
    idsOf = 0;
  }
  std::size_t termCount() const { return ends.size(); }
  std::string_view term(std::size_t k) const {
    const std::uint32_t begin = k == 0 ? 0 : ends[k - 1];
    return std::string_view(chars).substr(begin, ends[k] - begin);
  }
  std::string_view exact() const { return term(0); }
  std::size_t variantCount() const { return ends.size() - 1 - parts.size(); }
  std::string_view variant(std::size_t k) const { return term(1 + parts.size() + k); }
  // Closes the term appended to `chars` since the last one.
  void endTerm() { ends.push_back(static_cast<std::uint32_t>(chars.size())); }
};

struct Analyzer::Impl {
  mutable text::WordBreaker breaker;
  mutable std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges;  // reused by analyze()
  const icu::Normalizer2* nfkcCasefold = nullptr;
  mutable std::string scratch;  // reused by normalize()
  // What each word gave, by its bytes and the options it was analyzed
  // with: two ways a set, a new word replacing the less recent one, so that
  // memory stays bounded (about 10 MB) whatever the corpus and frequent
  // words stay.
  struct CachedWord {
    std::string word;
    std::uint32_t hash = 0;  // of the word, seeded with the options
    int options = -1;        // -1: empty
    WordAnalysis analysis;
  };
  // Sets start few (an analyzer for one query or a short text stays cheap)
  // and grow fourfold, up to kMaxCacheSets, each time the words missed
  // outnumber the slots.
  static constexpr std::size_t kFirstCacheSets = std::size_t{1} << 9;
  static constexpr std::size_t kMaxCacheSets = std::size_t{1} << 15;
  mutable std::vector<CachedWord> cache;
  mutable std::size_t cacheMisses = 0;

  void growCache() const {
    const std::size_t sets = cache.empty() ? kFirstCacheSets : std::min(kMaxCacheSets, cache.size() / 2 * 4);
    std::vector<CachedWord> grown(2 * sets);
    for (CachedWord& c : cache) {
      if (c.options < 0) continue;
      CachedWord* slot = &grown[c.hash & (2 * sets - 2)];  // the pair's first, as analyzeWith() finds it
      if (slot->options >= 0) ++slot;
      if (slot->options < 0) *slot = std::move(c);
    }
    cache.swap(grown);
    cacheMisses = 0;
  }
  Impl() {
    UErrorCode status = U_ZERO_ERROR;
    nfkcCasefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU NFKC casefold: ") + u_errorName(status));
  }

  std::string normalize(std::string_view word) const {
    std::string out;
    out.reserve(word.size());
    normalizeAppend(word, out);
    return out;
  }

  // Fills `out` (cleared first) with what `word` gives.
  void computeWord(std::string_view word, const AnalyzeOptions& options, WordAnalysis& out) const;

  // Appends the normalized form of `word` to `out`.
  void normalizeAppend(std::string_view word, std::string& out) const {
    bool ascii = true;
    for (const char ch : word) ascii = ascii && static_cast<unsigned char>(ch) < 0x80;
    if (ascii) {
      for (const char ch : word) out.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch);
      return;
    }
    // NFKC-casefold straight on UTF-8 (no UTF-16 round trip), then our folding.
    UErrorCode status = U_ZERO_ERROR;
    std::string& folded = scratch;
    folded.clear();
    icu::StringByteSink<std::string> sink(&folded);
    nfkcCasefold->normalizeUTF8(0, icu::StringPiece(word.data(), static_cast<int32_t>(word.size())), sink, nullptr, status);
    if (U_FAILURE(status)) return;
    const auto* p = reinterpret_cast<const std::uint8_t*>(folded.data());
    const auto length = static_cast<int32_t>(folded.size());
    for (int32_t i = 0; i < length;) {
      UChar32 c = 0;
      U8_NEXT(p, i, length, c);
      if (c >= 0) text::appendFolded(static_cast<char32_t>(c), out);
    }
    return;
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
struct StemLanguages {
  Language list[2];
  std::size_t count = 0;
  void add(Language l) { list[count++] = l; }
};

StemLanguages stemLanguages(WordScript script, Language language) {
  StemLanguages out;
  if (language != Language::kOther && scriptOf(language) == script) {
    out.add(language);
    return out;
  }
  switch (script) {
    case WordScript::kArabic: out.add(Language::kArabic); out.add(Language::kPersian); break;
    case WordScript::kCyrillic: out.add(Language::kKazakh); out.add(Language::kRussian); break;
    case WordScript::kLatin: out.add(Language::kEnglish); break;
    default: break;
  }
  return out;
}

// Equal bytes, four at a time (memcmp goes a byte at a time in wasm).
bool sameBytes(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  std::size_t i = 0;
  for (; i + 4 <= a.size(); i += 4) {
    std::uint32_t x = 0;
    std::uint32_t y = 0;
    std::memcpy(&x, a.data() + i, 4);
    std::memcpy(&y, b.data() + i, 4);
    if (x != y) return false;
  }
  for (; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
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

}  // namespace

void Analyzer::Impl::computeWord(std::string_view word, const AnalyzeOptions& options, WordAnalysis& out) const {
  out.clear();
  normalizeAppend(word, out.chars);
  out.endTerm();
  if (out.chars.empty() || !options.variants) return;
  const auto parts = pointParts(word);
  for (std::size_t k = 0; k < parts.size(); ++k) {
    const auto [pb, pe] = parts[k];
    const std::size_t before = out.chars.size();
    normalizeAppend(word.substr(pb, pe - pb), out.chars);
    if (out.chars.size() == before) continue;
    out.endTerm();
    out.parts.push_back({static_cast<std::uint32_t>(k), pb, pe});
  }
  if (!parts.empty()) {
    out.positions = static_cast<std::uint32_t>(parts.size());
    return;
  }
  const std::string exact(out.exact());
  const WordScript script = scriptOf(exact);
  // English suffix rules mangle Italian or Danish words; Russian and Kazakh
  // stems still join Ukrainian or Bulgarian cognates, and Arabic and Persian
  // ones Urdu words: only Latin words of other languages go unstemmed.
  StemLanguages languages;
  if (options.language != Language::kOther || options.stemOtherLanguages || script != WordScript::kLatin) {
    languages = stemLanguages(script, options.language);
  }
  for (std::size_t l = 0; l < languages.count; ++l) {
    const std::string stem = lightStem(exact, languages.list[l]);
    if (stem.empty()) continue;
    bool seen = false;
    for (std::size_t k = 0; k < out.variantCount() && !seen; ++k) {
      const std::string_view v = out.variant(k);
      seen = v.size() == stem.size() + 1 && v[0] == kStemMark && v.substr(1) == stem;
    }
    if (seen) continue;
    out.chars += kStemMark;
    out.chars += stem;
    out.endTerm();
  }
  if (script == WordScript::kCyrillic) {
    const std::string loose = Analyzer::looseFold(exact);
    if (!loose.empty()) {
      out.chars += kLooseMark;
      out.chars += loose;
      out.endTerm();
    }
  }
}


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

namespace {

// Makes the tokens of analyzeWith(): Token with the term's bytes.
struct StringTokens {
  using Out = Token;
  void prepare(WordAnalysis&) {}
  Token exact(const WordAnalysis& a, std::uint32_t position, std::uint32_t b, std::uint32_t e) const {
    return Token{std::string(a.exact()), position, b, e};
  }
  Token part(const WordAnalysis& a, std::size_t k, std::uint32_t position, std::uint32_t b, std::uint32_t e) const {
    return Token{std::string(a.term(1 + k)), position, b, e};
  }
  Token variant(const WordAnalysis& a, std::size_t k, std::uint32_t position, std::uint32_t b, std::uint32_t e) const {
    return Token{std::string(a.variant(k)), position, b, e};
  }
  Token whole(std::string term, std::uint32_t position, std::uint32_t b, std::uint32_t e) const {
    return Token{std::move(term), position, b, e};
  }
};

// TermToken with the term's id in `terms`: a cached word keeps its ids for
// the vocabulary that gave them, so that its later occurrences cost no
// lookup in a large table.
struct IdTokens {
  using Out = TermToken;
  TermInterner& terms;
  std::uint64_t generation;

  void prepare(WordAnalysis& a) {
    if (a.idsOf == generation) return;
    a.idsOf = 0;  // until all are in
    a.ids.clear();
    for (std::size_t k = 0; k < a.termCount(); ++k) a.ids.push_back(terms.intern(a.term(k)));
    a.idsOf = generation;
  }
  TermToken exact(const WordAnalysis& a, std::uint32_t position, std::uint32_t b, std::uint32_t e) const {
    return TermToken{a.ids[0], position, b, e, TermKind::kExact};
  }
  TermToken part(const WordAnalysis& a, std::size_t k, std::uint32_t position, std::uint32_t b, std::uint32_t e) const {
    return TermToken{a.ids[1 + k], position, b, e, TermKind::kExact};
  }
  TermToken variant(const WordAnalysis& a, std::size_t k, std::uint32_t position, std::uint32_t b,
                    std::uint32_t e) const {
    return TermToken{a.ids[1 + a.parts.size() + k], position, b, e, termKind(a.variant(k))};
  }
  TermToken whole(const std::string& term, std::uint32_t position, std::uint32_t b, std::uint32_t e) const {
    return TermToken{terms.intern(term), position, b, e, TermKind::kExact};
  }
};

}  // namespace

template <class Tokens>
void Analyzer::analyzeWith(std::string_view utf8, Tokens& make, std::vector<typename Tokens::Out>& out,
                           std::uint32_t firstPosition, const AnalyzeOptions& options) const {
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
      const auto& first = out[runStart];
      auto whole = make.whole(impl_->normalize(utf8.substr(first.begin, out.back().end - first.begin)), first.position,
                              first.begin, out.back().end);
      std::size_t at = runStart;
      while (at < out.size() && out[at].position == first.position) ++at;
      out.insert(out.begin() + static_cast<std::ptrdiff_t>(at), std::move(whole));
    }
    runWords = 0;
  };

  // One word, bytes [b, e) of `utf8`: its exact form, then its variants.
  const int optionsKey = static_cast<int>(options.language) * 4 + (options.variants ? 2 : 0) +
                         (options.stemOtherLanguages ? 1 : 0);
  std::vector<Impl::CachedWord>& cache = impl_->cache;
  if (cache.empty()) impl_->growCache();
  auto addWord = [&](std::uint32_t b, std::uint32_t e) {
    const std::string_view word = utf8.substr(b, e - b);
    const std::uint32_t hash = hashBytes(word, static_cast<std::uint32_t>(optionsKey));
    auto holds = [&](const Impl::CachedWord& c) {
      return c.hash == hash && c.options == optionsKey && sameBytes(c.word, word);
    };
    Impl::CachedWord* recent = &cache[hash & (cache.size() - 2)];
    Impl::CachedWord* older = recent + 1;
    if (!holds(*recent)) {
      std::swap(*recent, *older);
      if (!holds(*recent)) {
        // Neither: the less recent one (now in `recent`) gives way.
        if (++impl_->cacheMisses > cache.size() && cache.size() < 2 * Impl::kMaxCacheSets) {
          impl_->growCache();
          recent = &cache[hash & (cache.size() - 2)];
          std::swap(recent[0], recent[1]);
        }
        recent->options = -1;
        impl_->computeWord(word, options, recent->analysis);
        recent->word.assign(word);
        recent->hash = hash;
        recent->options = optionsKey;
      }
    }
    WordAnalysis& analysis = recent->analysis;
    if (analysis.exact().empty()) return;  // only marks that folding removed
    make.prepare(analysis);

    if (options.variants) {
      // A zero-width space joins a run too: to UAX #29 it parts words, to a
      // reader "kes\u200Btrel" is one (NFKC-casefold drops it from the whole).
      const bool joined = runWords > 0 && ((b == out.back().end + 1 && (utf8[b - 1] == '-' || utf8[b - 1] == '/')) ||
                                           (b == out.back().end + 3 && utf8.substr(b - 3, 3) == "\xE2\x80\x8B"));
      if (!joined) closeRun();
      if (runWords == 0) runStart = out.size();
    }
    const std::uint32_t wordPosition = position;
    out.push_back(make.exact(analysis, wordPosition, b, e));
    if (!options.variants) {
      ++position;
      return;
    }
    ++runWords;
    for (std::size_t k = 0; k < analysis.parts.size(); ++k) {
      const WordAnalysis::Part& part = analysis.parts[k];
      out.push_back(make.part(analysis, k, wordPosition + part.offset, b + part.begin, b + part.end));
    }
    position += analysis.positions;
    if (!analysis.parts.empty() || analysis.positions > 1) {
      closeRun();
      return;
    }
    for (std::size_t k = 0; k < analysis.variantCount(); ++k) out.push_back(make.variant(analysis, k, wordPosition, b, e));
  };

  // The words of bytes [from, to) by ICU's rules.
  std::vector<std::pair<std::uint32_t, std::uint32_t>>& ranges = impl_->ranges;
  auto breakWords = [&](std::uint32_t from, std::uint32_t to) {
    ranges.clear();
    impl_->breaker.words(utf8, from, to, ranges);
    for (const auto& [b, e] : ranges) addWord(b, e);
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
}

void Analyzer::analyze(std::string_view utf8, std::vector<Token>& out, std::uint32_t firstPosition,
                       const AnalyzeOptions& options) const {
  StringTokens make;
  analyzeWith(utf8, make, out, firstPosition, options);
}

void Analyzer::analyze(std::string_view utf8, TermInterner& terms, std::vector<TermToken>& out,
                       std::uint32_t firstPosition, const AnalyzeOptions& options) const {
  IdTokens make{terms, terms.generation()};
  analyzeWith(utf8, make, out, firstPosition, options);
}

std::vector<Token> Analyzer::analyze(std::string_view utf8, const AnalyzeOptions& options) const {
  std::vector<Token> tokens;
  analyze(utf8, tokens, 0, options);
  return tokens;
}

std::string Analyzer::normalize(std::string_view word) const { return impl_->normalize(word); }

}  // namespace qalam
