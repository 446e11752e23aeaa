#include "qalam/query.hpp"

namespace qalam {

std::string Query::toString() const {
  std::string out;
  for (const QueryClause& clause : clauses) {
    if (!out.empty()) out += ' ';
    if (clause.phrase) out += '"';
    for (std::size_t i = 0; i < clause.terms.size(); ++i) {
      if (i) out += ' ';
      out += clause.terms[i];
    }
    if (clause.phrase) out += '"';
  }
  return out;
}

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Adds the terms of one typed word or quoted phrase. A single word that
// analysis splits (COVID-19) must match as a phrase.
void addClause(std::string_view text, bool quoted, const Analyzer& analyzer, Query& query) {
  const std::vector<Token> tokens = analyzer.analyze(text);
  if (tokens.empty()) return;
  QueryClause clause;
  clause.phrase = tokens.size() > 1;  // a quoted single word is just that word
  (void)quoted;
  for (const Token& t : tokens) clause.terms.push_back(t.term);
  query.clauses.push_back(std::move(clause));
}

}  // namespace

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
