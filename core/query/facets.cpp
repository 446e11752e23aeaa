#include "qalam/facets.hpp"

#include <algorithm>

namespace qalam {
namespace {

bool isYear(std::string_view date) {
  return date.size() >= 4 && std::all_of(date.begin(), date.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::uint32_t FacetTable::Dictionary::idOf(std::string_view value) {
  const auto [it, inserted] = ids.emplace(std::string(value), static_cast<std::uint32_t>(values.size()));
  if (inserted) values.emplace_back(value);
  return it->second;
}

void FacetTable::add(const Document& d) {
  const std::string_view date = d.date;
  const std::string_view values[kFieldCount] = {
      d.lang.empty() ? std::string_view("other") : std::string_view(d.lang), d.source,
      isYear(date) ? date.substr(0, 4) : std::string_view(),
      isYear(date) && date.size() >= 7 && date[4] == '-' ? date.substr(0, 7) : std::string_view()};
  for (int f = 0; f < kFieldCount; ++f) {
    values_[f].push_back(values[f].empty() ? kNone : dictionaries_[f].idOf(values[f]));
  }
}

Facets FacetTable::count(const std::vector<std::uint32_t>& docs, std::size_t maxValues) const {
  Facets out;
  std::vector<FacetCount>* targets[kFieldCount] = {&out.lang, &out.source, &out.year, &out.month};
  for (int f = 0; f < kFieldCount; ++f) {
    std::vector<std::uint32_t> counts(dictionaries_[f].values.size(), 0);
    for (const std::uint32_t d : docs) {
      const std::uint32_t id = values_[f][d];
      if (id != kNone) ++counts[id];
    }
    std::vector<FacetCount>& target = *targets[f];
    for (std::size_t id = 0; id < counts.size(); ++id) {
      if (counts[id] > 0) target.push_back({dictionaries_[f].values[id], counts[id]});
    }
    if (f == kYear || f == kMonth) {
      std::sort(target.begin(), target.end(), [](const FacetCount& a, const FacetCount& b) { return a.value < b.value; });
      if (target.size() > maxValues) target.erase(target.begin(), target.end() - static_cast<std::ptrdiff_t>(maxValues));
    } else {
      std::sort(target.begin(), target.end(), [](const FacetCount& a, const FacetCount& b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
      });
      if (target.size() > maxValues) target.resize(maxValues);
    }
  }
  return out;
}

}  // namespace qalam
