#include "qalam/query_expander.hpp"

#include <algorithm>
#include <array>
#include <optional>

namespace qalam {
namespace {

bool isArabicScript(std::string_view term) {
  if (term.empty()) return false;
  const auto lead = static_cast<unsigned char>(term[0]);
  return lead >= 0xD8 && lead <= 0xDB;
}

std::size_t letterCount(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// The exact word of a node that is one plain word, if it is one.
std::optional<std::string> singleWord(const QueryNode& node) {
  if (node.kind != QueryNode::Kind::kMatch || node.prefix || node.titleOnly) return std::nullopt;
  const QueryClause& clause = node.clause;
  if (clause.alternatives.size() != 1 || clause.alternatives[0].parts.size() != 1) return std::nullopt;
  const std::string& term = clause.alternatives[0].parts[0].terms.front().term;
  if (termKind(term) != TermKind::kExact) return std::nullopt;
  return term;
}

QueryPart wordPart(const std::string& word, float weight) {
  return QueryPart{{{word, weight}, {markTerm(TermKind::kStem, word), weight * 0.8f}}};
}

// Two adjacent words (in one AND) whose joined form is indexed: (a b | ab).
void joinAdjacentWords(std::vector<QueryNode>& words, const InvertedIndex& index) {
  for (std::size_t c = 0; c + 1 < words.size(); ++c) {
    const auto a = singleWord(words[c]);
    const auto b = singleWord(words[c + 1]);
    if (!a || !b || !isArabicScript(*a) || !isArabicScript(*b)) continue;
    const std::string joined = *a + *b;
    if (!index.contains(joined)) continue;
    QueryAlternative both{{words[c].clause.alternatives[0].parts[0], words[c + 1].clause.alternatives[0].parts[0]}, false};
    QueryAlternative whole{{wordPart(joined, 1.0f)}, false};
    words[c].clause = QueryClause{{std::move(both), std::move(whole)}};
    words.erase(words.begin() + static_cast<std::ptrdiff_t>(c + 1));
  }
}

// A phrase whose two adjacent words are indexed joined: "a b c" | "ab c".
void joinPhraseWords(QueryClause& clause, const InvertedIndex& index) {
  {
    const std::size_t count = clause.alternatives.size();
    for (std::size_t a = 0; a < count; ++a) {
      const QueryAlternative alternative = clause.alternatives[a];
      if (!alternative.phrase) continue;
      for (std::size_t i = 0; i + 1 < alternative.parts.size(); ++i) {
        const std::string& left = alternative.parts[i].terms.front().term;
        const std::string& right = alternative.parts[i + 1].terms.front().term;
        if (!isArabicScript(left) || !isArabicScript(right) || termKind(left) != TermKind::kExact) continue;
        const std::string joined = left + right;
        if (!index.contains(joined)) continue;
        QueryAlternative shorter = alternative;
        shorter.parts[i] = QueryPart{{{joined, 1.0f}}};
        shorter.parts.erase(shorter.parts.begin() + static_cast<std::ptrdiff_t>(i + 1));
        shorter.phrase = shorter.parts.size() > 1;
        clause.alternatives.push_back(std::move(shorter));
      }
    }
  }
}

// A joined word whose halves are both indexed words: (ab | "a b").
void splitJoinedWords(QueryNode& node, const InvertedIndex& index) {
  constexpr std::size_t kMaxSplits = 3;
  QueryClause& clause = node.clause;
  {
    const auto word = singleWord(node);
    if (!word || !isArabicScript(*word) || letterCount(*word) < 4) return;
    std::size_t splits = 0;
    for (std::size_t i = 1; i < word->size() && splits < kMaxSplits; ++i) {
      if ((static_cast<unsigned char>((*word)[i]) & 0xC0) == 0x80) continue;  // inside a letter
      const std::string left = word->substr(0, i);
      const std::string right = word->substr(i);
      if (letterCount(left) < 2 || letterCount(right) < 2) continue;
      if (!index.contains(left) || !index.contains(right)) continue;
      clause.alternatives.push_back(QueryAlternative{{wordPart(left, 0.9f), wordPart(right, 0.9f)}, true});
      ++splits;
    }
  }
}

// Conjunction and preposition clitics, with and without the article.
constexpr std::array<std::string_view, 19> kClitics = {"وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "وب", "ول",
                                                       "وك", "فب", "فل", "فك", "و", "ف", "ب", "ك", "ل"};

void addCliticForms(QueryPart& part, const InvertedIndex& index) {
  const std::string word = part.terms.front().term;
  if (termKind(word) != TermKind::kExact || !isArabicScript(word) || letterCount(word) < 3) return;
  std::vector<std::string> bases{word};
  for (const std::string_view clitic : kClitics) {
    if (word.rfind(clitic, 0) == 0 && letterCount(word) >= letterCount(clitic) + 3) bases.push_back(word.substr(clitic.size()));
  }
  auto has = [&](const std::string& t) {
    return std::any_of(part.terms.begin(), part.terms.end(), [&](const WeightedTerm& w) { return w.term == t; });
  };
  for (const std::string& base : bases) {
    if (base != word && index.contains(base) && !has(base)) part.terms.push_back({base, 0.9f});
    for (const std::string_view clitic : kClitics) {
      std::string form = std::string(clitic) + base;
      if (form != word && index.contains(form) && !has(form)) part.terms.push_back({std::move(form), 0.9f});
    }
  }
}

void addNameSpellings(QueryPart& part, const Vocabulary& vocabulary, const ExpansionOptions& options) {
  struct Found {
    const NameCandidate* candidate;
    double distance;
  };
  std::vector<Found> found;
  auto has = [&](const std::string& t) {
    return std::any_of(part.terms.begin(), part.terms.end(), [&](const WeightedTerm& w) { return w.term == t; });
  };
  std::vector<std::string> sources;
  for (const WeightedTerm& t : part.terms) {
    const std::string text(termText(t.term));
    if (t.weight >= 0.8f && termKind(t.term) != TermKind::kLoose && letterCount(text) >= 3 &&
        std::find(sources.begin(), sources.end(), text) == sources.end()) {
      sources.push_back(text);
    }
  }
  for (const std::string& source : sources) {
    const std::string latin = vocabulary.keyer->transliterate(source);
    const std::string key = NameKeyer::skeleton(latin);
    if (key.size() < NameKeyer::kMinKeyLength) continue;
    const auto* candidates = vocabulary.names->candidates(key);
    if (candidates == nullptr) continue;
    for (const NameCandidate& c : *candidates) {
      // Arabic-script words are keyed whether names or not (the script has no
      // capitals). Within that script, transliteration hides letters (ain)
      // and would bring false friends (الأمم ~ العالم): there the letters
      // themselves are compared, and must be closer (توکایف ~ توكاييف).
      const bool sameArabicScript = isArabicScript(source) && isArabicScript(termText(c.term));
      const double d = sameArabicScript ? NameKeyer::letterDistance(source, termText(c.term))
                                        : NameKeyer::distance(latin, c.latin);
      if (sameArabicScript && d > options.maxSameScriptDistance) continue;
      if (d <= options.maxNameDistance && !has(c.term)) found.push_back({&c, d});
    }
  }
  std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.distance < b.distance; });
  for (std::size_t i = 0; i < found.size() && i < options.maxNameCandidates; ++i) {
    if (has(found[i].candidate->term)) continue;
    part.terms.push_back({found[i].candidate->term, static_cast<float>(0.7 * (1.0 - found[i].distance))});
  }
}

// A prefix* becomes the indexed words it begins (the most frequent first).
void resolvePrefix(QueryNode& node, const InvertedIndex& index, std::size_t limit) {
  const std::string prefix = node.clause.alternatives[0].parts[0].terms[0].term;
  QueryPart part;
  for (const std::string_view term : index.termsWithPrefix(prefix, limit)) part.terms.push_back({std::string(term), 0.9f});
  node.clause.alternatives[0].parts[0] = std::move(part);
}

void expandNode(QueryNode& node, const Vocabulary& vocabulary, const ExpansionOptions& options) {
  const InvertedIndex& index = vocabulary.index;
  if (node.kind == QueryNode::Kind::kAnd && options.compounds) joinAdjacentWords(node.children, index);
  for (QueryNode& child : node.children) expandNode(child, vocabulary, options);
  if (node.kind != QueryNode::Kind::kMatch) return;
  if (node.prefix) {
    resolvePrefix(node, index, options.maxPrefixTerms);
    return;
  }
  if (options.compounds) {
    joinPhraseWords(node.clause, index);
    splitJoinedWords(node, index);
  }
  for (QueryAlternative& alternative : node.clause.alternatives) {
    for (QueryPart& part : alternative.parts) {
      if (options.clitics) addCliticForms(part, index);
      if (options.crossScript && vocabulary.names != nullptr && vocabulary.keyer != nullptr) {
        addNameSpellings(part, vocabulary, options);
      }
    }
  }
}

}  // namespace

void expandQuery(Query& query, const Vocabulary& vocabulary, const ExpansionOptions& options) {
  expandNode(query.root, vocabulary, options);
}

}  // namespace qalam
