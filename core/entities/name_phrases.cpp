// Names announced by the words around them: a person after a title, an
// organisation or place spanning its head word and the head's modifiers.
#include <algorithm>
#include <initializer_list>

#include "name_recognizer_impl.hpp"

namespace qalam {
namespace name_rules {

std::optional<EntityType> cueOf(const ScannedWord& w, Language language, bool generic) {
  std::optional<EntityType> best;
  std::size_t bestLength = 0;
  for (const name_rules::SuffixCue& cue : name_rules::suffixCues()) {
    const std::string_view suffix = cue.suffix;
    if (cue.language != Language::kOther && (generic || cue.language != language)) continue;
    if (suffix.size() > bestLength && name_rules::endsWith(w.forms.front(), suffix) &&
        w.forms.front().size() >= suffix.size() + 4) {
      best = cue.type;
      bestLength = suffix.size();
    }
  }
  return best;
}

bool definite(const ScannedWord& w) {
  return name_rules::startsWith(name_rules::withoutProclitics(w.forms.front()), "\xD8\xA7\xD9\x84");  // ال
}

bool isArabicJoiner(std::string_view form) {
  static constexpr std::string_view kJoiners[] = {"\xD8\xA8\xD9\x86", "\xD8\xA7\xD8\xA8\xD9\x86",
                                                   "\xD8\xA8\xD9\x86\xD8\xAA", "\xD8\xB9\xD8\xA8\xD8\xAF",
                                                   "\xD8\xA7\xD8\xA8\xD9\x88", "\xD8\xA7\xD9\x84"};
  return std::find(std::begin(kJoiners), std::end(kJoiners), form) != std::end(kJoiners);
}

// Where one name ends inside a run of capitals: after an inflected Kazakh
// word (Ақтаудан Шымкент) or after a surname (Валентин Шитов Саратов).
bool isPatronymic(const ScannedWord& w) {
  static constexpr std::string_view kEndings[] = {"\xD2\xB1\xD0\xBB\xD1\x8B", "\xD2\x9B\xD1\x8B\xD0\xB7\xD1\x8B",
                                                   "\xD0\xB2\xD0\xB8\xD1\x87", "\xD0\xB2\xD0\xBD\xD0\xB0", "uly"};  // ұлы қызы вич вна
  const std::string_view form = w.forms.front();
  return std::any_of(std::begin(kEndings), std::end(kEndings), [&](std::string_view e) { return name_rules::endsWith(form, e); });
}

bool endsName(const ScannedText& s, std::size_t at, Language language) {
  const ScannedWord& w = s.words[at];
  if (at + 1 < s.words.size() && s.words[at + 1].hyphenBefore) return false;
  // Surname first: Қосанов Әміржан Сагидрахманұлы.
  for (std::size_t k = at + 1; k < s.words.size() && k <= at + 2; ++k) {
    if (isPatronymic(s.words[k])) return false;
  }
  if (language == Language::kKazakh && NameRecognizer::baseForm(w.forms.front(), language) != w.forms.front()) return true;
  const auto cue = cueOf(w, language);
  return cue == EntityType::kPerson && !name_rules::endsWith(w.forms.front(), "\xD0\xB8\xD1\x87") &&  // -ич
         !name_rules::endsWith(w.forms.front(), "\xD0\xBD\xD0\xB0");                                  // -на
}

namespace {

bool endsWithAny(std::string_view word, std::initializer_list<std::string_view> endings) {
  return std::any_of(endings.begin(), endings.end(), [&](std::string_view e) { return endsWith(word, e); });
}

}  // namespace

// Genitive endings of Russian nouns and adjectives, singular and plural.
bool isRussianGenitive(const ScannedWord& w) {
  return endsWithAny(w.forms.front(), {"а", "я", "ы", "и", "ов", "ев", "ей", "ого", "его", "ой", "ых", "их"});
}

bool isKazakhOblique(std::string_view form) {
  return letterCount(form) > 4 &&
         endsWithAny(form, {"дағы", "дегі", "тағы", "тегі", "нда", "нде", "да", "де", "та", "те", "ға", "ге", "қа", "ке",
                            "дан", "ден", "тен", "нан", "нен", "мен", "бен", "пен", "ны", "ні", "ды", "ді", "ты", "ті"});
}

bool isRussianVerb(const ScannedWord& w) {
  return endsWithAny(w.forms.front(), {"ет", "ёт", "ит", "ют", "ут", "ат", "ят", "ил", "ал", "ял", "ла", "ли", "ло",
                                       "ся", "сь", "ть"});
}

bool isRussianAdjective(const ScannedWord& w) {
  return endsWithAny(w.forms.front(), {"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ую",
                                       "юю", "ые", "ие", "ых", "их", "ым", "им"});
}

}  // namespace name_rules

using name_rules::Candidate;
using name_rules::isKazakhOblique;
using name_rules::isRussianAdjective;
using name_rules::isRussianGenitive;
using name_rules::isRussianVerb;
using name_rules::cueOf;
using name_rules::definite;
using name_rules::endsName;
using name_rules::isArabicJoiner;
using name_rules::ScannedText;
using name_rules::ScannedWord;
using name_rules::Script;
using name_rules::kMaxChainWords;
using name_rules::kMaxNameWords;
using name_rules::TriggerKind;

// Between a title and the name: a country (رئیس‌جمهور ایران, Ресей
// Президенті is the other order), a nationality adjective (الرئيس اللبناني).
std::size_t NameRecognizer::Impl::skipBeforeName(const ScannedText& s, std::size_t j, Language language) const {
  for (int skips = 0; skips < 2 && j < s.words.size(); ++skips) {
    const ScannedWord& w = s.words[j];
    if (const auto m = lexicon.longestMatch(s.spans, j); m && accepts(s, j, *m)) {
      if (lexicon.entity(m->entities.front()).type == EntityType::kPerson) break;
      j += m->words;
    } else if (language == Language::kArabic && name_rules::isArabicNisba(w.forms.front())) {
      ++j;
    } else if (w.capital && cueOf(w, language) == EntityType::kGeopolitical) {
      ++j;
    } else {
      break;
    }
  }
  return j;
}

std::optional<Candidate> NameRecognizer::Impl::nameAfterTitle(const ScannedText& s, std::size_t j,
                                                               Language language) const {
  j = skipBeforeName(s, j, language);
  const std::size_t n = s.words.size();
  auto blocked = [&](std::size_t at, std::size_t first) {
    const ScannedWord& w = s.words[at];
    return w.stop || w.trigger >= 0 || (at > first && (w.punctBefore || w.quoteBefore));
  };
  std::size_t k = j;
  if (j < n && s.words[j].script == Script::kArabic) {
    // وزير الخارجية الامريكي كوندوليزا رايس: definite words right after the
    // title complete the title. The name is two words, more when joined by
    // بن / عبد / ابو, and ends at its definite part (محمد البرادعي).
    if (language == Language::kArabic) {
      for (int skipped = 0; skipped < 3 && j < n && !blocked(j, j) && definite(s.words[j]); ++skipped) ++j;
    }
    k = j;
    std::size_t names = 0;
    while (k < n && !blocked(k, j) && names < 2) {
      const bool joiner = isArabicJoiner(s.words[k].forms.front());
      const bool last = definite(s.words[k]) && k > j;
      ++k;
      if (!joiner) ++names;
      if (last) break;
      if (joiner) names = std::min<std::size_t>(names, 1);
    }
    if (language == Language::kPersian && k < n && !blocked(k, j) && k - j == 2) {
      // Three words after a title are mostly a country and a two-word name
      // (رئیس‌جمهور ایران مسعود پزشکیان) when no list knew the country.
      ++j;
      ++k;
    }
  } else {
    // A listed place or organisation after the name is not part of it
    // (Президент Тоқаевтың Алматыда), nor is what follows a case ending.
    while (k < n && k - j < kMaxNameWords && !blocked(k, j) && s.words[k].capital) {
      if (k > j && endsName(s, k - 1, language)) break;
      if (const auto m = lexicon.longestMatch(s.spans, k);
          k > j && m && accepts(s, k, *m) && lexicon.entity(m->entities.front()).type != EntityType::kPerson) {
        break;
      }
      ++k;
    }
  }
  if (k == j) return std::nullopt;
  if (s.words[j].script != Script::kArabic) {
    // мэра Москвы Юрия Лужкова, председатель КНДР Хван Чжан Еп: a country or
    // body in the genitive before the name is not part of it.
    if (k - j >= 2 && s.words[j].abbreviation) ++j;
    if (k - j >= 3 && cueOf(s.words[k - 1], language) == EntityType::kPerson &&
        cueOf(s.words[k - 2], language) != EntityType::kPerson && !s.words[k - 2].hyphenBefore) {
      j = k - 2;
    }
    const std::string_view only = s.words[j].forms.front();
    if (k - j == 1 && language == Language::kRussian && !cueOf(s.words[j], language) &&
        (name_rules::endsWith(only, "\xD1\x8B") || name_rules::endsWith(only, "\xD0\xB8\xD0\xB8"))) {  // -ы, -ии
      return std::nullopt;
    }
  }
  return Candidate{static_cast<std::uint32_t>(j), static_cast<std::uint32_t>(k), EntityType::kPerson,
                   NameConfidence::kTitle, 2, -1};
}

// وزارت امور خارجه, وزارة الخارجية, Вазорати корҳои хориҷӣ, Министерство
// иностранных дел России, партия «Единая Россия».
std::optional<Candidate> NameRecognizer::Impl::headFirstChain(const ScannedText& s, std::size_t i,
                                                              Language language) const {
  const ScannedWord& head = s.words[i];
  const std::size_t n = s.words.size();
  const std::size_t h = i + head.triggerWords;
  std::size_t k = h;
  auto free = [&](std::size_t at) {
    const ScannedWord& w = s.words[at];
    return !w.stop && !w.punctBefore && !(w.trigger >= 0 && trigger(w)->kind == TriggerKind::kTitle);
  };
  if (language == Language::kPersian) {
    // Two modifiers at most: the unwritten ezafe gives no end, and the
    // noun before a light verb belongs to the verb (گزارش داد, امضا کرد).
    while (k < n && k - h < 2 && free(k) && s.words[k].script == Script::kArabic) ++k;
    if (k > h + 1 && k < n && s.words[k].stop && !s.words[k].punctBefore) --k;
  } else if (language == Language::kArabic) {
    // A definite head (المجلس) takes adjectives only, all definite; an
    // indefinite one (مجلس) one genitive noun, then definite words.
    const bool definiteHead = definite(head);
    while (k < n && k - h < kMaxChainWords && free(k)) {
      if (!definite(s.words[k]) && (k > h || definiteHead)) break;
      ++k;
    }
  } else if (language == Language::kTajik) {
    // The ezafe -и links each word to the next.
    while (k < n && k - h < kMaxChainWords + 1 && free(k) && name_rules::endsWith(s.words[k - 1].forms.front(), "\xD0\xB8")) ++k;
  } else if (language == Language::kRussian) {
    if (h < n && s.words[h].quoteBefore && !s.words[h].punctBefore) {
      k = h + 1;
      while (k < n && k - h < 6 && !s.words[k].quoteBefore && !s.words[k].punctBefore) ++k;
    } else if (head.capital) {
      // Modifiers after the head are genitives (иностранных дел России); a
      // verb or a nominative name ends the chain (… журналистов считает).
      while (k < n && k - h < kMaxChainWords && free(k) && !s.words[k].quoteBefore &&
             (s.words[k].capital ? s.words[k].abbreviation || isRussianGenitive(s.words[k]) : !isRussianVerb(s.words[k]))) {
        ++k;
      }
    } else {
      while (k < n && k - h < kMaxChainWords && free(k) && s.words[k].capital) ++k;
      // партии Сергея Митрохина: a person's name after the head is not the body's.
      if (k > h && cueOf(s.words[k - 1], language) == EntityType::kPerson) k = h;
    }
  }
  if (k == h) return std::nullopt;
  std::size_t begin = i;
  // Верховный суд, Русской службе «Голоса Америки»: a capitalised adjective
  // right before the head opens the name.
  if (language == Language::kRussian && i > 0 && !head.punctBefore && !head.quoteBefore && s.words[i - 1].capital &&
      isRussianAdjective(s.words[i - 1])) {
    begin = i - 1;
  }
  const EntityType type = trigger(head)->type;
  return Candidate{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(k), type,
                   NameConfidence::kOrganizationHead, 2, -1};
}

// Kazakh: Сыртқы істер министрлігі, «Нұр Отан» партиясы — back from the head
// over at most three lower-case words to a run of capitalised ones.
std::optional<Candidate> NameRecognizer::Impl::headLastChain(const ScannedText& s, std::size_t i,
                                                             Language language) const {
  const std::size_t end = i + s.words[i].triggerWords;
  const EntityType type = trigger(s.words[i])->type;
  // Үкімет, Парламент: a capitalised head is a name by itself.
  if (s.words[i].capital && (i == 0 || !s.words[i - 1].capital || s.words[i].punctBefore)) {
    return Candidate{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end), type,
                     NameConfidence::kOrganizationHead, 2, -1};
  }
  std::optional<std::size_t> start;
  std::size_t lower = 0;
  for (std::size_t k = i; k-- > 0;) {
    const ScannedWord& w = s.words[k];
    if (s.words[k + 1].punctBefore || w.stop || w.trigger >= 0) break;
    if (const auto m = lexicon.longestMatch(s.spans, k);
        m && lexicon.entity(m->entities.front()).type == EntityType::kPerson) {
      break;
    }
    // A word in a case other than the genitive, or a surname, belongs to
    // the sentence, not to the name (Қарағандыдағы Ішкі істер министрлігі).
    if (language == Language::kKazakh && (isKazakhOblique(w.forms.front()) || cueOf(w, language, true) == EntityType::kPerson)) {
      break;
    }
    if (w.capital) {
      start = k;
      if (w.sentenceStart) break;
    } else if (start || ++lower > 3 || i - k > 6) {
      break;
    }
  }
  if (!start) return std::nullopt;
  // «Хабар» агенттігі: a quoted name is the name without its head.
  const bool quoted = language == Language::kKazakh && type == EntityType::kOrganization && s.words[i].quoteBefore && *start < i;
  return Candidate{static_cast<std::uint32_t>(*start), static_cast<std::uint32_t>(quoted ? i : end), type,
                   NameConfidence::kOrganizationHead, 2, -1};
}

}  // namespace qalam
