// The parsed form of a user query: clauses that must all match, each a choice
// of alternatives, each alternative a sequence of parts (a phrase, or words
// required anywhere), each part a choice of weighted terms.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "qalam/analyzer.hpp"
#include "qalam/error.hpp"

namespace qalam {

struct WeightedTerm {
  std::string term;     // an index key, possibly marked (TermKind)
  float weight = 1.0f;  // exact forms 1; stems, loose folds and expansions less
};

// One word of the query: any of its terms matches.
struct QueryPart {
  std::vector<WeightedTerm> terms;
};

struct QueryAlternative {
  std::vector<QueryPart> parts;
  bool phrase = false;  // parts at consecutive positions; else each anywhere
};

struct QueryClause {
  std::vector<QueryAlternative> alternatives;  // any one matches
};

struct Query {
  std::vector<QueryClause> clauses;  // all must match (implicit AND)

  bool empty() const { return clauses.empty(); }
  // Canonical rendering for tests and explain output, e.g.
  // `{алматыда|~алмат} ("رييس جمهور" | رييسجمهور)`: ~ marks a stem, ≈ a loose fold.
  std::string toString() const;
  // Every term of the query (for highlighting).
  std::vector<std::string> terms() const;
};

struct QueryParseResult {
  Query query;
  Error error;
  std::uint32_t errorPosition = 0;  // byte offset into the query text
};

// Words are analyzed with every variant (stems of every language of their
// script, loose fold); a quoted phrase keeps exact forms only.
QueryParseResult parseQuery(std::string_view text, const Analyzer& analyzer);

}  // namespace qalam
