#include "qalam/entity_table.hpp"

#include <algorithm>

#include "../index/byte_io.hpp"

namespace qalam {

EntityIndex EntityTable::intern(const Mention& m) {
  const auto [it, added] = byId_.emplace(m.entityId, static_cast<EntityIndex>(records_.size()));
  if (added) {
    EntityRecord record;
    record.id = m.entityId;
    record.type = m.type;
    records_.push_back(std::move(record));
    named_.push_back(false);
    documents_.emplace_back();
  }
  return it->second;
}

void EntityTable::addDocument(std::uint32_t doc, const std::vector<Mention>& mentions, std::string_view month,
                              const Normalizer& normalize) {
  (void)doc;  // documents arrive in order: `doc` is docStart_.size() - 1
  std::vector<std::pair<EntityIndex, std::uint32_t>> counts;
  for (const Mention& m : mentions) {
    if (m.entityId.empty()) continue;
    const EntityIndex e = intern(m);
    EntityRecord& record = records_[e];
    ++record.mentions;
    auto surface = std::find_if(record.surfaces.begin(), record.surfaces.end(),
                                [&](const EntitySurface& s) { return s.text == m.text; });
    if (surface != record.surfaces.end()) {
      ++surface->mentions;
    } else if (record.surfaces.size() < kMaxSurfaces) {
      record.surfaces.push_back({m.text, 1});
      std::vector<EntityIndex>& list = bySurface_[normalize(m.text)];
      if (std::find(list.begin(), list.end(), e) == list.end()) list.push_back(e);
    }
    auto count = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == e; });
    if (count != counts.end()) {
      ++count->second;
    } else {
      counts.emplace_back(e, 1);
    }
  }
  const auto docId = static_cast<std::uint32_t>(docStart_.size() - 1);
  for (const auto& [e, n] : counts) {
    ++records_[e].documents;
    documents_[e].push_back(docId);
    EntityRecord& record = records_[e];
    std::stable_sort(record.surfaces.begin(), record.surfaces.end(),
                     [](const EntitySurface& a, const EntitySurface& b) { return a.mentions > b.mentions; });
    if (!named_[e]) record.name = record.surfaces.front().text;
  }
  std::stable_sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  docEntities_.insert(docEntities_.end(), counts.begin(), counts.end());
  docStart_.push_back(static_cast<std::uint32_t>(docEntities_.size()));
  if (month.empty()) {
    docMonth_.push_back(kNoMonth);
  } else {
    const auto [it, added] = monthIds_.emplace(std::string(month), static_cast<std::uint32_t>(months_.size()));
    if (added) months_.emplace_back(month);
    docMonth_.push_back(it->second);
  }
}

void EntityTable::setName(EntityIndex entity, std::string name) {
  records_[entity].name = std::move(name);
  named_[entity] = true;
}

