#include <algorithm>

#include "qalam/query.hpp"

namespace qalam {
namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

float weightOf(TermKind kind) {
  switch (kind) {
    case TermKind::kExact: return 1.0f;
    case TermKind::kStem: return 0.8f;
    case TermKind::kLoose: return 0.7f;
  }
  return 1.0f;
}

void addTerm(QueryPart& part, std::string term, float weight) {
  for (WeightedTerm& existing : part.terms) {
    if (existing.term == term) {
      existing.weight = std::max(existing.weight, weight);
      return;
    }
  }
  part.terms.push_back({std::move(term), weight});
}

// One typed word or quoted phrase becomes one clause. Tokens sharing a
// position are one part. An unquoted word also matches documents whose stem
// is the word itself, and the exact form of its stem.
void addClause(std::string_view text, bool quoted, const Analyzer& analyzer, Query& query) {
  const std::vector<Token> tokens = analyzer.analyze(text);
  QueryAlternative alternative;
  std::uint32_t lastPosition = 0;
  for (const Token& t : tokens) {
    const TermKind kind = termKind(t.term);
    if (quoted && kind != TermKind::kExact) continue;
    if (alternative.parts.empty() || t.position != lastPosition) {
      alternative.parts.emplace_back();
      lastPosition = t.position;
    }
    QueryPart& part = alternative.parts.back();
    addTerm(part, t.term, weightOf(kind));
    if (quoted) continue;
    if (kind == TermKind::kExact && part.terms.size() == 1) {
      addTerm(part, markTerm(TermKind::kStem, t.term), weightOf(TermKind::kStem));
    } else if (kind == TermKind::kStem) {
      addTerm(part, std::string(termText(t.term)), weightOf(TermKind::kStem));
    } else if (kind == TermKind::kLoose) {
      addTerm(part, std::string(termText(t.term)), weightOf(TermKind::kLoose));
    }
  }
  if (alternative.parts.empty()) return;
  alternative.phrase = alternative.parts.size() > 1;
  query.clauses.push_back(QueryClause{{std::move(alternative)}});
}

void renderTerm(const WeightedTerm& t, std::string& out) {
  switch (termKind(t.term)) {
    case TermKind::kStem: out += '~'; break;
    case TermKind::kLoose: out += "\u2248"; break;
    case TermKind::kExact: break;
  }
  out += termText(t.term);
}

// The exact term and the stem of itself are one idea; show only the term.
void renderPart(const QueryPart& part, std::string& out) {
  std::vector<const WeightedTerm*> shown;
  for (const WeightedTerm& t : part.terms) {
    const bool selfStem = termKind(t.term) == TermKind::kStem && termText(t.term) == part.terms.front().term;
    if (!selfStem) shown.push_back(&t);
  }
  if (shown.size() > 1) out += '{';
  for (std::size_t i = 0; i < shown.size(); ++i) {
    if (i) out += '|';
    renderTerm(*shown[i], out);
  }
  if (shown.size() > 1) out += '}';
}

void renderAlternative(const QueryAlternative& alternative, std::string& out) {
  const bool group = alternative.parts.size() > 1;
  if (group) out += alternative.phrase ? "\"" : "(";
  for (std::size_t i = 0; i < alternative.parts.size(); ++i) {
    if (i) out += ' ';
    renderPart(alternative.parts[i], out);
  }
  if (group) out += alternative.phrase ? "\"" : ")";
}

}  // namespace

std::string Query::toString() const {
  std::string out;
  for (const QueryClause& clause : clauses) {
    if (!out.empty()) out += ' ';
    const bool choice = clause.alternatives.size() > 1;
    if (choice) out += '(';
    for (std::size_t i = 0; i < clause.alternatives.size(); ++i) {
      if (i) out += " | ";
      renderAlternative(clause.alternatives[i], out);
    }
    if (choice) out += ')';
  }
  return out;
}

std::vector<std::string> Query::terms() const {
  std::vector<std::string> out;
  for (const QueryClause& clause : clauses) {
    for (const QueryAlternative& alternative : clause.alternatives) {
      for (const QueryPart& part : alternative.parts) {
        for (const WeightedTerm& t : part.terms) out.push_back(t.term);
      }
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

QueryParseResult parseQuery(std::string_view text, const Analyzer& analyzer) {
  QueryParseResult result;
  std::size_t i = 0;
  while (i < text.size()) {
    if (isSpace(text[i])) {
      ++i;
      continue;
    }
    if (text[i] == '"') {
      const std::size_t close = text.find('"', i + 1);
      if (close == std::string_view::npos) {
        result.error = {ErrorCode::kQuerySyntax, "unbalanced quote"};
        result.errorPosition = static_cast<std::uint32_t>(i);
        result.query.clauses.clear();
        return result;
      }
      addClause(text.substr(i + 1, close - i - 1), true, analyzer, result.query);
      i = close + 1;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && !isSpace(text[end]) && text[end] != '"') ++end;
    addClause(text.substr(i, end - i), false, analyzer, result.query);
    i = end;
  }
  return result;
}

}  // namespace qalam
