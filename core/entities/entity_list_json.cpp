// The JSON form of an entity list: {"format": "qalam-entities", "version": 1,
// "entities": [...]}, one object per entity (docs/ENTITIES.md).
#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

#include "entity_list_builder.hpp"
#include "qalam/json_array_importer.hpp"
#include "qalam/utf.hpp"

namespace qalam::entity_list_detail {
namespace {

using nlohmann::json;

bool isLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// YYYY, YYYY-MM or YYYY-MM-DD: a role's dates carry only what is known.
bool isPartialDate(std::string_view s) {
  const auto digits = [&](std::size_t at, std::size_t n) {
    int value = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return -1;
      value = value * 10 + (s[i] - '0');
    }
    return value;
  };
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  const int year = digits(0, 4);
  if (year < 0) return false;
  if (s.size() == 4) return true;
  const int month = s[4] == '-' ? digits(5, 2) : -1;
  if (month < 1 || month > 12) return false;
  if (s.size() == 7) return true;
  const int day = s[7] == '-' ? digits(8, 2) : -1;
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const int last = kDays[month - 1] + (month == 2 && isLeapYear(year) ? 1 : 0);
  return day >= 1 && day <= last;
}

// Where the elements of the top-level "entities" array start, and how deep
// the nesting goes: a string-aware scan, since the parsed JSON keeps no lines.
struct JsonLayout {
  std::vector<std::uint32_t> entityLines;
  std::uint32_t maxDepth = 0;
};

JsonLayout scanLayout(std::string_view bytes) {
  JsonLayout layout;
  std::uint32_t line = 1;
  std::uint32_t depth = 0;
  bool inString = false;
  bool escaped = false;
  bool inEntities = false;   // inside the array that is the value of "entities"
  bool expectValue = false;  // after its '[' or one of its ','
  std::size_t stringStart = 0;
  std::string_view lastString;
  std::string_view lastKey;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const char c = bytes[i];
    if (c == '\n') ++line;
    if (inString) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        inString = false;
        lastString = bytes.substr(stringStart, i - stringStart);
      }
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    if (inEntities && depth == 2 && expectValue && c != ']') layout.entityLines.push_back(line);
    expectValue = false;
    if (c == '"') {
      inString = true;
      stringStart = i + 1;
    } else if (c == ':' && depth == 1) {
      lastKey = lastString;
    } else if (c == '{' || c == '[') {
      ++depth;
      layout.maxDepth = std::max(layout.maxDepth, depth);
      if (c == '[' && depth == 2 && lastKey == "entities") inEntities = expectValue = true;
    } else if (c == '}' || c == ']') {
      if (depth == 2) inEntities = false;
      if (depth > 0) --depth;
    } else if (c == ',' && inEntities && depth == 2) {
      expectValue = true;
    }
  }
  return layout;
}

