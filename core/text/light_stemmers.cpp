// Rule-based light stemmers for Arabic, Persian and Kazakh; Russian and
// English go to Snowball (snowball_stemmer.cpp). Each removes
// affixes from an already normalized word (so Arabic-script letter variants
// are folded: ة→ه, ی/ى→ي, ک→ك) and keeps a minimum stem length, so short
// words and names survive. Documented in docs/ANALYSIS.md.
#include <algorithm>
#include <array>
#include <string>

#include "qalam/stemmer.hpp"
#include "snowball_stemmer.hpp"

namespace qalam {
namespace {

std::size_t letterCount(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Removes the first suffix of `suffixes` (longest listed first) that leaves at
// least `minLetters`; returns whether one was removed.
template <std::size_t N>
bool stripSuffix(std::string& word, const std::array<std::string_view, N>& suffixes, std::size_t minLetters) {
  for (const std::string_view suffix : suffixes) {
    if (endsWith(word, suffix) && letterCount(word) >= letterCount(suffix) + minLetters) {
      word.erase(word.size() - suffix.size());
      return true;
    }
  }
  return false;
}

// Country and place names in -stan (كازاخستان, افغانستان, تاجیکستان) end in
// what looks like a plural or dual suffix; they are left whole.
bool isStanName(std::string_view word) { return endsWith(word, "ستان"); }

// Arabic (after Larkey et al.'s light10): the definite article with its
// conjunction and preposition forms, then one common suffix. Single-letter
// clitics (و ف ب ك ل) alone are not stripped here: they begin too many names
// (كازاخستان); the query side adds them instead (QueryExpander).
std::string stemArabic(std::string_view input) {
  std::string word(input);
  static constexpr std::array<std::string_view, 6> kArticles = {"وال", "فال", "بال", "كال", "لل", "ال"};
  for (const std::string_view article : kArticles) {
    if (startsWith(word, article) && letterCount(word) >= letterCount(article) + 3) {
      word.erase(0, article.size());
      break;
    }
  }
  if (!isStanName(word)) {
    static constexpr std::array<std::string_view, 9> kSuffixes = {"هما", "ها", "ات", "ون", "ين", "يه", "ان", "ه", "ي"};
    stripSuffix(word, kSuffixes, 3);
  }
  return word;
}

// Persian: plural and adjectival suffixes, with or without the ZWNJ (already
// removed by normalization): ها های ان ات تر ترین ی ای.
std::string stemPersian(std::string_view input) {
  std::string word(input);
  if (isStanName(word)) return word;
  static constexpr std::array<std::string_view, 5> kLong = {"هاي", "ترين", "ها", "تر", "ات"};
  stripSuffix(word, kLong, 3);
  // ان only where four letters remain: ایران, تهران keep theirs; رهبران loses it.
  static constexpr std::array<std::string_view, 1> kPlural = {"ان"};
  stripSuffix(word, kPlural, 4);
  static constexpr std::array<std::string_view, 2> kYeh = {"اي", "ي"};
  stripSuffix(word, kYeh, 4);
  // The silent final heh: منطقه and منطقه‌ای (→ منطق after های) meet at منطق.
  static constexpr std::array<std::string_view, 1> kHeh = {"ه"};
  stripSuffix(word, kHeh, 3);
  return word;
}

// Kazakh: case, possessive and plural suffixes in every vowel-harmony and
// consonant-assimilation variant, peeled from the end (case, then
// possessive, then plural), so Алматы, Алматыда and Алматыны share a stem.
// A variant is removed only after the sound it follows in Kazakh: ны after
// a vowel, ты/ды after a consonant, so Алматы does not lose "ты"; нда only
// after the possessive ы/і (қаласында), so Қазақстанда loses да, not нда;
// нан after a nasal or the possessive (Қазақстаннан, қаласынан); and тан is
// not taken from a name in -стан (Қазақстан, Ауғанстан), where it is no case.
enum class After { kAny, kVowel, kConsonant, kPossessive, kNasalOrPossessive, kConsonantButS };

struct KazakhSuffix {
  std::string_view text;
  After after;
};

bool isKazakhVowel(std::string_view letter) {
  static constexpr std::array<std::string_view, 15> kVowels = {"а", "ә", "е", "ё", "и", "о", "ө", "у",
                                                               "ұ", "ү", "ы", "і", "э", "ю", "я"};
  return std::find(kVowels.begin(), kVowels.end(), letter) != kVowels.end();
}

// The last letter of `s` (UTF-8).
std::string_view lastLetter(std::string_view s) {
  std::size_t i = s.size();
  while (i > 0 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80) --i;
  return i > 0 ? s.substr(i - 1) : s;
}

template <std::size_t N>
void stripKazakh(std::string& word, const std::array<KazakhSuffix, N>& suffixes, std::size_t minLetters) {
  for (const KazakhSuffix& suffix : suffixes) {
    if (!endsWith(word, suffix.text) || letterCount(word) < letterCount(suffix.text) + minLetters) continue;
    const std::string_view before = lastLetter(std::string_view(word).substr(0, word.size() - suffix.text.size()));
    const bool vowel = isKazakhVowel(before);
    const bool possessive = before == "ы" || before == "і";
    const bool nasal = before == "м" || before == "н" || before == "ң";
    bool fits = true;
    switch (suffix.after) {
      case After::kAny: break;
      case After::kVowel: fits = vowel; break;
      case After::kConsonant: fits = !vowel; break;
      case After::kPossessive: fits = possessive; break;
      case After::kNasalOrPossessive: fits = nasal || possessive; break;
      case After::kConsonantButS: fits = !vowel && before != "с"; break;
    }
    if (!fits) continue;
    word.erase(word.size() - suffix.text.size());
    return;
  }
}

std::string stemKazakh(std::string_view input) {
  std::string word(input);
  constexpr After V = After::kVowel;
  constexpr After C = After::kConsonant;
  constexpr After A = After::kAny;
  constexpr After P = After::kPossessive;
  constexpr After NP = After::kNasalOrPossessive;
  constexpr After CS = After::kConsonantButS;
  // No bare dative на/не or а/е: they end too many stems (Астана).
  static constexpr std::array<KazakhSuffix, 37> kCase = {{
      {"ның", A}, {"нің", A}, {"дың", C}, {"дің", C}, {"тың", C}, {"тің", C},   // genitive
      {"нан", NP}, {"нен", NP}, {"дан", A}, {"ден", A}, {"тан", CS}, {"тен", CS}, // ablative
      {"нда", P}, {"нде", P}, {"да", A}, {"де", A}, {"та", C}, {"те", C},       // locative
      {"мен", A}, {"бен", A}, {"пен", A},                                       // instrumental
      {"ға", A}, {"ге", A}, {"қа", C}, {"ке", C},                               // dative
      {"ны", V}, {"ні", V}, {"ды", C}, {"ді", C}, {"ты", C}, {"ті", C},         // accusative
      {"ша", A}, {"ше", A}, {"дай", A}, {"дей", A}, {"тай", C}, {"тей", C},     // equative, similative
  }};
  static constexpr std::array<KazakhSuffix, 14> kPossessive = {{
      {"ымыз", C}, {"іміз", C}, {"мыз", V}, {"міз", V}, {"ының", C}, {"інің", C}, {"сы", V},
      {"сі", V}, {"ым", C}, {"ім", C}, {"ың", C}, {"ің", C}, {"ы", C}, {"і", C},
  }};
  static constexpr std::array<KazakhSuffix, 6> kPlural = {{
      {"лар", A}, {"лер", A}, {"дар", C}, {"дер", C}, {"тар", C}, {"тер", C},
  }};
  stripKazakh(word, kCase, 3);
  stripKazakh(word, kPossessive, 4);
  stripKazakh(word, kPlural, 2);
  return word;
}

}  // namespace

bool hasStemmer(Language language) {
  return language == Language::kArabic || language == Language::kPersian || language == Language::kKazakh ||
         language == Language::kRussian || language == Language::kEnglish;
}

std::string lightStem(std::string_view normalizedWord, Language language) {
  std::string stem;
  switch (language) {
    case Language::kArabic: stem = stemArabic(normalizedWord); break;
    case Language::kPersian: stem = stemPersian(normalizedWord); break;
    case Language::kKazakh: stem = stemKazakh(normalizedWord); break;
    case Language::kRussian:
    case Language::kEnglish: stem = text::snowballStem(normalizedWord, language); break;
    default: return {};
  }
  return stem == normalizedWord ? std::string() : stem;
}

}  // namespace qalam
