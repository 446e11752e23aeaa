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
    "  search --corpus FILE.jsonl [--limit N] QUERY   print ranked hits as JSON\n";

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::fputs(kUsage, args.empty() ? stderr : stdout);
    return args.empty() ? 2 : 0;
  }
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  try {
    if (args[0] == "search") return qalam::cli::runSearch(rest);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "qalam: %s\n", e.what());
    return 1;
  }
  std::fprintf(stderr, "qalam: unknown command '%s'\n%s", args[0].c_str(), kUsage);
  return 2;
}