std::uint32_t lineAt(std::string_view bytes, std::size_t offset) {
  offset = std::min(offset, bytes.size());
  return 1 + static_cast<std::uint32_t>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// Roles, countries and former names are facts for people reading the list;
// the lexicon does not use them, so a malformed one is only a warning.
void checkDatedList(const json& list, const char* field, const char* nameKey, std::uint32_t line, const std::string& id,
                    EntityListBuilder& builder) {
  const auto warn = [&](const std::string& problem) {
    builder.issue(line, ErrorCode::kMalformedRecord, std::string(field) + " of " + inQuotes(id) + ": " + problem, false);
  };
  if (!list.is_array()) return warn("expected an array");
  for (std::size_t k = 0; k < list.size(); ++k) {
    const json& item = list[k];
    const std::string which = "item " + std::to_string(k + 1);
    if (!item.is_object()) {
      warn(which + " is not an object");
      continue;
    }
    std::string dates[2];  // from, to
    for (const auto& [key, value] : item.items()) {
      const int date = key == "from" ? 0 : key == "to" ? 1 : -1;
      if (key != nameKey && date < 0) {
        warn(which + " has an unknown field " + inQuotes(key));
      } else if (!value.is_string() || (key == nameKey && trim(value.get_ref<const std::string&>()).empty())) {
        warn(which + ": " + inQuotes(key) + " must be a non-empty string");
      } else if (date >= 0 && !isPartialDate(value.get_ref<const std::string&>())) {
        warn(which + ": " + inQuotes(key) + " must be a date YYYY, YYYY-MM or YYYY-MM-DD");
      } else if (date >= 0) {
        dates[date] = value.get<std::string>();
      }
    }
    if (!item.contains(nameKey)) warn(which + " has no " + inQuotes(nameKey));
    // Compared on what both dates give: "2020" to "2020-05" is not backwards.
    const std::size_t common = std::min(dates[0].size(), dates[1].size());
    if (common > 0 && dates[0].substr(0, common) > dates[1].substr(0, common)) warn(which + " ends before it starts");
  }
}

bool isCountryCode(const json& value) {
  if (!value.is_string()) return false;
  const std::string& s = value.get_ref<const std::string&>();
  return s.size() == 2 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

void readAliases(const json& value, std::uint32_t line, std::size_t index, const std::string& id,
                 EntityListBuilder& builder) {
  if (!value.is_object()) {
    return builder.issue(line, ErrorCode::kMalformedRecord,
                         "aliases of " + inQuotes(id) + " must be an object of language codes: none read");
  }
  for (const auto& [language, list] : value.items()) {
    if (!list.is_array()) {
      builder.issue(line, ErrorCode::kMalformedRecord,
                    "aliases " + inQuotes(language) + " of " + inQuotes(id) + " must be an array of strings: none read");
      continue;
    }
    for (const json& alias : list) {
      if (alias.is_string()) {
        builder.addAlias(line, index, alias.get_ref<const std::string&>(), language);
      } else {
        builder.issue(line, ErrorCode::kMalformedRecord,
                      "an alias " + inQuotes(language) + " of " + inQuotes(id) + " is not a string");
      }
    }
  }
}

void readEntity(const json& entity, std::uint32_t line, EntityListBuilder& builder) {
  if (!entity.is_object()) return builder.issue(line, ErrorCode::kMalformedRecord, "expected a JSON object for an entity");
  std::string fields[3];  // id, type, name
  const char* const names[3] = {"id", "type", "name"};
  for (std::size_t f = 0; f < 3; ++f) {
    const auto it = entity.find(names[f]);
    if (it == entity.end() || it->is_null()) continue;
    if (!it->is_string()) {
      return builder.issue(line, ErrorCode::kMalformedRecord, "field " + inQuotes(names[f]) + " must be a string");
    }
    fields[f] = it->get<std::string>();
  }
  const std::optional<std::size_t> index = builder.begin(line, fields[0], fields[1], fields[2], true);
  if (!index) return;
  const std::string id(trim(fields[0]));
  for (const auto& [key, value] : entity.items()) {
    if (key == "id" || key == "type" || key == "name") continue;
    if (key == "aliases") {
      readAliases(value, line, *index, id, builder);
    } else if (key == "roles") {
      checkDatedList(value, "roles", "role", line, id, builder);
    } else if (key == "formerNames") {
      checkDatedList(value, "formerNames", "name", line, id, builder);
    } else if (key == "country") {
      if (!isCountryCode(value)) {
        builder.issue(line, ErrorCode::kMalformedRecord,
                      "country of " + inQuotes(id) + " must be a two-letter code such as \"KZ\"", false);
      }
    } else {
      builder.issue(line, ErrorCode::kMalformedRecord, "unknown field " + inQuotes(key) + " of " + inQuotes(id) + " ignored",
                    false);
    }
  }
}

// The list's own fields, or why it is not an entity list this reader knows.
std::string checkHeader(const json& document) {
  const auto field = [&](const char* key) { return document.is_object() ? document.find(key) : document.end(); };
  const auto format = field("format");
  if (format == document.end() || *format != kEntityListFormat) {
    return "not an entity list: expected an object with \"format\": \"" + std::string(kEntityListFormat) + "\"";
  }
  const auto version = field("version");
  if (version == document.end() || !version->is_number_integer() || version->get<long long>() < 1) {
    return "\"version\" must be a positive integer";
  }
  if (version->get<long long>() > kEntityListVersion) {
    return "version " + std::to_string(version->get<long long>()) + " is newer than this reader's (" +
           std::to_string(kEntityListVersion) + ")";
  }
  const auto entities = field("entities");
  if (entities == document.end() || !entities->is_array()) return "no \"entities\" array";
  return {};
}

// Hands each element of the top-level "entities" array to readEntity as the
// parser completes it, and drops it: the list is never one JSON tree, which
// halves the time to read a long list.
class EntityStream {
 public:
  EntityStream(const JsonLayout& layout, EntityListBuilder& builder) : layout_(layout), builder_(builder) {}

  bool operator()(int depth, json::parse_event_t event, json& parsed) {
    using Event = json::parse_event_t;
    if (depth == 1 && event == Event::key) {
      isEntitiesKey_ = parsed == "entities";
    } else if (depth == 1 && event == Event::array_start && isEntitiesKey_) {
      ++entityArrays_;
      inEntities_ = true;
    } else if (depth == 1 && event == Event::array_end) {
      inEntities_ = false;
    } else if (inEntities_ && depth == 2 &&
               (event == Event::object_end || event == Event::array_end || event == Event::value)) {
      const std::uint32_t line = read_ < layout_.entityLines.size() ? layout_.entityLines[read_] : 0;
      ++read_;
      readEntity(parsed, line, builder_);
      return false;
    }
    return true;
  }

  int entityArrays() const { return entityArrays_; }

 private:
  const JsonLayout& layout_;
  EntityListBuilder& builder_;
  bool isEntitiesKey_ = false;
  bool inEntities_ = false;
  int entityArrays_ = 0;
  std::size_t read_ = 0;
};

}  // namespace

EntityListRead readJsonList(std::string_view fileName, std::string_view bytes, LexiconSource source) {
  EntityListRead out;
  const auto fail = [&](Error error) {
    out = EntityListRead{};
    out.error = std::move(error);
    return std::move(out);
  };
  if (const std::size_t bad = findInvalidUtf8(bytes); bad != std::string_view::npos) {
    return fail(fileError(fileName, lineAt(bytes, bad), "invalid UTF-8: nothing read", ErrorCode::kInvalidUtf8));
  }
  const JsonLayout layout = scanLayout(bytes);
  if (layout.maxDepth > kMaxJsonDepth) {
    return fail(fileError(fileName, 1, "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels: nothing read"));
  }
  EntityListBuilder builder(fileName, source, out);
  builder.reserve(layout.entityLines.size());
  EntityStream stream(layout, builder);
  json document;
  try {
    document = json::parse(bytes, [&stream](int depth, json::parse_event_t event, json& parsed) {
      return stream(depth, event, parsed);
    });
  } catch (const json::parse_error& e) {
    // what(): "[json.exception.parse_error.101] parse error at line 2, column 7: <reason>"
    const std::string what = e.what();
    const std::size_t column = what.find("column ");
    const std::size_t colon = column == std::string::npos ? std::string::npos : what.find(": ", column);
    const std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
    return fail(fileError(fileName, lineAt(bytes, e.byte == 0 ? 0 : e.byte - 1), "not valid JSON: " + reason));
  } catch (const json::out_of_range& e) {
    // A number beyond a double: "[json.exception.out_of_range.406] number
    // overflow parsing '1e999'". The exception carries no position, so the
    // line is where that number first appears.
    const std::string what = e.what();
    const std::size_t open = what.find('\'');
    const std::size_t close = open == std::string::npos ? std::string::npos : what.rfind('\'');
    const std::string number = close > open ? what.substr(open + 1, close - open - 1) : std::string();
    const std::size_t at = number.empty() ? std::string_view::npos : bytes.find(number);
    std::string shown = number.size() > 40 ? number.substr(0, 40) + "…" : number;
    return fail(fileError(fileName, at == std::string_view::npos ? 1 : lineAt(bytes, at),
                          "not valid JSON: the number " + shown + " is too large"));
  }
  if (const std::string problem = checkHeader(document); !problem.empty()) return fail(fileError(fileName, 1, problem));
  if (stream.entityArrays() > 1) return fail(fileError(fileName, 1, "\"entities\" given more than once"));
  builder.finish();
  return out;
}

}  // namespace qalam::entity_list_detail
