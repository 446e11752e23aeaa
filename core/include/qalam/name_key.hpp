// Cross-script name keys: Tokayev, Тоқаев, Токаев, توکایف and توكاييف share
// the key "tkf"; Almaty, Алматы, آلماتی and ألماتي share "almt".
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace qalam {

class NameKeyer {
 public:
  // Shorter skeletons are not keys: too many unrelated words share them.
  static constexpr std::size_t kMinKeyLength = 3;

  NameKeyer();
  ~NameKeyer();
  NameKeyer(const NameKeyer&) = delete;
  NameKeyer& operator=(const NameKeyer&) = delete;
  NameKeyer(NameKeyer&&) noexcept;
  NameKeyer& operator=(NameKeyer&&) noexcept;

  // Lower-case ASCII transliteration of a normalized word: our rules for
  // Kazakh, Tajik and Persian letters, then ICU's Any-Latin; Latin-ASCII.
  // Not thread-safe (it keeps ICU's rendering of the letters it has seen).
  std::string transliterate(std::string_view normalizedWord) const;
  // The same for a word of ASCII, Arabic-script and Cyrillic letters only,
  // letter by letter; false (and `out` unfinished) for any other word.
  bool byLetters(std::string_view pre, std::string& out) const;
  // ICU's Any-Latin; Latin-ASCII on the whole text, as is.
  std::string byIcu(std::string_view text) const;

  // The consonant skeleton of an ASCII transliteration: digraphs folded
  // (kh→h, sh→s, ch→c, zh→j, gh→g, ph→f, ng→n), q→k, v→f, an initial vowel
  // kept as "a", later vowels (and w, y) dropped, doubled letters merged.
  static std::string skeleton(std::string_view latin);

  // A vowel-folded spelling (o u w → u; e i y → i; q→k, v→f, digraphs as in
  // skeleton) on which candidates sharing a key are compared.
  static std::string comparable(std::string_view latin);

  // Levenshtein distance over `comparable` forms, divided by the longer length.
  static double distance(std::string_view latinA, std::string_view latinB);

  // Levenshtein distance over the letters (code points) of two words of one
  // script, divided by the longer length: for Arabic-script spellings, where
  // transliteration hides letters such as ain (الامم is not العالم).
  static double letterDistance(std::string_view a, std::string_view b);

  std::string key(std::string_view normalizedWord) const { return skeleton(transliterate(normalizedWord)); }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Whether a word of the original text starts with a capital letter.
bool startsWithCapital(std::string_view utf8Word);
// Whether it has two letters or more and every letter is a capital (ООН, UNDP).
bool isAllCapitals(std::string_view utf8Word);

}  // namespace qalam
