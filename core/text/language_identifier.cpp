#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>

#include "qalam/language.hpp"

namespace qalam {
namespace {

enum class Script { kNone, kArabic, kCyrillic, kLatin };

Script scriptOf(UChar32 c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7)) {
    return Script::kLatin;
  }
  if (c >= 0x0400 && c <= 0x04FF) return Script::kCyrillic;
  if ((c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || (c >= 0xFB50 && c <= 0xFDFF) ||
      (c >= 0xFE70 && c <= 0xFEFC)) {
    return Script::kArabic;
  }
  return Script::kNone;
}

bool isWordChar(UChar32 c) { return scriptOf(c) != Script::kNone || (c >= 0x064B && c <= 0x065F) || c == 0x200C; }

UChar32 lower(UChar32 c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0x0410 && c <= 0x042F) return c + 32;   // А–Я
  if (c >= 0x0400 && c <= 0x040F) return c + 80;   // Ѐ–Џ
  // Extended letters come in upper/lower pairs (Ә ә, Қ қ, Ӣ ӣ, ...), upper even.
  if (((c >= 0x0460 && c <= 0x04BF) || (c >= 0x04D0 && c <= 0x04FF)) && c % 2 == 0) return c + 1;
  return c;
}

struct Evidence {
  std::array<int, 3> letters{};   // letters per script: Arabic, Cyrillic, Latin
  std::unordered_map<Language, double> score;
};

// Stopwords and function words per language, lower case.
const std::unordered_map<std::string_view, std::pair<Language, double>>& stopwords() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, std::pair<Language, double>>;
    auto add = [&](Language l, std::initializer_list<std::string_view> words, double weight = 2.0) {
      for (std::string_view w : words) t->emplace(w, std::make_pair(l, weight));
    };
    // Not و or ها: Arabic text with separated clitics has them standing alone too.
    add(Language::kPersian, {"در", "به", "از", "که", "این", "را", "با", "است", "برای", "آن", "می", "شد", "کرد", "های",
                             "یک", "تا", "بود", "نیز", "خود", "شده", "کند", "دیدار", "گفت", "اند", "ای", "کشور",
                             "كه", "اين", "براي", "مي", "يك", "كرد", "است،", "میان", "پس", "اما"});
    add(Language::kArabic, {"في", "من", "على", "إلى", "الى", "أن", "ان", "التي", "الذي", "عن", "مع", "هذا", "هذه", "ما", "كان",
                            "قد", "لا", "ذلك", "بين", "كما", "وقد", "حيث", "أو", "إن", "لم", "بعد", "عام", "وزير", "الله",
                            "قال", "كل", "أي", "التى", "الذى", "فى", "وفي", "ومن", "إلي", "انه", "أنه", "تم", "خلال", "حتى",
                            "لكن", "هو", "هي", "نحن", "هناك", "لقد", "كذلك", "علي", "الي", "غير", "منذ", "عند", "اذا", "إذا"});
    add(Language::kRussian, {"и", "в", "не", "на", "что", "с", "по", "как", "это", "он", "к", "из", "за", "от", "для",
                             "о", "так", "также", "был", "была", "были", "его", "ее", "её", "они", "при", "уже", "года",
                             "году", "который", "которые", "после", "только", "но", "или", "же", "во", "со", "чтобы"});
    add(Language::kKazakh, {"және", "мен", "бен", "пен", "бұл", "осы", "үшін", "деп", "жылы", "бойынша", "ол", "бар",
                            "жоқ", "керек", "біз", "сол", "еді", "болды", "болып", "дейін", "қазір", "тағы", "дегенде",
                            "туралы", "арасында", "сондай", "ретінде", "алайда", "ал", "біраз", "кезде", "немесе", "емес",
                            "ма", "ме", "па", "пе", "болса", "болсын", "болады", "жыл", "деген", "екен", "солай"});
    add(Language::kTajik, {"аз", "ба"}, 1.0);  // also Kazakh words ("few", a question particle)
    add(Language::kTajik, {"ва", "дар", "бо", "ки", "ин", "барои", "мебошад", "шуд", "кард", "буд", "онҳо",
                           "мо", "шумо", "низ", "бояд", "ҳамчун", "дорад", "карда", "шуда", "байни", "ҳам", "як", "соли"});
    add(Language::kEnglish, {"the", "of", "and", "to", "in", "is", "for", "on", "that", "with", "by", "as", "at", "from",
                             "was", "are", "an", "be", "it", "has", "have", "were", "this", "which", "its", "said", "will"});
    return t;
  }();
  return *table;
}