void EntityTable::merge(EntityIndex into, const std::vector<EntityIndex>& others) {
  // Where each entity goes: itself, or `into`; then the survivors renumbered.
  std::vector<EntityIndex> target(records_.size());
  for (EntityIndex e = 0; e < records_.size(); ++e) target[e] = e;
  for (const EntityIndex e : others) {
    if (e < records_.size() && e != into) target[e] = into;
  }
  std::vector<EntityIndex> renumbered(records_.size());
  EntityTable out;
  for (EntityIndex e = 0; e < records_.size(); ++e) {
    if (target[e] != e) continue;
    renumbered[e] = static_cast<EntityIndex>(out.records_.size());
    EntityRecord record;
    record.id = records_[e].id;
    record.type = records_[e].type;
    record.name = records_[e].name;
    out.records_.push_back(std::move(record));
    out.named_.push_back(named_[e]);
    out.documents_.emplace_back();
  }
  for (EntityIndex e = 0; e < records_.size(); ++e) renumbered[e] = renumbered[target[e]];

  for (EntityIndex e = 0; e < records_.size(); ++e) {
    EntityRecord& merged = out.records_[renumbered[e]];
    merged.mentions += records_[e].mentions;
    for (const EntitySurface& s : records_[e].surfaces) {
      auto same = std::find_if(merged.surfaces.begin(), merged.surfaces.end(),
                               [&](const EntitySurface& t) { return t.text == s.text; });
      if (same != merged.surfaces.end()) {
        same->mentions += s.mentions;
      } else {
        merged.surfaces.push_back(s);
      }
    }
  }
  for (EntityIndex e = 0; e < out.records_.size(); ++e) {
    EntityRecord& r = out.records_[e];
    std::stable_sort(r.surfaces.begin(), r.surfaces.end(),
                     [](const EntitySurface& a, const EntitySurface& b) { return a.mentions > b.mentions; });
    if (r.surfaces.size() > kMaxSurfaces) r.surfaces.resize(kMaxSurfaces);
    if (!out.named_[e] && !r.surfaces.empty()) r.name = r.surfaces.front().text;
  }

  // Per document: the pairs renumbered, a merged entity's counts added up.
  for (std::uint32_t d = 0; d + 1 < docStart_.size(); ++d) {
    std::vector<std::pair<EntityIndex, std::uint32_t>> counts;
    for (std::uint32_t k = docStart_[d]; k < docStart_[d + 1]; ++k) {
      const EntityIndex e = renumbered[docEntities_[k].first];
      auto same = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == e; });
      if (same != counts.end()) {
        same->second += docEntities_[k].second;
      } else {
        counts.emplace_back(e, docEntities_[k].second);
      }
    }
    std::stable_sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    for (const auto& [e, n] : counts) {
      out.documents_[e].push_back(d);
      ++out.records_[e].documents;
    }
    out.docEntities_.insert(out.docEntities_.end(), counts.begin(), counts.end());
    out.docStart_.push_back(static_cast<std::uint32_t>(out.docEntities_.size()));
  }

  for (const auto& [id, e] : byId_) out.byId_.emplace(id, renumbered[e]);
  for (const auto& [surface, list] : bySurface_) {
    std::vector<EntityIndex>& mapped = out.bySurface_[surface];
    for (const EntityIndex e : list) {
      if (std::find(mapped.begin(), mapped.end(), renumbered[e]) == mapped.end()) mapped.push_back(renumbered[e]);
    }
  }
  out.months_ = std::move(months_);
  out.docMonth_ = std::move(docMonth_);
  out.monthIds_ = std::move(monthIds_);
  *this = std::move(out);
}

void EntityTable::addAlias(std::string_view id, EntityIndex entity) {
  if (entity < records_.size()) byId_.insert_or_assign(std::string(id), entity);
}

std::optional<EntityIndex> EntityTable::find(std::string_view id) const {
  const auto it = byId_.find(std::string(id));
  if (it == byId_.end()) return std::nullopt;
  return it->second;
}

std::vector<std::string> EntityTable::idsOf(EntityIndex e) const {
  std::vector<std::string> out = {records_[e].id};
  for (const auto& [id, entity] : byId_) {
    if (entity == e && id != records_[e].id) out.push_back(id);
  }
  std::sort(out.begin() + 1, out.end());
  return out;
}

const std::vector<EntityIndex>* EntityTable::bySurface(std::string_view normalizedSurface) const {
  const auto it = bySurface_.find(std::string(normalizedSurface));
  return it == bySurface_.end() ? nullptr : &it->second;
}

std::vector<std::pair<EntityIndex, std::uint32_t>> EntityTable::entitiesOf(std::uint32_t doc) const {
  if (doc + 1 >= docStart_.size()) return {};
  return {docEntities_.begin() + docStart_[doc], docEntities_.begin() + docStart_[doc + 1]};
}

std::vector<EntityIndex> EntityTable::list(const std::vector<EntityType>& types, std::size_t limit) const {
  std::vector<EntityIndex> out;
  for (EntityIndex e = 0; e < records_.size(); ++e) {
    if (types.empty() || std::find(types.begin(), types.end(), records_[e].type) != types.end()) out.push_back(e);
  }
  const auto byDocuments = [this](EntityIndex a, EntityIndex b) {
    const EntityRecord& x = records_[a];
    const EntityRecord& y = records_[b];
    if (x.documents != y.documents) return x.documents > y.documents;
    if (x.mentions != y.mentions) return x.mentions > y.mentions;
    return x.id < y.id;
  };
  if (out.size() > limit) {
    std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(limit), out.end(), byDocuments);
    out.resize(limit);
  } else {
    std::sort(out.begin(), out.end(), byDocuments);
  }
  return out;
}

