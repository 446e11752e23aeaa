#include "qalam/entity.hpp"

namespace qalam {

namespace {
constexpr std::array<std::string_view, kEntityTypes.size()> kCodes = {"PER",  "ORG",   "GPE",  "LOC",    "FAC",
                                                                     "EVENT", "DATE", "MONEY", "PERCENT"};
}  // namespace

std::string_view entityTypeCode(EntityType type) { return kCodes[static_cast<std::size_t>(type)]; }

std::optional<EntityType> entityTypeFromCode(std::string_view code) {
  for (std::size_t i = 0; i < kCodes.size(); ++i) {
    if (kCodes[i] == code) return kEntityTypes[i];
  }
  return std::nullopt;
}

}  // namespace qalam
