// Sub-commands of the `qalam` command-line tool.
#pragma once

#include <string>
#include <vector>

namespace qalam::cli {

// Each returns the process exit code: 0 success, 1 failure, 2 usage error.
int runIndex(const std::vector<std::string>& args);
int runSearch(const std::vector<std::string>& args);
int runFacets(const std::vector<std::string>& args);
int runKwic(const std::vector<std::string>& args);
int runEntities(const std::vector<std::string>& args);

}  // namespace qalam::cli
