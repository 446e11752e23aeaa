// A person's corrections to the entities found: merge several entities into
// one, split the mentions written some ways off into an entity of their own,
// rename an entity. Kept as an ordered log that the corpus saves with its
// index and replays as rules on every mention it extracts afterwards, so an
// edit survives re-extraction, new documents and re-indexing.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "qalam/entity.hpp"
#include "qalam/error.hpp"

namespace qalam {

namespace index {
class ByteWriter;
class ByteReader;
}  // namespace index

struct EntityEdit {
  enum class Op { kMerge, kRename, kSplit };
  Op op = Op::kRename;
  std::vector<std::string> ids;       // merge: the entities merged away
  std::string id;                     // merge: the entity kept; rename, split: the entity edited
  std::string name;                   // rename: the new name; split: the new entity's name (optional)
  std::vector<std::string> surfaces;  // split: spellings whose mentions move, normalized
  std::string newId;                  // split: the new entity's id (chosen when first applied)
  EntityType type = EntityType::kPerson;  // merge, split: the resulting entity's type (set when applied)

  bool operator==(const EntityEdit&) const = default;
};

// Parses a JSON array of edits:
//   {"op": "merge", "ids": ["a", "b"], "into": "a"}
//   {"op": "rename", "id": "a", "name": "New name"}
//   {"op": "split", "id": "a", "surfaces": ["…"], "name": "…", "newId": "…"}
// (newId optional). Surfaces are passed through `normalize`. On a malformed
// edit: no edits and an error naming the edit (1-based).
struct EntityEditsRead {
  std::vector<EntityEdit> edits;
  Error error;
};
EntityEditsRead parseEntityEdits(std::string_view json, const std::function<std::string(std::string_view)>& normalize);
std::string entityEditsJson(const std::vector<EntityEdit>& edits);

// The log, replayed on mentions: merges and splits change a mention's entity
// (and type), in the order they were made.
class EntityEditLog {
 public:
  void add(EntityEdit edit);
  const std::vector<EntityEdit>& edits() const { return edits_; }
  bool empty() const { return edits_.empty(); }
  // `normalizedSurface`: the mention's text as the analyzer normalizes it.
  void apply(Mention& mention, std::string_view normalizedSurface) const;
  // The name the log gives `id` (its last rename, or a split's name), if any.
  std::optional<std::string> nameOf(std::string_view id) const;
  bool usesId(std::string_view id) const;

  void write(index::ByteWriter& out) const;
  bool read(index::ByteReader& in);

 private:
  void index(const EntityEdit& edit);

  std::vector<EntityEdit> edits_;
  std::unordered_set<std::string> moved_;                // ids some merge or split moves mentions from
  std::unordered_map<std::string, std::string> names_;   // id -> its latest name
};

}  // namespace qalam