bool endsWith(std::u32string_view w, std::u32string_view s) { return w.size() > s.size() + 1 && w.substr(w.size() - s.size()) == s; }

template <std::size_t N>
void scoreEnding(std::u32string_view word, const std::u32string_view (&endings)[N], Language language, Evidence& e) {
  for (const std::u32string_view ending : endings) {
    if (endsWith(word, ending)) {
      e.score[language] += 0.6;
      return;
    }
  }
}

void scoreWord(const std::u32string& word, const std::string& utf8, Evidence& e) {
  if (const auto it = stopwords().find(utf8); it != stopwords().end()) e.score[it->second.first] += it->second.second;
  for (const char32_t c : word) {
    switch (c) {
      // Persian letters absent from Arabic
      case 0x067E: case 0x0686: case 0x0698: case 0x06AF: e.score[Language::kPersian] += 3; break;
      case 0x06CC: case 0x06A9: e.score[Language::kPersian] += 1; break;   // Farsi yeh, keheh
      // Arabic letters Persian rarely writes
      case 0x0629: case 0x0649: e.score[Language::kArabic] += 1.5; break;  // teh marbuta, alef maqsura
      case 0x0623: case 0x0625: case 0x0624: e.score[Language::kArabic] += 0.5; break;
      // Kazakh letters
      case 0x04D9: case 0x0456: case 0x04A3: case 0x04E9: case 0x04B1: case 0x04AF: case 0x04BB:
        e.score[Language::kKazakh] += 3;
        break;
      // Tajik letters
      case 0x04E3: case 0x04EF: case 0x04B3: case 0x04B7: e.score[Language::kTajik] += 3; break;
      // Shared by Kazakh and Tajik
      case 0x0493: case 0x049B:
        e.score[Language::kKazakh] += 1.5;
        e.score[Language::kTajik] += 1.5;
        break;
      // Russian letters that Tajik spelling avoids
      case 0x0449: case 0x044B: case 0x044C: case 0x0446:
        e.score[Language::kRussian] += 0.3;
        e.score[Language::kKazakh] += 0.2;
        break;
      default:
        if (c >= 0x00C0 && c <= 0x024F) e.score[Language::kOther] += 1;  // Latin beyond English
        break;
    }
  }
  if (word.size() >= 3 && word[0] == 0x0627 && word[1] == 0x0644) e.score[Language::kArabic] += 0.7;  // ال
  if (endsWith(word, U"\u0647\u0627\u06CC") || endsWith(word, U"\u0647\u0627\u064A")) e.score[Language::kPersian] += 1;  // های
  // Kazakh case and plural endings; Russian adjective, noun and verb endings.
  static const std::u32string_view kKazakhEndings[] = {U"лар", U"лер", U"дар", U"дер", U"тар", U"тер", U"ды", U"ты",
                                                      U"ған", U"ген", U"қан", U"кен", U"ға", U"ге", U"қа", U"ке",
                                                      U"нда", U"нде", U"мыз", U"міз", U"сам", U"сем"};
  static const std::u32string_view kRussianEndings[] = {U"ого", U"его", U"ому", U"ыми", U"ими", U"ость", U"ение", U"ся",
                                                       U"ией", U"ать", U"ить", U"ует", U"ых", U"ий", U"ый", U"ая"};
  scoreEnding(word, kKazakhEndings, Language::kKazakh, e);
  scoreEnding(word, kRussianEndings, Language::kRussian, e);
}

