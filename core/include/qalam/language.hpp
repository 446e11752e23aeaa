// Language identification for the six languages the explorer understands.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace qalam {

enum class Language : std::uint8_t { kOther, kPersian, kArabic, kKazakh, kRussian, kTajik, kEnglish };

// "fa", "ar", "kk", "ru", "tg", "en" or "other".
const char* languageCode(Language language);
Language languageFromCode(std::string_view code);

struct LanguageSpan {
  std::uint32_t begin = 0;  // UTF-8 byte offsets
  std::uint32_t end = 0;
  Language language = Language::kOther;
};

// Decides by script first (Arabic, Cyrillic, Latin), then within a script by
// distinctive letters, suffixes and a small stopword profile. Persian written
// in Arabic script is `fa` wherever it was written (Tajik Persian included);
// `tg` is Tajik in Cyrillic.
class LanguageIdentifier {
 public:
  Language identify(std::string_view utf8) const;
  // One span per run of paragraphs (split at blank lines or line breaks) in
  // the same language; paragraphs without letters join their neighbours.
  std::vector<LanguageSpan> identifyParagraphs(std::string_view utf8) const;
};

}  // namespace qalam
