// The analyzer chain on arbitrary bytes: segmentation, normalization,
// stems and folds. Tokens must point into the text and come in order.
#include "fuzz_support.hpp"
#include "qalam/analyzer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace qalam;
  static const Analyzer analyzer;
  if (size == 0) return 0;
  const std::string_view text = fuzz::asText(data + 1, size - 1);
  AnalyzeOptions options;
  options.language = static_cast<Language>(data[0] % 7);
  options.variants = (data[0] & 0x80) == 0;

  const std::vector<Token> tokens = analyzer.analyze(text, options);
  std::uint32_t position = 0;
  for (const Token& token : tokens) {
    fuzz::require(token.begin < token.end && token.end <= text.size(), "a token outside the text");
    fuzz::require(token.position >= position, "token positions go backwards");
    fuzz::require(!token.term.empty(), "an empty term");
    position = token.position;
  }
  const std::string word = analyzer.normalize(text);
  fuzz::require(findInvalidUtf8(word) == std::string_view::npos, "normalize produced invalid UTF-8");
  (void)Analyzer::looseFold(word);
  return 0;
}
