#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "query_command.hpp"
#include "qalam/concordance.hpp"

namespace qalam::cli {

int runKwic(const std::vector<std::string>& args) {
  static constexpr const char* kUsage =
      "usage: qalam kwic (--corpus FILE... [--field FIELD=KEY...] | --index FILE) [--context N] [--sort doc|1L|2L|3L|1R|2R|3R]\n"
      "                  [--offset N] [--limit N] [--json] [--one-script] QUERY\n";
  Arguments a(args, {"--corpus", "--index", "--context", "--sort", "--offset", "--limit", "--field"}, {"--json", "--one-script"});
  ConcordanceOptions options;
  options.context = a.number("--context", 5, 0, 50);
  options.offset = a.number("--offset", 0, 0, 100000000);
  options.limit = a.number("--limit", 50, 1, 100000);
  const auto sort = parseConcordanceSort(a.value("--sort").value_or("doc"));
  QueryCommand command;
  if (!parseQueryCommand(a, "kwic", kUsage, command)) return 2;
  if (!sort) {
    std::fprintf(stderr, "qalam kwic: --sort takes doc, 1L, 2L, 3L, 1R, 2R or 3R\n%s", kUsage);
    return 2;
  }
  options.sort = *sort;
  options.crossScript = command.options.crossScript;
  const std::unique_ptr<Corpus> corpus = openCorpus(command.source, "kwic");
  if (!corpus) return 1;
  const ConcordanceResult result = corpus->concordance(command.query, options);
  if (reportQueryError(result.error, result.errorPosition, "kwic")) return 1;

  if (a.has("--json")) {
    using Json = nlohmann::ordered_json;
    Json lines = Json::array();
    for (const ConcordanceLine& line : result.lines) {
      lines.push_back(Json{{"id", corpus->document(line.doc).id},
                           {"position", line.position},
                           {"left", line.left},
                           {"match", line.match},
                           {"right", line.right},
                           {"direction", line.rightToLeft ? "rtl" : "ltr"}});
    }
    std::cout << Json{{"query", command.query}, {"total", result.total}, {"truncated", result.truncated}, {"lines", lines}}
                     .dump(2, ' ', false, Json::error_handler_t::replace)
              << '\n';
    return 0;
  }
  // Logical order, one line per occurrence: id, left context, [match], right.
  std::printf("%u occurrences%s of %s\n", result.total, result.truncated ? " (truncated)" : "", command.query.c_str());
  for (const ConcordanceLine& line : result.lines) {
    std::printf("%-10s %s[%s]%s\n", corpus->document(line.doc).id.c_str(), line.left.c_str(), line.match.c_str(),
                line.right.c_str());
  }
  return 0;
}

}  // namespace qalam::cli