std::vector<FacetCount> EntityTable::facet(const std::vector<std::uint32_t>& docs, std::size_t limit) const {
  std::unordered_map<EntityIndex, std::uint32_t> counts;
  for (const std::uint32_t d : docs) {
    for (const auto& [e, n] : entitiesOf(d)) ++counts[e];
  }
  std::vector<std::pair<EntityIndex, std::uint32_t>> sorted(counts.begin(), counts.end());
  std::sort(sorted.begin(), sorted.end(), [this](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : records_[a.first].id < records_[b.first].id;
  });
  if (sorted.size() > limit) sorted.resize(limit);
  std::vector<FacetCount> out;
  for (const auto& [e, n] : sorted) out.push_back({records_[e].id, n});
  return out;
}

std::vector<EntityPair> EntityTable::cooccurrence(std::size_t top) const {
  const std::vector<EntityIndex> best = list({}, top);
  std::unordered_map<EntityIndex, std::size_t> rank;
  for (std::size_t i = 0; i < best.size(); ++i) rank.emplace(best[i], i);
  std::vector<std::uint32_t> counts(best.size() * best.size(), 0);
  for (std::uint32_t d = 0; d + 1 < docStart_.size(); ++d) {
    std::vector<std::size_t> present;
    for (std::uint32_t k = docStart_[d]; k < docStart_[d + 1]; ++k) {
      const auto it = rank.find(docEntities_[k].first);
      if (it != rank.end()) present.push_back(it->second);
    }
    for (std::size_t i = 0; i < present.size(); ++i) {
      for (std::size_t j = i + 1; j < present.size(); ++j) {
        const std::size_t a = std::min(present[i], present[j]);
        const std::size_t b = std::max(present[i], present[j]);
        ++counts[a * best.size() + b];
      }
    }
  }
  std::vector<EntityPair> out;
  for (std::size_t a = 0; a < best.size(); ++a) {
    for (std::size_t b = a + 1; b < best.size(); ++b) {
      if (counts[a * best.size() + b] > 0) out.push_back({best[a], best[b], counts[a * best.size() + b]});
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const EntityPair& x, const EntityPair& y) { return x.documents > y.documents; });
  return out;
}

std::vector<FacetCount> EntityTable::timeline(EntityIndex e) const {
  std::vector<std::uint32_t> counts(months_.size(), 0);
  for (const std::uint32_t d : documents_[e]) {
    if (docMonth_[d] != kNoMonth) ++counts[docMonth_[d]];
  }
  std::vector<FacetCount> out;
  for (std::size_t m = 0; m < counts.size(); ++m) {
    if (counts[m] > 0) out.push_back({months_[m], counts[m]});
  }
  std::sort(out.begin(), out.end(), [](const FacetCount& a, const FacetCount& b) { return a.value < b.value; });
  return out;
}

