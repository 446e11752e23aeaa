#include "qalam/entity_lexicon.hpp"

#include <algorithm>

#include "qalam/name_key.hpp"
#include "qalam/token.hpp"

namespace qalam {
namespace {

// Every path through an alias's word forms is stored, up to this many, so
// that a stemmed alias word still meets a stemmed text word.
constexpr std::size_t kMaxPathsPerAlias = 8;

void edgeKey(std::uint32_t node, WordCase required, std::string_view form, std::string& key) {
  key.assign(sizeof node + 1, '\0');
  for (std::size_t i = 0; i < sizeof node; ++i) key[i] = static_cast<char>((node >> (8 * i)) & 0xFF);
  key[sizeof node] = static_cast<char>(required);
  key += form;
}

std::string edgeKey(std::uint32_t node, WordCase required, std::string_view form) {
  std::string key;
  edgeKey(node, required, form, key);
  return key;
}

std::uint8_t letterCount(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return static_cast<std::uint8_t>(std::min<std::size_t>(n, 255));
}

bool isArabicScript(std::string_view word) {
  const auto lead = word.empty() ? 0 : static_cast<unsigned char>(word[0]);
  return lead >= 0xD8 && lead <= 0xDB;
}

// The cases of alias words a text word may match.
std::vector<WordCase> casesMatching(WordCase written) {
  switch (written) {
    case WordCase::kAllCapitals: return {WordCase::kAny, WordCase::kCapitalized, WordCase::kAllCapitals};
    case WordCase::kCapitalized: return {WordCase::kAny, WordCase::kCapitalized};
    case WordCase::kAny: break;
  }
  return {WordCase::kAny};
}

// A text word matched through a stem (or matching an alias word only by its
// stem) must still look like an inflection of the alias word: not much
// shorter, and holding the matched form at its start (Алматыда, Москве) or,
// in Arabic script, where clitics are prefixes, anywhere (والأمم).
bool plausibleInflection(const WordSpan& word, std::string_view form, std::uint8_t aliasLetters) {
  if (word.letters + 1 < aliasLetters) return false;
  const std::string_view exact = word.forms.front();
  return word.arabicScript ? exact.find(form) != std::string_view::npos : exact.substr(0, form.size()) == form;
}

}  // namespace

EntityLexicon::EntityLexicon(const Analyzer& analyzer) : analyzer_(&analyzer), nodes_(1) {}

std::vector<WordSpan> EntityLexicon::words(std::string_view text, Language language) const {
  std::vector<WordSpan> out;
  std::vector<Token> tokens;
  analyzer_->analyze(text, tokens, 0, AnalyzeOptions{language, true});
  std::uint32_t position = 0;
  for (const Token& t : tokens) {
    const TermKind kind = termKind(t.term);
    if (kind == TermKind::kLoose) continue;
    if (out.empty() || t.position != position) {
      // The exact form of a word comes first (analyzer.hpp).
      WordSpan span;
      span.begin = t.begin;
      span.end = t.end;
      const std::string_view written = text.substr(t.begin, t.end - t.begin);
      span.writtenCase = isAllCapitals(written)      ? WordCase::kAllCapitals
                         : startsWithCapital(written) ? WordCase::kCapitalized
                                                      : WordCase::kAny;
      span.letters = letterCount(termText(t.term));
      span.arabicScript = isArabicScript(termText(t.term));
      out.push_back(std::move(span));
      position = t.position;
    }
    const std::string_view form = termText(t.term);
    WordForms& forms = out.back().forms;
    if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.emplace_back(form);
  }
  return out;
}

std::uint32_t EntityLexicon::add(LexiconEntity entity) {
  const auto found = byId_.find(entity.id);
  if (found == byId_.end()) {
    const auto index = static_cast<std::uint32_t>(entities_.size());
    byId_.emplace(entity.id, index);
    std::vector<LexiconAlias> aliases = std::move(entity.aliases);
    entity.aliases.clear();
    entities_.push_back(std::move(entity));
    for (LexiconAlias& alias : aliases) {
      insertAlias(alias, index);
      entities_[index].aliases.push_back(std::move(alias));
    }
    return index;
  }
  const std::uint32_t index = found->second;
  LexiconEntity& existing = entities_[index];
  if (entity.source >= existing.source) {
    existing.type = entity.type;
    if (!entity.name.empty()) existing.name = std::move(entity.name);
    existing.source = entity.source;
  }
  for (LexiconAlias& alias : entity.aliases) {
    const bool known = std::any_of(existing.aliases.begin(), existing.aliases.end(),
                                   [&](const LexiconAlias& a) { return a.text == alias.text; });
    if (known) continue;
    insertAlias(alias, index);
    entities_[index].aliases.push_back(std::move(alias));
  }
  return index;
}

void EntityLexicon::insertAlias(const LexiconAlias& alias, std::uint32_t entity) {
  const std::vector<WordSpan> spans = words(alias.text, alias.language);
  if (spans.empty() || spans.size() > kMaxAliasWords) return;
  ++aliasCount_;
  // Paths as choices of a form per word; the first is all exact forms. The
  // last word varies first: that is the one a name inflects (Тоқаевтың,
  // "Организации Объединённых Наций" aside, the head comes last).
  std::vector<std::vector<std::size_t>> paths = {std::vector<std::size_t>(spans.size(), 0)};
  for (std::size_t w = spans.size(); w-- > 0;) {
    const std::size_t existing = paths.size();
    for (std::size_t p = 0; p < existing; ++p) {
      for (std::size_t f = 1; f < spans[w].forms.size() && paths.size() < kMaxPathsPerAlias; ++f) {
        std::vector<std::size_t> path = paths[p];
        path[w] = f;
        paths.push_back(std::move(path));
      }
    }
  }
  for (std::size_t p = 0; p < paths.size(); ++p) {
    std::uint32_t node = 0;
    for (std::size_t w = 0; w < spans.size(); ++w) {
      // Case matters in scripts that have it; an alias in lower case
      // (иностранных in a ministry's name) matches however it is written.
      const WordCase required = spans[w].writtenCase;
      std::string key = edgeKey(node, required, spans[w].forms[paths[p][w]]);
      const auto it = edges_.find(key);
      if (it != edges_.end()) {
        node = it->second;
      } else {
        const auto next = static_cast<std::uint32_t>(nodes_.size());
        nodes_.emplace_back();
        edges_.emplace(std::move(key), next);
        node = next;
      }
      nodes_[node].aliasLetters = std::min(nodes_[node].aliasLetters, spans[w].letters);
    }
    auto& list = p == 0 ? nodes_[node].exactEntities : nodes_[node].stemmedEntities;
    if (std::find(list.begin(), list.end(), entity) == list.end()) list.push_back(entity);
  }
}

std::uint32_t EntityLexicon::child(std::uint32_t node, WordCase required, std::string_view form) const {
  // Looked up for every word of every document: one buffer, no allocation.
  thread_local std::string key;
  edgeKey(node, required, form, key);
  const auto it = edges_.find(key);
  return it == edges_.end() ? 0 : it->second;
}

void EntityLexicon::search(const std::vector<WordSpan>& words, std::size_t at, std::uint32_t node, bool exact,
                           std::size_t depth, std::optional<Match>& best) const {
  if (depth > 0) {
    const Node& n = nodes_[node];
    std::vector<std::uint32_t> entities = n.exactEntities;
    const bool exactMatch = exact && !entities.empty();
    if (!exactMatch) {
      for (const std::uint32_t e : n.stemmedEntities) {
        if (std::find(entities.begin(), entities.end(), e) == entities.end()) entities.push_back(e);
      }
    }
    const bool better = !best || depth > best->words || (depth == best->words && exactMatch && !best->exact);
    if (!entities.empty() && better) {
      std::stable_sort(entities.begin(), entities.end(), [this](std::uint32_t a, std::uint32_t b) {
        return entities_[a].source > entities_[b].source;
      });
      best = Match{static_cast<std::uint32_t>(depth), std::move(entities), exactMatch};
    }
  }
  if (at >= words.size() || depth >= kMaxAliasWords) return;
  const WordSpan& word = words[at];
  const WordForms& forms = word.forms;
  for (const WordCase required : casesMatching(word.writtenCase)) {
    for (std::size_t f = 0; f < forms.size(); ++f) {
      const std::uint32_t next = child(node, required, forms[f]);
      if (next == 0) continue;
      const bool sameWord = f == 0 && word.letters >= nodes_[next].aliasLetters;
      if (!sameWord && !plausibleInflection(word, forms[f], nodes_[next].aliasLetters)) continue;
      search(words, at + 1, next, exact && f == 0, depth + 1, best);
    }
  }
}

std::optional<EntityLexicon::Match> EntityLexicon::longestMatch(const std::vector<WordSpan>& words,
                                                                std::size_t start) const {
  std::optional<Match> best;
  if (start < words.size()) search(words, start, 0, true, 0, best);
  return best;
}

std::optional<std::uint32_t> EntityLexicon::find(std::string_view id) const {
  const auto it = byId_.find(std::string(id));
  if (it == byId_.end()) return std::nullopt;
  return it->second;
}

}  // namespace qalam
