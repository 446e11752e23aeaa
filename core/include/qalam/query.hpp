// The parsed form of a user query.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "qalam/analyzer.hpp"
#include "qalam/error.hpp"

namespace qalam {

// One required clause: a single term, or a phrase of consecutive terms.
struct QueryClause {
  std::vector<std::string> terms;  // normalized, in order
  bool phrase = false;             // typed in quotes, or one word that analysis split
};

struct Query {
  std::vector<QueryClause> clauses;  // all must match (implicit AND)

  bool empty() const { return clauses.empty(); }
  // Canonical rendering for tests and explain output: `cup "tea pot"`.
  std::string toString() const;
};

struct QueryParseResult {
  Query query;
  Error error;
  std::uint32_t errorPosition = 0;  // byte offset into the query text
};

QueryParseResult parseQuery(std::string_view text, const Analyzer& analyzer);

}  // namespace qalam
