#include "qalam/name_recognizer.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "name_recognizer_impl.hpp"

namespace qalam {
namespace {

using name_rules::Candidate;
using name_rules::cueOf;
using name_rules::endsName;
using name_rules::ScannedText;
using name_rules::ScannedWord;
using name_rules::Script;
using name_rules::TriggerKind;

bool isPlace(EntityType t) { return t == EntityType::kGeopolitical || t == EntityType::kLocation; }

// -тық/-лық/-дық (and their front-vowel pairs), -ғы/-гі/-қы/-кі: Kazakh adjectives.
bool isKazakhAdjective(std::string_view form) {
  static constexpr std::string_view kEndings[] = {"тық", "тік", "лық", "лік", "дық", "дік", "ғы", "гі", "қы", "кі"};
  return std::any_of(std::begin(kEndings), std::end(kEndings), [&](std::string_view e) { return name_rules::endsWith(form, e); });
}

}  // namespace

// A one-word alias is trusted less: a function word or a title never names
// an entity; a lower-case word in a cased script matches only an alias of
// that script written lower-case (бар is not the town Bar); an Arabic stem
// match must differ from the alias by clitics only (الاسرائيلي is an
// adjective, not Israel); a place that is also a first name is not one
// before a surname (Владимир Путин).
bool NameRecognizer::Impl::accepts(const ScannedText& s, std::size_t i, const EntityLexicon::Match& m) const {
  if (m.words > 1) return true;
  const ScannedWord& w = s.words[i];
  const auto* t = trigger(w);
  if (w.stop || w.common || (t && t->kind == TriggerKind::kTitle) || name_rules::letterCount(w.forms.front()) < 2) {
    return false;
  }
  const LexiconEntity& e = lexicon.entity(m.entities.front());
  if (w.script == Script::kArabic) {
    if (readings.everydayWord(s, i)) return false;
    if (m.exact) return true;
    const std::string bare = name_rules::withoutArticle(w.forms.front());
    return std::any_of(e.aliases.begin(), e.aliases.end(), [&](const LexiconAlias& a) {
      return name_rules::withoutArticle(analyzer.normalize(a.text)) == bare;
    });
  }
  if (w.capital) {
    const bool place = e.type == EntityType::kGeopolitical || e.type == EntityType::kLocation;
    const bool beforeSurname = i + 1 < s.words.size() && s.words[i + 1].capital && !s.words[i + 1].punctBefore &&
                               cueOf(s.words[i + 1], Language::kOther, true) == EntityType::kPerson;
    return !(place && beforeSurname);
  }
  return std::any_of(e.aliases.begin(), e.aliases.end(), [&](const LexiconAlias& a) {
    return name_rules::scriptOf(a.text) == w.script && !startsWithCapital(a.text);
  });
}

void NameRecognizer::Impl::capitalisedRuns(const ScannedText& s, Language language, std::vector<bool>& covered,
                                           std::vector<Candidate>& out) const {
  const std::size_t n = s.words.size();
  static constexpr std::string_view kConnectors[] = {"of", "the", "for", "de", "al", "bin"};
  auto isTitle = [&](std::size_t at) { return trigger(s.words[at]) && trigger(s.words[at])->kind == TriggerKind::kTitle; };
  for (std::size_t i = 0; i < n;) {
    if (isTitle(i)) {
      i += s.words[i].triggerWords;
      continue;
    }
    if (covered[i] || !s.words[i].capital || s.words[i].stop) {
      ++i;
      continue;
    }
    std::size_t k = i + 1;
    while (k < n && k - i < 6 && !covered[k] && !s.words[k].punctBefore && !s.words[k].quoteBefore && !isTitle(k) &&
           !endsName(s, k - 1, language)) {
      if (s.words[k].capital && !s.words[k].stop) {
        ++k;
      } else if (language == Language::kEnglish && k + 1 < n && s.words[k + 1].capital && !covered[k + 1] &&
                 std::find(std::begin(kConnectors), std::end(kConnectors), s.words[k].forms.front()) != std::end(kConnectors)) {
        k += 2;
      } else {
        break;
      }
    }
    const std::size_t end = k;
    std::size_t begin = i;
    i = end;
    auto cueAt = [&](std::size_t w) { return cueOf(s.words[w], language); };
    // A capital that only marks the start of a sentence or a quotation says
    // nothing: such a first word stays only with a cue of its own, or as the
    // first name before a surname.
    const ScannedWord& first = s.words[begin];
    if (first.sentenceStart || first.quoteOpens) {
      const bool firstName = end - begin >= 2 && end - begin <= 3 && cueAt(end - 1) == EntityType::kPerson;
      if (!cueOf(first, language, true) && !first.abbreviation && !firstName && !(trigger(first) && end - begin == 1)) ++begin;
    }
    if (begin == end) continue;
    // "Украины Мустафа Джемилев": a first name and surname end the run; what
    // stands before them is a name of its own (a patronymic keeps three).
    if (end - begin >= 3 && cueAt(end - 1) == EntityType::kPerson && !endsName(s, end - 2, language) &&
        cueAt(end - 2) != EntityType::kPerson && !s.words[end - 2].hyphenBefore) {
      out.push_back({static_cast<std::uint32_t>(end - 2), static_cast<std::uint32_t>(end), EntityType::kPerson,
                     NameConfidence::kCapitalised, 0, -1});
      covered[end - 2] = covered[end - 1] = true;
      i = begin;
      continue;
    }
    std::optional<EntityType> cue;
    bool head = false;
    EntityType headType = EntityType::kOrganization;
    for (std::size_t w = begin; w < end; ++w) {
      if (const auto c = cueAt(w); c && (!cue || *c == EntityType::kPerson)) cue = c;
      if (const auto* h = trigger(s.words[w]); h && h->kind != TriggerKind::kTitle) {
        head = true;
        headType = h->type;
      }
    }
    // Kazakh official names start with a capitalised common word or
    // adjective (Ұлттық банк, Сыртқы істер, Мемлекет басшысы): alone, before
    // lower-case words, it names nothing.
    if (end - begin == 1 && language == Language::kKazakh && !head && end < s.words.size() &&
        !s.words[end].capital && !s.words[end].punctBefore &&
        (s.words[begin].common || isKazakhAdjective(s.words[begin].forms.front()))) {
      continue;
    }
    if (end - begin == 1 && s.words[begin].common) continue;
    EntityType type = EntityType::kPerson;
    if (head) {
      type = headType;
    } else if (end - begin == 1 && s.words[begin].abbreviation) {
      type = EntityType::kOrganization;
    } else if (cue) {
      type = end - begin == 1 || *cue == EntityType::kPerson ? *cue : EntityType::kPerson;
    } else if ((begin > 0 && s.words[begin - 1].place) || end - begin == 1) {
      type = EntityType::kGeopolitical;
    }
    out.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), type, NameConfidence::kCapitalised,
                   0, -1});
    for (std::size_t w = begin; w < end; ++w) covered[w] = true;
  }
}

