// What the JSON and CSV forms of an entity list share: the checks of ids,
// types and aliases, merging records of one id, and issues by file and line.
// Internal to core/entities/entity_list*.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "qalam/entity_list.hpp"

namespace qalam::entity_list_detail {

std::string_view trim(std::string_view s);
std::string lowerAscii(std::string_view s);
std::string inQuotes(std::string_view s);
// An Error whose message starts "file:line: ", for a file nothing is read from.
Error fileError(std::string_view fileName, std::uint32_t line, const std::string& message,
                ErrorCode code = ErrorCode::kMalformedRecord);

// Collects entities in file order, merging records by id and checking every
// alias; the two readers feed it records with their lines.
class EntityListBuilder {
 public:
  EntityListBuilder(std::string_view fileName, LexiconSource source, EntityListRead& out)
      : fileName_(fileName), source_(source), out_(out) {}

  // Room for about `entities` entities, so that a long list is not rehashed.
  void reserve(std::size_t entities);
  void issue(std::uint32_t line, ErrorCode code, std::string message, bool skipped = true);

  // The index of the entity `id` (new, or the one read before), or nothing
  // when the record is skipped. `repeatIsIssue`: a JSON list names each
  // entity once, a CSV list repeats the id on every alias row.
  std::optional<std::size_t> begin(std::uint32_t line, std::string_view id, std::string_view typeCode,
                                   std::string_view name, bool repeatIsIssue);
  void addAlias(std::uint32_t line, std::size_t index, std::string_view text, std::string_view language);
  // Names from aliases where none was given; entities no text can match.
  void finish();

 private:
  std::string fileName_;
  LexiconSource source_;
  EntityListRead& out_;
  std::unordered_map<std::string, std::size_t> byId_;
  std::vector<std::uint32_t> firstLines_;
};

EntityListRead readJsonList(std::string_view fileName, std::string_view bytes, LexiconSource source);
EntityListRead readCsvList(std::string_view fileName, std::string_view bytes, LexiconSource source);

}  // namespace qalam::entity_list_detail
