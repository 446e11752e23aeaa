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

// A restriction on document metadata: lang:fa, source:"Qalam sample desk",
// date:2024-01..2024-12, date:>=2024, date:<2024-06-01.
struct FieldFilter {
  // kPerson, kOrganization, kPlace: documents mentioning an entity so
  // written or so identified (person:"Tokayev", org:ООН, place:kz-almaty).
  enum class Field : std::uint8_t { kLang, kSource, kDate, kPerson, kOrganization, kPlace };
  Field field = Field::kLang;
  std::string value;        // lang and source: compared case-insensitively (ASCII)
  std::string from;         // date: inclusive lower bound, an ISO prefix ("2024", "2024-01")
  std::string to;           // date: upper bound, an ISO prefix; empty = open
  bool toExclusive = false;

  std::string toString() const;
};

struct QueryNode {
  enum class Kind : std::uint8_t {
    kMatch,   // one word, phrase or prefix: `clause`
    kAnd,     // all children; kNot children exclude
    kOr,      // any child
    kNot,     // the one child must not match
    kNear,    // two kMatch children within `nearDistance` words, either order
    kFilter,  // `filter` on document metadata
  };
  Kind kind = Kind::kAnd;
  QueryClause clause;
  bool titleOnly = false;          // kMatch: title:word
  bool prefix = false;             // kMatch: word*, resolved against the index by expandQuery
  std::vector<QueryNode> children;
  std::uint32_t nearDistance = 0;
  FieldFilter filter;
};

struct Query {
  QueryNode root;  // kAnd with no children when empty

  bool empty() const { return root.kind == QueryNode::Kind::kAnd && root.children.empty(); }
  // Canonical rendering for tests and explain output. Words: `{алматыда|~алмат}`
  // (~ a stem, ≈ a loose fold); a top-level AND is space-separated, a nested
  // one parenthesized; `(a OR b)`, `-a`, `NEAR/3(a, b)`, `title:a`, `lang:fa`,
  // `date:2024-01..2024-12`.
  std::string toString() const;
  // Every term of the query's words (for highlighting), negated ones aside.
  std::vector<std::string> terms() const;
};

struct QueryLimits {
  std::size_t maxWords = 256;      // words, phrases and filters in one query
  std::size_t maxDepth = 32;       // nesting of parentheses and NOT
};

struct QueryParseResult {
  Query query;
  Error error;
  std::uint32_t errorPosition = 0;  // byte offset into the query text
};

// The query language (docs/QUERY.md): words (implicit AND), AND, OR, NOT and
// -word, parentheses, "phrases" (also «»), prefix*, a NEAR/n b, and the
// fields lang:, source:, date:, title:. Words are analyzed with every variant
// (stems of every language of their script, loose fold); a quoted phrase
// keeps exact forms only. Errors give the byte position where they start.
QueryParseResult parseQuery(std::string_view text, const Analyzer& analyzer, const QueryLimits& limits = {});

}  // namespace qalam
