// The analyzer chain: ICU word segmentation, then normalization of each word.
// Index time and query time both go through this class, so that a word matches
// however it was typed.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "qalam/token.hpp"

namespace qalam {

class Analyzer {
 public:
  // Bumped whenever the chain's output changes; saved indexes record it.
  static constexpr unsigned kVersion = 1;

  Analyzer();
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;
  Analyzer(Analyzer&&) noexcept;
  Analyzer& operator=(Analyzer&&) noexcept;

  // Appends the word tokens of `utf8` to `out`. Positions start at
  // `firstPosition`. Invalid UTF-8 sequences are treated as U+FFFD and never
  // produce a token. Not thread-safe: one Analyzer per thread.
  void analyze(std::string_view utf8, std::vector<Token>& out, std::uint32_t firstPosition = 0) const;
  std::vector<Token> analyze(std::string_view utf8) const;

  // The normalized form of one word, as it would be indexed.
  std::string normalize(std::string_view word) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace qalam