std::string NameRecognizer::Impl::keyOf(const ScannedText& s, const Candidate& c, Language language) const {
  std::string key;
  for (std::uint32_t w = c.begin; w < c.end; ++w) {
    const std::string base = baseForm(s.words[w].forms.front(), language);
    std::string k = keyOf(base);
    if (k.empty()) k = base;
    key += (key.empty() ? "" : "_") + k;
  }
  return key;
}

std::string NameRecognizer::Impl::latinOf(const ScannedText& s, const Candidate& c, Language language) const {
  std::string latin;
  for (std::uint32_t w = c.begin; w < c.end; ++w) {
    latin += (latin.empty() ? "" : " ") + latinOf(baseForm(s.words[w].forms.front(), language));
  }
  return latin;
}

// Keys alone collide too often (Азамат and İzmit share "azmt"): a link also
// needs the spellings to be close, and one entity only to qualify.
std::int64_t NameRecognizer::Impl::linked(const std::string& key, const std::string& latin, EntityType type) const {
  constexpr double kMaxDistance = 0.25;
  constexpr std::size_t kMinKeyLetters = 4;
  if (lexicon.size() != linkedEntities || lexicon.aliasCount() != linkedAliases) {
    aliasesByKey.clear();
    for (std::uint32_t e = 0; e < lexicon.size(); ++e) {
      const LexiconEntity& entity = lexicon.entity(e);
      for (const LexiconAlias& alias : entity.aliases) {
        std::string aliasKey(1, isPlace(entity.type) ? 'G' : static_cast<char>('0' + static_cast<int>(entity.type)));
        std::string aliasLatin;
        bool first = true;
        for (const WordSpan& w : lexicon.words(alias.text, alias.language)) {
          const std::string base = baseForm(w.forms.front(), alias.language);
          std::string k = keyOf(base);
          if (k.empty()) k = w.forms.front();
          aliasKey += (first ? "" : "_") + k;
          aliasLatin += (first ? "" : " ") + latinOf(base);
          first = false;
        }
        aliasesByKey[aliasKey].emplace_back(e, std::move(aliasLatin));
      }
    }
    linkedEntities = lexicon.size();
    linkedAliases = lexicon.aliasCount();
  }
  std::size_t keyLetters = 0;
  for (const char ch : key) keyLetters += ch != '_' ? 1 : 0;
  if (keyLetters < kMinKeyLetters) return -1;
  const std::string probe(1, isPlace(type) ? 'G' : static_cast<char>('0' + static_cast<int>(type)));
  const auto it = aliasesByKey.find(probe + key);
  if (it == aliasesByKey.end()) return -1;
  std::int64_t found = -1;
  for (const auto& [entity, aliasLatin] : it->second) {
    if (NameKeyer::distance(latin, aliasLatin) > kMaxDistance) continue;
    if (found >= 0 && found != entity) return -1;
    found = entity;
  }
  return found;
}

