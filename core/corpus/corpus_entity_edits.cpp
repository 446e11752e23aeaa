// Corpus::editEntities: a person's merges, splits and renames, applied to the
// entity table and kept in the log that later extractions replay.
#include <algorithm>

#include "corpus_entities.hpp"
#include "qalam/corpus.hpp"

namespace qalam {
namespace {

Error noEntity(const std::string& id) { return {ErrorCode::kInvalidArgument, "no entity \"" + id + "\""}; }

}  // namespace

EntityEditReport Corpus::editEntities(std::string_view json) {
  EntityEditsRead read = parseEntityEdits(json, [this](std::string_view s) { return entities_->analyzer.normalize(s); });
  if (read.error) {
    EntityEditReport report;
    report.error = std::move(read.error);
    return report;
  }
  return editEntities(std::move(read.edits));
}

EntityEditReport Corpus::editEntities(std::vector<EntityEdit> edits) {
  EntityEditReport report;
  for (std::size_t i = 0; i < edits.size(); ++i) {
    if (Error error = applyEntityEdit(edits[i])) {
      report.error = {error.code, "entity edit " + std::to_string(i + 1) + ": " + error.message};
      break;
    }
    report.ids.push_back(edits[i].op == EntityEdit::Op::kSplit ? edits[i].newId : edits[i].id);
    ++report.applied;
  }
  return report;
}

const std::vector<EntityEdit>& Corpus::entityEdits() const { return entities_->edits.edits(); }

Error Corpus::applyEntityEdit(EntityEdit& edit) {
  CorpusEntities& e = *entities_;
  EntityTable& table = e.table;
  const auto into = table.find(edit.id);
  if (!into) return noEntity(edit.id);
  edit.id = table.record(*into).id;  // an id merged away stands for the entity it went into
  switch (edit.op) {
    case EntityEdit::Op::kMerge: {
      std::vector<EntityIndex> others;
      std::vector<std::string> ids;
      for (const std::string& id : edit.ids) {
        const auto other = table.find(id);
        if (!other) return noEntity(id);
        if (*other == *into || std::find(others.begin(), others.end(), *other) != others.end()) continue;
        others.push_back(*other);
        // Every id that finds the entity merged (its own and those merged
        // into it before), so that the log moves all their mentions.
        for (std::string& alias : table.idsOf(*other)) ids.push_back(std::move(alias));
      }
      if (others.empty()) return {ErrorCode::kInvalidArgument, "nothing to merge: all of these are \"" + edit.id + "\""};
      edit.ids = std::move(ids);
      edit.type = table.record(*into).type;
      table.merge(*into, others);
      e.edits.add(edit);
      return {};
    }
    case EntityEdit::Op::kRename:
      table.setName(*into, edit.name);
      e.edits.add(edit);
      return {};
    case EntityEdit::Op::kSplit: {
      if (!e.enabled) return {ErrorCode::kInvalidArgument, "entity extraction is off: a split needs the documents extracted again"};
      const EntityRecord& record = table.record(*into);
      const bool written = std::any_of(record.surfaces.begin(), record.surfaces.end(), [&](const EntitySurface& s) {
        return std::find(edit.surfaces.begin(), edit.surfaces.end(), e.analyzer.normalize(s.text)) != edit.surfaces.end();
      });
      if (!written) return {ErrorCode::kInvalidArgument, "\"" + edit.id + "\" is never written as any of these spellings"};
      if (edit.newId.empty()) {
        for (std::uint32_t k = 1; edit.newId.empty(); ++k) {
          std::string candidate = edit.id + "~" + std::to_string(k);
          if (!table.find(candidate) && !e.edits.usesId(candidate)) edit.newId = std::move(candidate);
        }
      } else if (table.find(edit.newId) || e.edits.usesId(edit.newId)) {
        return {ErrorCode::kInvalidArgument, "the id \"" + edit.newId + "\" is taken"};
      }
      edit.type = record.type;
      e.edits.add(edit);
      reextractEntities();
      return {};
    }
  }
  return {};
}

void Corpus::restoreEntityEdits() {
  CorpusEntities& e = *entities_;
  for (const EntityEdit& edit : e.edits.edits()) {
    if (edit.op != EntityEdit::Op::kMerge) continue;
    const auto into = e.table.find(edit.id);
    if (!into) continue;
    for (const std::string& id : edit.ids) {
      const auto found = e.table.find(id);
      if (!found || e.table.record(*found).id != id) e.table.addAlias(id, *into);
    }
  }
}

}  // namespace qalam
