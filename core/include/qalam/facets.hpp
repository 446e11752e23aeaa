// Facet counts (language, source, year, month) over a result set. Each
// document's values are kept as small ids when it is added, so counting a
// result set is one array increment per document and facet.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "qalam/document.hpp"

namespace qalam {

struct FacetCount {
  std::string value;
  std::uint32_t count = 0;
};

struct Facets {
  std::vector<FacetCount> lang;    // most documents first, then by value
  std::vector<FacetCount> source;
  std::vector<FacetCount> year;    // "2024"; in time order
  std::vector<FacetCount> month;   // "2024-08"; in time order
};

class FacetTable {
 public:
  enum Field : std::uint8_t { kLang, kSource, kYear, kMonth, kFieldCount };

  // Records the facet values of the next document (DocIds in order).
  void add(const Document& document);
  // Counts over `docs`; each facet keeps at most `maxValues` values (the
  // commonest for lang and source, the latest for year and month).
  Facets count(const std::vector<std::uint32_t>& docs, std::size_t maxValues = 50) const;

 private:
  struct Dictionary {
    std::unordered_map<std::string, std::uint32_t> ids;
    std::vector<std::string> values;
    std::uint32_t idOf(std::string_view value);
  };
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;  // no value (no date, no source)
  Dictionary dictionaries_[kFieldCount];
  std::vector<std::uint32_t> values_[kFieldCount];  // per document
};

}  // namespace qalam