NameRecognizer::NameRecognizer(const Analyzer& analyzer, const EntityLexicon& lexicon, const NameKeyer& keyer,
                               NameRecognizerOptions options)
    : impl_(std::make_unique<Impl>(analyzer, lexicon, keyer, options)) {}
NameRecognizer::~NameRecognizer() = default;

std::vector<Mention> NameRecognizer::recognize(std::string_view text, Language language) const {
  const Impl& m = *impl_;
  const ScannedText s = name_rules::scanText(text, language, m.lexicon, m.triggers);
  const std::size_t n = s.words.size();
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i < n; ++i) {
    if (const auto match = m.lexicon.longestMatch(s.spans, i); match && m.accepts(s, i, *match)) {
      const std::uint32_t e = match->entities.front();
      candidates.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + match->words),
                            m.lexicon.entity(e).type,
                            match->exact ? NameConfidence::kLexiconExact : NameConfidence::kLexiconStem, 2, e});
    }
    const auto* t = m.trigger(s.words[i]);
    if (!m.options.rules || t == nullptr) continue;
    std::optional<Candidate> c;
    if (t->kind == TriggerKind::kTitle) {
      c = m.nameAfterTitle(s, i + s.words[i].triggerWords, language);
    } else if (t->kind == TriggerKind::kHeadFirst) {
      c = m.headFirstChain(s, i, language);
      if (!c && language == Language::kRussian) c = m.headLastChain(s, i, language);
    } else if (t->kind == TriggerKind::kHeadLast && language != Language::kEnglish) {
      c = m.headLastChain(s, i, language);
      if (!c && language == Language::kRussian) c = m.headFirstChain(s, i, language);
    }
    if (c) candidates.push_back(*c);
  }
  // Higher rank first, then longer, then earlier; a lexicon match wins a tie.
  std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.rank != b.rank) return a.rank > b.rank;
    if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.entity > b.entity;
  });
  std::vector<bool> covered(n, false);
  std::vector<Candidate> chosen;
  for (const Candidate& c : candidates) {
    if (std::any_of(covered.begin() + c.begin, covered.begin() + c.end, [](bool v) { return v; })) continue;
    std::fill(covered.begin() + c.begin, covered.begin() + c.end, true);
    chosen.push_back(c);
  }
  if (m.options.rules) m.capitalisedRuns(s, language, covered, chosen);
  std::sort(chosen.begin(), chosen.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });

  std::vector<Mention> out;
  out.reserve(chosen.size());
  for (const Candidate& c : chosen) {
    Mention mention;
    mention.type = c.type;
    mention.begin = s.spans[c.begin].begin;
    mention.end = s.spans[c.end - 1].end;
    if (s.words[c.begin].script == Script::kArabic) mention.begin += static_cast<std::uint32_t>(name_rules::procliticBytes(s.words[c.begin].raw));
    mention.text = std::string(text.substr(mention.begin, mention.end - mention.begin));
    mention.confidence = c.confidence;
    if (c.entity >= 0) {
      mention.entityId = m.lexicon.entity(static_cast<std::uint32_t>(c.entity)).id;
    } else {
      const std::string key = m.keyOf(s, c, language);
      const std::int64_t e = m.options.linkByKey ? m.linked(key, m.latinOf(s, c, language), c.type) : -1;
      if (e >= 0) {
        mention.entityId = m.lexicon.entity(static_cast<std::uint32_t>(e)).id;
        mention.confidence = std::max(mention.confidence, NameConfidence::kLinkedByKey);
      } else {
        mention.entityId = "name:" + std::string(entityTypeCode(c.type)) + ":" + key;
      }
    }
    out.push_back(std::move(mention));
  }
  return out;
}

std::string NameRecognizer::nameId(EntityType type, const std::vector<std::string>& baseWords) const {
  std::string key;
  for (const std::string& w : baseWords) {
    std::string k = impl_->keyOf(w);
    key += (key.empty() ? "" : "_") + (k.empty() ? w : k);
  }
  return "name:" + std::string(entityTypeCode(type)) + ":" + key;
}

std::string NameRecognizer::baseForm(std::string_view word, Language language) {
  if (language == Language::kArabic) return name_rules::withoutArticle(word);
  if (language == Language::kKazakh && name_rules::endsWith(word, "\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD")) return std::string(word);  // -стан
  for (const char* ending : name_rules::caseEndings(language)) {
    const std::string_view e = ending;
    if (name_rules::endsWith(word, e) &&
        name_rules::letterCount(word) >= name_rules::letterCount(e) + name_rules::kMinBaseLetters + 1) {
      return std::string(word.substr(0, word.size() - e.size()));
    }
  }
  return std::string(word);
}

}  // namespace qalam
