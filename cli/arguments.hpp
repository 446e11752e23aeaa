// Command-line arguments: --option VALUE, --flag, and positionals, checked
// against what a command accepts.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace qalam::cli {

class Arguments {
 public:
  // `valued` options take a value (repeatable ones collect every value);
  // `flags` take none. Anything else starting with -- is an error.
  Arguments(const std::vector<std::string>& args, const std::set<std::string>& valued, const std::set<std::string>& flags);

  bool ok() const { return problem_.empty(); }
  const std::string& problem() const { return problem_; }

  bool has(const std::string& flag) const { return flags_.count(flag) > 0; }
  std::optional<std::string> value(const std::string& option) const;
  std::vector<std::string> values(const std::string& option) const;
  const std::vector<std::string>& positionals() const { return positionals_; }

  // A whole number in [low, high] from an option, or `fallback` when absent;
  // sets problem() when malformed.
  std::uint32_t number(const std::string& option, std::uint32_t fallback, std::uint32_t low, std::uint32_t high);

 private:
  std::multimap<std::string, std::string> values_;
  std::set<std::string> flags_;
  std::vector<std::string> positionals_;
  std::string problem_;
};

}  // namespace qalam::cli
