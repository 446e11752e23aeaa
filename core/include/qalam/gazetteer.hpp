// The generated gazetteer: countries, world regions, Central Asian divisions
// and cities with their names in the explorer's six languages, built from
// packaged data by scripts/make-gazetteer.mjs into gazetteer.bin (format in
// that script and docs/ENTITIES.md). Its entities go into an EntityLexicon
// as LexiconSource::kGazetteer, below curated and user lists.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "qalam/entity_lexicon.hpp"
#include "qalam/error.hpp"

namespace qalam {

// Written by scripts/make-gazetteer.mjs; raised when the layout changes.
inline constexpr std::uint32_t kGazetteerFormat = 1;

struct GazetteerLoad {
  std::vector<LexiconEntity> entities;  // empty when error is set
  Error error;
};

// Reads a whole gazetteer.bin. Every length, index, type, language tag and
// string is checked: damaged or truncated bytes give kCorruptIndex (or
// kIndexVersion, kInvalidUtf8, kDuplicateId), never a crash.
GazetteerLoad readGazetteer(std::string_view bytes);

// Whether a gazetteer id names an ISO 3166-1 country ("iso-KZ"; divisions
// are "iso2-KZ-ALA", regions "cldr-143", cities "geo-1526384").
bool isGazetteerCountry(std::string_view id);

}  // namespace qalam
