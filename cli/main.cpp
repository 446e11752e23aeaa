#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include "commands.hpp"

namespace {

constexpr const char* kUsage =
    "usage: qalam <command> [options]\n"
    "\n"
    "commands:\n"
    "  index CORPUS... -o FILE.qalam                    build a saved index from corpus files (compressed;\n"
    "                                                   --uncompressed: larger, quicker to load)\n"
    "  search (--corpus FILE... | --index FILE) QUERY   ranked hits as JSON [--limit N] [--text] [--one-script]\n"
    "  facets (--corpus FILE... | --index FILE) QUERY   counts by language, source, year and month\n"
    "  kwic (--corpus FILE... | --index FILE) QUERY     concordance lines [--context N] [--sort 1L|1R|...]\n"
    "  entities (CORPUS... | --index FILE)              entity list as JSON [--type PER,ORG] [--limit N]\n"
    "                                                   [--doc ID] [--pairs N] [--text] [--entities LIST...]\n"
    "                                                   [--edits EDITS.json]\n"
    "\n"
    "Corpus files: .jsonl, .json (array), .csv/.tsv with a header, .txt (one document each).\n"
    "  --field FIELD=KEY (repeatable, with corpus files): read FIELD (id, title, text, lang, date,\n"
    "  source) from the JSON key or CSV column KEY, e.g. --field title=headline --field text=body.\n"
    "Query syntax: docs/QUERY.md.\n";

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::fputs(kUsage, args.empty() ? stderr : stdout);
    return args.empty() ? 2 : 0;
  }
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  try {
    if (args[0] == "index") return qalam::cli::runIndex(rest);
    if (args[0] == "search") return qalam::cli::runSearch(rest);
    if (args[0] == "facets") return qalam::cli::runFacets(rest);
    if (args[0] == "kwic") return qalam::cli::runKwic(rest);
    if (args[0] == "entities") return qalam::cli::runEntities(rest);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "qalam: %s\n", e.what());
    return 1;
  }
  std::fprintf(stderr, "qalam: unknown command '%s'\n%s", args[0].c_str(), kUsage);
  return 2;
}
