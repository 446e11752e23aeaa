// The analyzer chain: ICU word segmentation, then normalization of each word.
// Index time and query time both go through this class, so that a word matches
// however it was typed.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "qalam/language.hpp"
#include "qalam/token.hpp"

namespace qalam {

class TermInterner;

struct AnalyzeOptions {
  // Stems for this language; kOther: for every language of each word's script
  // (query time, or a document of unknown language).
  Language language = Language::kOther;
  // Variants beside the exact form, at the same position: stems, the loose
  // Kazakh/Tajik fold, the parts of zakon.kz and the whole of covid-19.
  bool variants = true;
  // With `language` kOther: whether Latin words get the English stemmer. A
  // document known to be in another language (Italian, Uzbek...) gets none
  // for them, rather than English stems of Italian words; its Cyrillic and
  // Arabic-script words keep their script's stemmers (Ukrainian and Russian,
  // Urdu and Persian share many words). A query, whose language is not
  // known, gets every stemmer of each word's script.
  bool stemOtherLanguages = true;
};

class Analyzer {
 public:
  // Bumped whenever the chain's output changes; saved indexes record it.
  static constexpr unsigned kVersion = 5;

  Analyzer();
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;
  Analyzer(Analyzer&&) noexcept;
  Analyzer& operator=(Analyzer&&) noexcept;

  // Appends the tokens of `utf8` to `out`, ordered by position, the exact
  // form of a word before its variants. Positions start at `firstPosition`.
  // Invalid UTF-8 sequences are treated as U+FFFD and never produce a token.
  // Not thread-safe: one Analyzer per thread.
  void analyze(std::string_view utf8, std::vector<Token>& out, std::uint32_t firstPosition = 0,
               const AnalyzeOptions& options = {}) const;
  std::vector<Token> analyze(std::string_view utf8, const AnalyzeOptions& options = {}) const;
  // The same tokens with their terms as ids in `terms` (new ones are added):
  // what an index build needs, without a string per token.
  void analyze(std::string_view utf8, TermInterner& terms, std::vector<TermToken>& out, std::uint32_t firstPosition,
               const AnalyzeOptions& options) const;

  // The normalized form of one word, as it would be indexed.
  std::string normalize(std::string_view word) const;
  // The loose fold of a normalized Cyrillic word (қ→к, ә→а, ...), or empty
  // when it has no Kazakh or Tajik letter.
  static std::string looseFold(std::string_view normalizedWord);

 private:
  template <class Tokens>
  void analyzeWith(std::string_view utf8, Tokens& make, std::vector<typename Tokens::Out>& out,
                   std::uint32_t firstPosition, const AnalyzeOptions& options) const;

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace qalam