void EntityTable::write(index::ByteWriter& out) const {
  out.varint(records_.size());
  for (EntityIndex e = 0; e < records_.size(); ++e) {
    const EntityRecord& r = records_[e];
    out.string(r.id);
    out.varint(static_cast<std::uint64_t>(r.type));
    out.varint(named_[e] ? 1 : 0);
    out.string(r.name);
    out.varint(r.surfaces.size());
    for (const EntitySurface& s : r.surfaces) {
      out.string(s.text);
      out.varint(s.mentions);
    }
  }
  out.varint(months_.size());
  for (const std::string& m : months_) out.string(m);
  out.varint(docMonth_.size());
  for (std::size_t d = 0; d < docMonth_.size(); ++d) {
    out.varint(docMonth_[d] == kNoMonth ? 0 : std::uint64_t{docMonth_[d]} + 1);
    out.varint(docStart_[d + 1] - docStart_[d]);
    for (std::uint32_t k = docStart_[d]; k < docStart_[d + 1]; ++k) {
      out.varint(docEntities_[k].first);
      out.varint(docEntities_[k].second);
    }
  }
  // Ids that find an entity not their own (merged away).
  std::vector<std::pair<std::string_view, EntityIndex>> aliases;
  for (const auto& [id, e] : byId_) {
    if (records_[e].id != id) aliases.emplace_back(id, e);
  }
  std::sort(aliases.begin(), aliases.end());
  out.varint(aliases.size());
  for (const auto& [id, e] : aliases) {
    out.string(id);
    out.varint(e);
  }
  // Normalized surfaces for entity filters.
  std::vector<const std::pair<const std::string, std::vector<EntityIndex>>*> surfaces;
  for (const auto& entry : bySurface_) surfaces.push_back(&entry);
  std::sort(surfaces.begin(), surfaces.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
  out.varint(surfaces.size());
  for (const auto* entry : surfaces) {
    out.string(entry->first);
    out.varint(entry->second.size());
    for (const EntityIndex e : entry->second) out.varint(e);
  }
}

bool EntityTable::read(index::ByteReader& in, std::uint32_t documentCount) {
  *this = EntityTable{};
  const std::size_t entities = in.count(4);
  for (std::size_t e = 0; e < entities && in.ok(); ++e) {
    EntityRecord r;
    r.id = in.string();
    const std::uint64_t type = in.varint();
    const bool named = in.varint() != 0;
    r.name = in.string();
    const std::size_t surfaces = in.count(2);
    if (type >= kEntityTypes.size() || r.id.empty() || surfaces > kMaxSurfaces) return false;
    r.type = kEntityTypes[static_cast<std::size_t>(type)];
    for (std::size_t s = 0; s < surfaces && in.ok(); ++s) {
      EntitySurface surface;
      surface.text = in.string();
      surface.mentions = static_cast<std::uint32_t>(in.varint());
      r.surfaces.push_back(std::move(surface));
    }
    if (!byId_.emplace(r.id, static_cast<EntityIndex>(records_.size())).second) return false;
    records_.push_back(std::move(r));
    named_.push_back(named);
    documents_.emplace_back();
  }
  const std::size_t months = in.count(1);
  for (std::size_t m = 0; m < months && in.ok(); ++m) {
    months_.push_back(in.string());
    if (!monthIds_.emplace(months_.back(), static_cast<std::uint32_t>(m)).second) return false;
  }
  if (in.count(1) != documentCount) return false;
  for (std::uint32_t d = 0; d < documentCount && in.ok(); ++d) {
    const std::uint64_t month = in.varint();
    if (month > months_.size()) return false;
    docMonth_.push_back(month == 0 ? kNoMonth : static_cast<std::uint32_t>(month - 1));
    const std::size_t n = in.count(2);
    for (std::size_t k = 0; k < n && in.ok(); ++k) {
      const std::uint64_t e = in.varint();
      const std::uint64_t mentions = in.varint();
      if (e >= records_.size() || mentions == 0) return false;
      docEntities_.emplace_back(static_cast<EntityIndex>(e), static_cast<std::uint32_t>(mentions));
      documents_[static_cast<std::size_t>(e)].push_back(d);
      records_[static_cast<std::size_t>(e)].mentions += static_cast<std::uint32_t>(mentions);
      ++records_[static_cast<std::size_t>(e)].documents;
    }
    docStart_.push_back(static_cast<std::uint32_t>(docEntities_.size()));
  }
  const std::size_t aliases = in.count(2);
  for (std::size_t a = 0; a < aliases && in.ok(); ++a) {
    std::string id = in.string();
    const std::uint64_t e = in.varint();
    if (id.empty() || e >= records_.size() || !byId_.emplace(std::move(id), static_cast<EntityIndex>(e)).second) return false;
  }
  const std::size_t surfaces = in.count(2);
  for (std::size_t s = 0; s < surfaces && in.ok(); ++s) {
    std::vector<EntityIndex>& list = bySurface_[in.string()];
    const std::size_t n = in.count(1);
    for (std::size_t k = 0; k < n && in.ok(); ++k) {
      const std::uint64_t e = in.varint();
      if (e >= records_.size()) return false;
      list.push_back(static_cast<EntityIndex>(e));
    }
  }
  return in.ok();
}

}  // namespace qalam