Evidence gather(std::string_view text) {
  Evidence e;
  const auto* p = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  std::u32string word;
  std::string utf8;
  auto flush = [&] {
    if (!word.empty()) scoreWord(word, utf8, e);
    word.clear();
    utf8.clear();
  };
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(p, i, length, c);
    if (c < 0 || !isWordChar(c)) {
      flush();
      continue;
    }
    const Script s = scriptOf(c);
    if (s != Script::kNone) ++e.letters[static_cast<int>(s) - 1];
    const UChar32 l = lower(c);
    if (l == c) {
      utf8.append(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    } else {
      char buf[4];
      int32_t n = 0;
      U8_APPEND_UNSAFE(buf, n, l);
      utf8.append(buf, static_cast<std::size_t>(n));
    }
    word.push_back(static_cast<char32_t>(l));
  }
  flush();
  return e;
}

Language best(const Evidence& e, std::initializer_list<Language> candidates, Language fallback) {
  Language winner = fallback;
  double top = 0.0;
  for (const Language l : candidates) {
    const auto it = e.score.find(l);
    const double s = it == e.score.end() ? 0.0 : it->second;
    if (s > top) {
      top = s;
      winner = l;
    }
  }
  return winner;
}

Language decide(const Evidence& e) {
  const int arabic = e.letters[0];
  const int cyrillic = e.letters[1];
  const int latin = e.letters[2];
  if (arabic == 0 && cyrillic == 0 && latin == 0) return Language::kOther;
  if (arabic >= cyrillic && arabic >= latin) return best(e, {Language::kPersian, Language::kArabic}, Language::kArabic);
  if (cyrillic >= latin) {
    return best(e, {Language::kRussian, Language::kKazakh, Language::kTajik}, Language::kRussian);
  }
  // Latin: English by its function words; other Latin-script languages
  // (Uzbek, Turkish, Azerbaijani) mostly show letters beyond ASCII.
  const auto other = e.score.find(Language::kOther);
  const bool beyondAscii = other != e.score.end() && other->second > 0;
  return best(e, {Language::kEnglish, Language::kOther}, beyondAscii ? Language::kOther : Language::kEnglish);
}

}  // namespace

const char* languageCode(Language language) {
  switch (language) {
    case Language::kPersian: return "fa";
    case Language::kArabic: return "ar";
    case Language::kKazakh: return "kk";
    case Language::kRussian: return "ru";
    case Language::kTajik: return "tg";
    case Language::kEnglish: return "en";
    case Language::kOther: break;
  }
  return "other";
}

Language languageFromCode(std::string_view code) {
  for (const Language l : {Language::kPersian, Language::kArabic, Language::kKazakh, Language::kRussian, Language::kTajik,
                           Language::kEnglish}) {
    if (code == languageCode(l)) return l;
  }
  return Language::kOther;
}

Language LanguageIdentifier::identify(std::string_view utf8) const { return decide(gather(utf8)); }

std::vector<LanguageSpan> LanguageIdentifier::identifyParagraphs(std::string_view utf8) const {
  std::vector<LanguageSpan> spans;
  std::uint32_t pendingBegin = 0;  // letterless lines at the start wait for the first decision
  bool pending = false;
  for (std::size_t start = 0; start < utf8.size();) {
    std::size_t end = utf8.find('\n', start);
    end = end == std::string_view::npos ? utf8.size() : end + 1;
    const Evidence e = gather(utf8.substr(start, end - start));
    const auto lineBegin = static_cast<std::uint32_t>(start);
    const auto lineEnd = static_cast<std::uint32_t>(end);
    start = end;
    if (e.letters[0] + e.letters[1] + e.letters[2] == 0) {
      if (spans.empty()) {
        if (!pending) pendingBegin = lineBegin;
        pending = true;
      } else {
        spans.back().end = lineEnd;
      }
      continue;
    }
    const Language l = decide(e);
    if (!spans.empty() && spans.back().language == l) {
      spans.back().end = lineEnd;
    } else {
      spans.push_back({spans.empty() && pending ? pendingBegin : lineBegin, lineEnd, l});
    }
  }
  if (spans.empty() && !utf8.empty()) spans.push_back({0, static_cast<std::uint32_t>(utf8.size()), Language::kOther});
  return spans;
}

}  // namespace qalam
