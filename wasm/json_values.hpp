// JSON for the cold paths the binding files share: one serialisation and
// one shape for import issues.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "qalam/error.hpp"

namespace qalam::wasm {

// Invalid UTF-8 cannot reach here (the core repairs it), but is replaced
// rather than thrown if it ever does.
inline std::string dumpJson(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// `[{file, line, code, message, skipped}]`.
inline nlohmann::json issuesJson(const std::vector<ImportIssue>& issues) {
  nlohmann::json out = nlohmann::json::array();
  for (const ImportIssue& issue : issues) {
    out.push_back({{"file", issue.file},
                   {"line", issue.line},
                   {"code", errorCodeName(issue.code)},
                   {"message", issue.message},
                   {"skipped", issue.skipped}});
  }
  return out;
}

}  // namespace qalam::wasm
