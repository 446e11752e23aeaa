#include "qalam/entity_edits.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "../index/byte_io.hpp"
#include "qalam/utf.hpp"

namespace qalam {
namespace {

using json = nlohmann::json;

constexpr std::size_t kMaxEdits = 100000;
constexpr std::size_t kMaxIdBytes = 256;
constexpr std::size_t kMaxNameBytes = 512;

const char* opName(EntityEdit::Op op) {
  switch (op) {
    case EntityEdit::Op::kMerge: return "merge";
    case EntityEdit::Op::kRename: return "rename";
    case EntityEdit::Op::kSplit: return "split";
  }
  return "";
}

// A non-empty string of valid UTF-8 within `limit` bytes, or why not.
std::string checkText(const json& value, const char* what, std::size_t limit, std::string& out) {
  if (!value.is_string()) return std::string("\"") + what + "\" must be a string";
  out = value.get<std::string>();
  if (out.empty()) return std::string("\"") + what + "\" is empty";
  if (out.size() > limit) return std::string("\"") + what + "\" is longer than " + std::to_string(limit) + " bytes";
  if (findInvalidUtf8(out) != std::string_view::npos) return std::string("\"") + what + "\" is not valid UTF-8";
  return {};
}

std::string readEdit(const json& item, const std::function<std::string(std::string_view)>& normalize, EntityEdit& edit) {
  if (!item.is_object()) return "not an object";
  const auto op = item.find("op");
  if (op == item.end() || !op->is_string()) return "no \"op\"";
  const std::string name = op->get<std::string>();
  const auto field = [&item](const char* key) -> const json& {
    static const json kNull;
    const auto it = item.find(key);
    return it == item.end() ? kNull : *it;
  };
  std::string problem;
  if (name == "merge") {
    edit.op = EntityEdit::Op::kMerge;
    if (!(problem = checkText(field("into"), "into", kMaxIdBytes, edit.id)).empty()) return problem;
    const json& ids = field("ids");
    if (!ids.is_array() || ids.empty()) return "\"ids\" must be a non-empty array";
    for (const json& id : ids) {
      std::string text;
      if (!(problem = checkText(id, "ids", kMaxIdBytes, text)).empty()) return problem;
      if (text != edit.id && std::find(edit.ids.begin(), edit.ids.end(), text) == edit.ids.end()) edit.ids.push_back(text);
    }
    if (edit.ids.empty()) return "nothing to merge into \"" + edit.id + "\"";
  } else if (name == "rename") {
    edit.op = EntityEdit::Op::kRename;
    if (!(problem = checkText(field("id"), "id", kMaxIdBytes, edit.id)).empty()) return problem;
    if (!(problem = checkText(field("name"), "name", kMaxNameBytes, edit.name)).empty()) return problem;
  } else if (name == "split") {
    edit.op = EntityEdit::Op::kSplit;
    if (!(problem = checkText(field("id"), "id", kMaxIdBytes, edit.id)).empty()) return problem;
    if (!field("name").is_null() && !(problem = checkText(field("name"), "name", kMaxNameBytes, edit.name)).empty()) {
      return problem;
    }
    if (!field("newId").is_null() && !(problem = checkText(field("newId"), "newId", kMaxIdBytes, edit.newId)).empty()) {
      return problem;
    }
    const json& surfaces = field("surfaces");
    if (!surfaces.is_array() || surfaces.empty()) return "\"surfaces\" must be a non-empty array";
    for (const json& surface : surfaces) {
      std::string text;
      if (!(problem = checkText(surface, "surfaces", kMaxNameBytes, text)).empty()) return problem;
      std::string normalized = normalize(text);
      if (normalized.empty()) return "the spelling \"" + text + "\" has no letters or digits";
      if (std::find(edit.surfaces.begin(), edit.surfaces.end(), normalized) == edit.surfaces.end()) {
        edit.surfaces.push_back(std::move(normalized));
      }
    }
  } else {
    return "unknown \"op\" \"" + name + "\" (merge, rename or split)";
  }
  if (const json& type = field("type"); type.is_string()) {
    if (const auto t = entityTypeFromCode(type.get<std::string>())) edit.type = *t;
  }
  return {};
}

}  // namespace

EntityEditsRead parseEntityEdits(std::string_view text, const std::function<std::string(std::string_view)>& normalize) {
  EntityEditsRead out;
  const json parsed = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded() || !parsed.is_array()) {
    out.error = {ErrorCode::kInvalidArgument, "entity edits must be a JSON array of edits"};
    return out;
  }
  if (parsed.size() > kMaxEdits) {
    out.error = {ErrorCode::kInvalidArgument, "more than " + std::to_string(kMaxEdits) + " entity edits"};
    return out;
  }
  for (std::size_t i = 0; i < parsed.size(); ++i) {
    EntityEdit edit;
    if (const std::string problem = readEdit(parsed[i], normalize, edit); !problem.empty()) {
      out.edits.clear();
      out.error = {ErrorCode::kInvalidArgument, "entity edit " + std::to_string(i + 1) + ": " + problem};
      return out;
    }
    out.edits.push_back(std::move(edit));
  }
  return out;
}

