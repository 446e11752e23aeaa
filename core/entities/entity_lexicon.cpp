#include "qalam/entity_lexicon.hpp"

#include <algorithm>

#include "qalam/token.hpp"

namespace qalam {
namespace {

// Every path through an alias's word forms is stored, up to this many, so
// that a stemmed alias word still meets a stemmed text word.
constexpr std::size_t kMaxPathsPerAlias = 8;

std::string edgeKey(std::uint32_t node, std::string_view form) {
  std::string key(sizeof node, '\0');
  for (std::size_t i = 0; i < sizeof node; ++i) key[i] = static_cast<char>((node >> (8 * i)) & 0xFF);
  key += form;
  return key;
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
      out.push_back({{}, t.begin, t.end});
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
  // Paths as choices of a form per word; the first is all exact forms.
  std::vector<std::vector<std::size_t>> paths = {std::vector<std::size_t>(spans.size(), 0)};
  for (std::size_t w = 0; w < spans.size(); ++w) {
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
      std::string key = edgeKey(node, spans[w].forms[paths[p][w]]);
      const auto it = edges_.find(key);
      if (it != edges_.end()) {
        node = it->second;
      } else {
        const auto next = static_cast<std::uint32_t>(nodes_.size());
        nodes_.emplace_back();
        edges_.emplace(std::move(key), next);
        node = next;
      }
    }
    auto& list = p == 0 ? nodes_[node].exactEntities : nodes_[node].stemmedEntities;
    if (std::find(list.begin(), list.end(), entity) == list.end()) list.push_back(entity);
  }
}

std::uint32_t EntityLexicon::child(std::uint32_t node, std::string_view form) const {
  const auto it = edges_.find(edgeKey(node, form));
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
  const WordForms& forms = words[at].forms;
  for (std::size_t f = 0; f < forms.size(); ++f) {
    const std::uint32_t next = child(node, forms[f]);
    if (next != 0) search(words, at + 1, next, exact && f == 0, depth + 1, best);
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
