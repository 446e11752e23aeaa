#include "query_command.hpp"

#include <cstdio>

namespace qalam::cli {

bool parseQueryCommand(Arguments& a, const char* command, const char* usage, QueryCommand& out) {
  out.source.corpusFiles = a.values("--corpus");
  if (const auto index = a.value("--index")) out.source.indexFile = *index;
  out.options.crossScript = !a.has("--one-script");
  std::string problem = a.problem();
  if (problem.empty()) readFieldOptions(a, out.source, problem);
  if (problem.empty() && out.source.corpusFiles.empty() == out.source.indexFile.empty()) {
    problem = "give either --corpus FILE... or --index FILE";
  }
  if (problem.empty() && a.positionals().size() != 1) problem = "give one QUERY (quote it)";
  if (!problem.empty()) {
    std::fprintf(stderr, "qalam %s: %s\n%s", command, problem.c_str(), usage);
    return false;
  }
  out.query = a.positionals()[0];
  return true;
}

bool reportQueryError(const Error& error, std::uint32_t position, const char* command) {
  if (!error) return false;
  std::fprintf(stderr, "qalam %s: %s at character %u of the query\n", command, error.message.c_str(), position + 1);
  return true;
}

}  // namespace qalam::cli
