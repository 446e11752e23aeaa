// Reads a list of known entities (the project's curated list, or a list the
// user brings) from JSON or CSV into lexicon entries, checking every id, type
// and alias and reporting what it skips or repairs by file and line.
// docs/ENTITIES.md describes both formats.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "qalam/entity_lexicon.hpp"
#include "qalam/error.hpp"

namespace qalam {

// The JSON form names itself, so that a corpus file is not taken for a list.
inline constexpr std::string_view kEntityListFormat = "qalam-entities";
inline constexpr int kEntityListVersion = 1;

// An alias longer than this is a pasted sentence, not a name: it is skipped.
inline constexpr std::size_t kMaxAliasBytes = 200;

struct EntityListRead {
  std::vector<LexiconEntity> entities;  // in the order of their first line
  std::vector<ImportIssue> issues;      // records or aliases skipped, and warnings
  Error error;                          // set when the file cannot be read at all; then no entities
};

// Reads `bytes` as JSON when `fileName` ends in .json or the text starts
// with '{', otherwise as CSV with a header naming the columns id, type, name,
// lang and alias and/or aliases ('|'-separated). Every entity gets `source`.
//
// Skipped with an issue: an entity without an id, with an unknown type or a
// type that is not a named entity (DATE, MONEY, PERCENT); an alias that is
// empty, longer than kMaxAliasBytes bytes or EntityLexicon::kMaxAliasWords
// words, or repeated for its language; a CSV row with invalid UTF-8 or the
// wrong number of fields. Kept with a warning: a repeated id in a JSON list
// (merged into the first, whose type stays), an alias with two scripts inside
// one word (a homoglyph such as Latin "T" in "Тоқаев" never matches a real
// text), an entity left without aliases, and in JSON unknown fields and
// malformed roles, countries or dates. In CSV, rows with the same id are one
// entity by design. Language codes other than en, ru, kk, fa, ar and tg read
// as Language::kOther.
//
// `error` is set, and nothing returned, for JSON that does not parse (with
// its line), is not a "qalam-entities" list of a known version, has the key
// "entities" twice, or is nested deeper than kMaxJsonDepth; for JSON with
// invalid UTF-8; and for a CSV header lacking the id, type or alias columns.
EntityListRead readEntityList(std::string_view fileName, std::string_view bytes, LexiconSource source);

}  // namespace qalam
