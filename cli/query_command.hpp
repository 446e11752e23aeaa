// What the query commands (search, facets, kwic) share: where the corpus
// comes from, the query, and how problems are reported.
#pragma once

#include <string>

#include "arguments.hpp"
#include "corpus_source.hpp"

namespace qalam::cli {

struct QueryCommand {
  CorpusSource source;
  std::string query;
  SearchOptions options;
};

// Parses --corpus/--index, --field, --one-script and the query; prints usage problems.
bool parseQueryCommand(Arguments& a, const char* command, const char* usage, QueryCommand& out);

// Prints a query error with its position; true when there was one.
bool reportQueryError(const Error& error, std::uint32_t position, const char* command);

}  // namespace qalam::cli
