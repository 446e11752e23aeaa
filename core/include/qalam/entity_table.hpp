// The entities of a corpus: every entity mentioned, with its type, display
// name, the ways it is written, mention and document counts, the documents
// that mention it (for entity filters and facets), co-occurrence between
// entities and mentions over time.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "qalam/entity.hpp"
#include "qalam/facets.hpp"

namespace qalam {

namespace index {
class ByteWriter;
class ByteReader;
}  // namespace index

using EntityIndex = std::uint32_t;

struct EntitySurface {
  std::string text;          // as written in a document
  std::uint32_t mentions = 0;
};

struct EntityRecord {
  std::string id;            // Mention::entityId
  EntityType type = EntityType::kPerson;
  std::string name;          // display name: set by the lexicon, else the commonest surface
  std::uint32_t mentions = 0;
  std::uint32_t documents = 0;
  std::vector<EntitySurface> surfaces;  // commonest first once finished; at most kMaxSurfaces
};

struct EntityPair {
  EntityIndex a = 0;
  EntityIndex b = 0;
  std::uint32_t documents = 0;  // documents mentioning both
};

class EntityTable {
 public:
  static constexpr std::size_t kMaxSurfaces = 16;
  // Normalizes a surface so that spellings the analyzer folds together
  // (ي/ی, case, ZWNJ) are found as one (for entity filters).
  using Normalizer = std::function<std::string(std::string_view)>;

  // Records the mentions of the next document (DocIds in increasing order,
  // every document added, with or without mentions). `month` ("2024-08" or
  // empty) places them on the timeline.
  void addDocument(std::uint32_t doc, const std::vector<Mention>& mentions, std::string_view month,
                   const Normalizer& normalize);
  void setName(EntityIndex entity, std::string name);
  // The name was set (by a list or a person), not taken from the spellings.
  bool named(EntityIndex entity) const { return named_[entity]; }
  // Merges `others` into `into`: their mentions, spellings and documents
  // become `into`'s and their ids find it from now on. Entity indices change
  // (the merged ones go); ids stay.
  void merge(EntityIndex into, const std::vector<EntityIndex>& others);
  // `id` (not an entity's own) finds `entity` from now on.
  void addAlias(std::string_view id, EntityIndex entity);

  std::size_t size() const { return records_.size(); }
  const EntityRecord& record(EntityIndex e) const { return records_[e]; }
  std::optional<EntityIndex> find(std::string_view id) const;
  // Every id that finds `e`: its own first, then those merged into it.
  std::vector<std::string> idsOf(EntityIndex e) const;
  // Entities written as `normalizedSurface` (any document).
  const std::vector<EntityIndex>* bySurface(std::string_view normalizedSurface) const;
  // Documents mentioning the entity, in increasing order.
  const std::vector<std::uint32_t>& documentsOf(EntityIndex e) const { return documents_[e]; }
  // The entities a document mentions, with their mention counts, commonest first.
  std::vector<std::pair<EntityIndex, std::uint32_t>> entitiesOf(std::uint32_t doc) const;

  // Entities of the given types (all when empty), most documents first.
  std::vector<EntityIndex> list(const std::vector<EntityType>& types, std::size_t limit) const;
  // Entities mentioned in `docs` (sorted DocIds), by how many of them.
  std::vector<FacetCount> facet(const std::vector<std::uint32_t>& docs, std::size_t limit) const;
  // Pairs among the `top` entities with most documents, by shared documents.
  std::vector<EntityPair> cooccurrence(std::size_t top) const;
  // Documents mentioning the entity per month, in time order.
  std::vector<FacetCount> timeline(EntityIndex e) const;

  void write(index::ByteWriter& out) const;
  bool read(index::ByteReader& in, std::uint32_t documentCount);

 private:
  EntityIndex intern(const Mention& m);

  std::vector<EntityRecord> records_;
  std::vector<bool> named_;  // the display name was set, not taken from surfaces
  std::unordered_map<std::string, EntityIndex> byId_;
  std::unordered_map<std::string, std::vector<EntityIndex>> bySurface_;
  std::vector<std::vector<std::uint32_t>> documents_;  // by entity
  // Per document: its (entity, mentions) pairs, flattened.
  std::vector<std::uint32_t> docStart_ = {0};
  std::vector<std::pair<EntityIndex, std::uint32_t>> docEntities_;
  std::vector<std::string> months_;                  // distinct months
  std::vector<std::uint32_t> docMonth_;              // per document, index into months_ or kNoMonth
  std::unordered_map<std::string, std::uint32_t> monthIds_;
  static constexpr std::uint32_t kNoMonth = 0xFFFFFFFFu;
};

}  // namespace qalam