std::string entityEditsJson(const std::vector<EntityEdit>& edits) {
  json out = json::array();
  for (const EntityEdit& e : edits) {
    json item = {{"op", opName(e.op)}};
    switch (e.op) {
      case EntityEdit::Op::kMerge:
        item["ids"] = e.ids;
        item["into"] = e.id;
        item["type"] = std::string(entityTypeCode(e.type));
        break;
      case EntityEdit::Op::kRename:
        item["id"] = e.id;
        item["name"] = e.name;
        break;
      case EntityEdit::Op::kSplit:
        item["id"] = e.id;
        item["surfaces"] = e.surfaces;
        if (!e.name.empty()) item["name"] = e.name;
        item["newId"] = e.newId;
        item["type"] = std::string(entityTypeCode(e.type));
        break;
    }
    out.push_back(std::move(item));
  }
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

void EntityEditLog::add(EntityEdit edit) {
  index(edit);
  edits_.push_back(std::move(edit));
}

void EntityEditLog::index(const EntityEdit& edit) {
  switch (edit.op) {
    case EntityEdit::Op::kMerge: moved_.insert(edit.ids.begin(), edit.ids.end()); break;
    case EntityEdit::Op::kRename: names_.insert_or_assign(edit.id, edit.name); break;
    case EntityEdit::Op::kSplit:
      moved_.insert(edit.id);
      if (!edit.name.empty()) names_.insert_or_assign(edit.newId, edit.name);
      break;
  }
}

void EntityEditLog::apply(Mention& mention, std::string_view normalizedSurface) const {
  if (!moved_.contains(mention.entityId)) return;
  for (const EntityEdit& e : edits_) {
    if (e.op == EntityEdit::Op::kMerge) {
      if (std::find(e.ids.begin(), e.ids.end(), mention.entityId) != e.ids.end()) {
        mention.entityId = e.id;
        mention.type = e.type;
      }
    } else if (e.op == EntityEdit::Op::kSplit && mention.entityId == e.id &&
               std::find(e.surfaces.begin(), e.surfaces.end(), normalizedSurface) != e.surfaces.end()) {
      mention.entityId = e.newId;
      mention.type = e.type;
    }
  }
}

std::optional<std::string> EntityEditLog::nameOf(std::string_view id) const {
  const auto it = names_.find(std::string(id));
  if (it == names_.end()) return std::nullopt;
  return it->second;
}

bool EntityEditLog::usesId(std::string_view id) const {
  for (const EntityEdit& e : edits_) {
    if (e.id == id || e.newId == id || std::find(e.ids.begin(), e.ids.end(), id) != e.ids.end()) return true;
  }
  return false;
}

void EntityEditLog::write(index::ByteWriter& out) const {
  out.varint(edits_.size());
  for (const EntityEdit& e : edits_) {
    out.varint(static_cast<std::uint64_t>(e.op));
    out.string(e.id);
    out.string(e.name);
    out.string(e.newId);
    out.varint(static_cast<std::uint64_t>(e.type));
    out.varint(e.ids.size());
    for (const std::string& id : e.ids) out.string(id);
    out.varint(e.surfaces.size());
    for (const std::string& s : e.surfaces) out.string(s);
  }
}

bool EntityEditLog::read(index::ByteReader& in) {
  *this = EntityEditLog{};
  const std::size_t n = in.count(6);
  for (std::size_t i = 0; i < n && in.ok(); ++i) {
    EntityEdit e;
    const std::uint64_t op = in.varint();
    if (op > static_cast<std::uint64_t>(EntityEdit::Op::kSplit)) return false;
    e.op = static_cast<EntityEdit::Op>(op);
    e.id = in.string();
    e.name = in.string();
    e.newId = in.string();
    const std::uint64_t type = in.varint();
    if (type >= kEntityTypes.size()) return false;
    e.type = kEntityTypes[static_cast<std::size_t>(type)];
    const std::size_t ids = in.count(1);
    for (std::size_t k = 0; k < ids && in.ok(); ++k) e.ids.push_back(in.string());
    const std::size_t surfaces = in.count(1);
    for (std::size_t k = 0; k < surfaces && in.ok(); ++k) e.surfaces.push_back(in.string());
    if (e.id.empty() || (e.op == EntityEdit::Op::kSplit && e.newId.empty())) return false;
    add(std::move(e));
  }
  return in.ok();
}

}  // namespace qalam
