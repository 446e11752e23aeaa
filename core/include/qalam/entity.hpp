// Named entities and numeric expressions found in a text: their types and one
// mention as it stands in the text.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace qalam {

enum class EntityType : std::uint8_t {
  kPerson,        // PER
  kOrganization,  // ORG
  kGeopolitical,  // GPE: countries, cities, regions
  kLocation,      // LOC: other places (Central Asia, the Caspian Sea)
  kFacility,      // FAC: plants, railways, routes
  kEvent,         // EVENT
  kDate,          // DATE
  kMoney,         // MONEY
  kPercent,       // PERCENT
};

inline constexpr std::array<EntityType, 9> kEntityTypes = {
    EntityType::kPerson, EntityType::kOrganization, EntityType::kGeopolitical,
    EntityType::kLocation, EntityType::kFacility, EntityType::kEvent,
    EntityType::kDate, EntityType::kMoney, EntityType::kPercent};

// "PER", "ORG", "GPE", "LOC", "FAC", "EVENT", "DATE", "MONEY", "PERCENT".
std::string_view entityTypeCode(EntityType type);
std::optional<EntityType> entityTypeFromCode(std::string_view code);

struct Mention {
  EntityType type = EntityType::kPerson;
  std::uint32_t begin = 0;  // UTF-8 byte offsets into the text
  std::uint32_t end = 0;    // one past the last byte
  std::string text;         // the text between begin and end, as written
  // The canonical entity: a lexicon id ("kz-tokayev"), a key for a name in
  // no list ("name:PER:tkf"), or the normalized value of a date
  // ("2023-08-26", "2023-08", "2023"), a sum ("15000000000 USD") or a
  // percentage ("12.5%").
  std::string entityId;
  float confidence = 1.0f;  // 0..1
};

}  // namespace qalam
