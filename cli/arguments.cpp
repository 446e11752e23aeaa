#include "arguments.hpp"

namespace qalam::cli {

Arguments::Arguments(const std::vector<std::string>& args, const std::set<std::string>& valued,
                     const std::set<std::string>& flags) {
  bool onlyPositionals = false;
  for (std::size_t i = 0; i < args.size() && problem_.empty(); ++i) {
    const std::string& a = args[i];
    if (onlyPositionals || a.size() < 2 || a[0] != '-' || a == "-") {
      positionals_.push_back(a);
    } else if (a == "--") {
      onlyPositionals = true;
    } else if (valued.count(a)) {
      if (i + 1 >= args.size()) problem_ = a + " needs a value";
      else values_.emplace(a, args[++i]);
    } else if (flags.count(a)) {
      flags_.insert(a);
    } else if (a[1] == '-') {
      problem_ = "unknown option " + a;
    } else {
      positionals_.push_back(a);  // a query such as -water
    }
  }
}

std::optional<std::string> Arguments::value(const std::string& option) const {
  const auto it = values_.find(option);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

std::vector<std::string> Arguments::values(const std::string& option) const {
  std::vector<std::string> out;
  for (auto [it, end] = values_.equal_range(option); it != end; ++it) out.push_back(it->second);
  return out;
}

std::uint32_t Arguments::number(const std::string& option, std::uint32_t fallback, std::uint32_t low, std::uint32_t high) {
  const auto v = value(option);
  if (!v) return fallback;
  try {
    std::size_t used = 0;
    const unsigned long n = std::stoul(*v, &used);
    if (used == v->size() && n >= low && n <= high) return static_cast<std::uint32_t>(n);
  } catch (const std::exception&) {
  }
  problem_ = option + " takes a whole number from " + std::to_string(low) + " to " + std::to_string(high);
  return fallback;
}

}  // namespace qalam::cli
