#include "qalam/gazetteer.hpp"

#include <string>
#include <unordered_set>

#include "../index/byte_io.hpp"
#include "../index/framed_file.hpp"
#include "qalam/language.hpp"
#include "qalam/utf.hpp"

namespace qalam {
namespace {

constexpr index::FrameSpec kFrame{"QALAMGAZ", kGazetteerFormat, "a Qalam gazetteer", "gazetteer",
                                  "regenerate it with scripts/make-gazetteer.mjs"};

Error corrupt(const std::string& what) { return index::corruptFrame(kFrame, what); }

// The payload after the checked header: a string table, then entities that
// refer to it by index.
class PayloadReader {
 public:
  PayloadReader(const std::uint8_t* data, std::size_t size) : in_(data, size) {}

  Error readStrings() {
    const std::size_t count = in_.count(1);
    if (!in_.ok()) return corrupt("string count larger than the file");
    strings_.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
      const std::size_t start = in_.offset();
      std::string s = in_.string();
      if (!in_.ok()) return corrupt("string " + std::to_string(i) + " runs past the end (" + at(start) + ")");
      if (const std::size_t bad = findInvalidUtf8(s); bad != std::string::npos) {
        return {ErrorCode::kInvalidUtf8, "gazetteer string " + std::to_string(i) + " is not valid UTF-8 at its byte " +
                                             std::to_string(bad) + " (" + at(start) + ")"};
      }
      strings_.push_back(std::move(s));
    }
    return {};
  }

  Error readEntities(std::vector<LexiconEntity>& out) {
    // Each entity takes at least four varints of one byte.
    const std::size_t count = in_.count(4);
    if (!in_.ok()) return corrupt("entity count larger than the file");
    out.reserve(count);
    std::unordered_set<std::string_view> ids;
    for (std::size_t i = 0; i < count; ++i) {
      const std::size_t start = in_.offset();
      LexiconEntity e;
      e.source = LexiconSource::kGazetteer;
      const std::string* id = nullptr;
      const std::string* type = nullptr;
      const std::string* name = nullptr;
      if (Error err = string(id); err) return err;
      if (Error err = string(type); err) return err;
      if (Error err = string(name); err) return err;
      const std::string where = "entity " + std::to_string(i) + " '" + *id + "'";
      if (id->empty()) return corrupt("entity " + std::to_string(i) + " has an empty id (" + at(start) + ")");
      if (!ids.insert(*id).second) return {ErrorCode::kDuplicateId, "gazetteer: " + where + " appears twice"};
      const auto entityType = entityTypeFromCode(*type);
      if (!entityType) return corrupt(where + " has unknown type '" + *type + "' (" + at(start) + ")");
      e.id = *id;
      e.type = *entityType;
      e.name = *name;
      // Each alias takes two varints of at least one byte.
      const std::size_t aliases = in_.count(2);
      if (!in_.ok()) return corrupt(where + ": alias count larger than the file (" + at(start) + ")");
      e.aliases.reserve(aliases);
      for (std::size_t a = 0; a < aliases; ++a) {
        const std::size_t aliasStart = in_.offset();
        const std::string* text = nullptr;
        const std::string* tag = nullptr;
        if (Error err = string(text); err) return err;
        if (Error err = string(tag); err) return err;
        const Language language = languageFromCode(*tag);
        if (language == Language::kOther && *tag != languageCode(Language::kOther)) {
          return corrupt(where + " has an alias in unknown language '" + *tag + "' (" + at(aliasStart) + ")");
        }
        if (text->empty()) return corrupt(where + " has an empty alias (" + at(aliasStart) + ")");
        e.aliases.push_back({*text, language});
      }
      out.push_back(std::move(e));
    }
    if (!in_.atEnd()) return corrupt("bytes after the last entity (" + at(in_.offset()) + ")");
    return {};
  }

 private:
  // One string by its index in the table.
  Error string(const std::string*& out) {
    const std::size_t start = in_.offset();
    const std::uint64_t index = in_.varint();
    if (!in_.ok()) return corrupt("entity table runs past the end (" + at(start) + ")");
    if (index >= strings_.size()) {
      return corrupt("string index " + std::to_string(index) + " out of " + std::to_string(strings_.size()) + " (" +
                     at(start) + ")");
    }
    out = &strings_[static_cast<std::size_t>(index)];
    return {};
  }

  // Where a damaged item starts, as an offset into the whole file.
  static std::string at(std::size_t payloadOffset) {
    return "file byte " + std::to_string(index::kFrameHeaderSize + payloadOffset);
  }

  index::ByteReader in_;
  std::vector<std::string> strings_;
};

}  // namespace

bool isGazetteerCountry(std::string_view id) {
  return id.size() == 6 && id.substr(0, 4) == "iso-" && id[4] >= 'A' && id[4] <= 'Z' && id[5] >= 'A' && id[5] <= 'Z';
}

GazetteerLoad readGazetteer(std::string_view bytes) {
  GazetteerLoad result;
  const index::FramedPayload frame = index::readFrame(bytes, kFrame);
  if (frame.error) {
    result.error = frame.error;
    return result;
  }
  PayloadReader reader(frame.data, frame.size);
  Error error = reader.readStrings();
  if (!error) error = reader.readEntities(result.entities);
  if (error) {
    result.entities.clear();
    result.error = std::move(error);
  }
  return result;
}

}  // namespace qalam
