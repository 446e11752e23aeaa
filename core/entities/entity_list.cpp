#include "qalam/entity_list.hpp"

#include "entity_list_builder.hpp"

namespace qalam {
namespace entity_list_detail {
namespace {

// Decodes one code point of valid UTF-8 at `i` and moves past it.
char32_t nextCodePoint(std::string_view s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  const std::size_t length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  char32_t cp = length == 1 ? b : length == 2 ? (b & 0x1F) : length == 3 ? (b & 0x0F) : (b & 0x07);
  for (std::size_t k = 1; k < length && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += length;
  return cp;
}

enum class Script { kNone, kLatin, kCyrillic, kArabic, kSeparator };

// Just enough of Unicode's scripts to see two inside one word, and of its
// spaces and punctuation to count words as the analyzer's word breaking does
// (hyphens and inner points split words; ZWNJ and apostrophes do not).
Script scriptOf(char32_t c) {
  if (c < 0x80) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return Script::kLatin;
    if ((c >= '0' && c <= '9') || c == '_' || c == '\'') return Script::kNone;
    return Script::kSeparator;
  }
  if ((c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7) || (c >= 0x1E00 && c <= 0x1EFF)) return Script::kLatin;
  if (c >= 0x0400 && c <= 0x052F) return Script::kCyrillic;
  if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF) ||
      (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF)) {
    const bool punctuation = c == 0x060C || c == 0x061B || c == 0x061F || c == 0x06D4 || (c >= 0x066A && c <= 0x066D);
    return punctuation ? Script::kSeparator : Script::kArabic;
  }
  const bool space = c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 ||
                     c == 0x202F || c == 0x205F || c == 0x3000;
  const bool punctuation = (c >= 0x00A1 && c <= 0x00BF && c != 0x00AA && c != 0x00B5 && c != 0x00BA) ||
                           (c >= 0x2010 && c <= 0x2027 && c != 0x2019) || (c >= 0x2030 && c <= 0x205E) ||
                           (c >= 0x3001 && c <= 0x303F);
  return space || punctuation ? Script::kSeparator : Script::kNone;
}

struct AliasShape {
  std::size_t words = 0;
  bool mixedWord = false;  // two scripts inside one word
};

AliasShape shapeOf(std::string_view alias) {
  AliasShape shape;
  bool inWord = false;
  Script wordScript = Script::kNone;
  for (std::size_t i = 0; i < alias.size();) {
    const Script script = scriptOf(nextCodePoint(alias, i));
    if (script == Script::kSeparator) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      ++shape.words;
      inWord = true;
      wordScript = Script::kNone;
    }
    if (script == Script::kNone) continue;
    if (wordScript != Script::kNone && wordScript != script) shape.mixedWord = true;
    wordScript = script;
  }
  return shape;
}

bool isNamedEntityType(EntityType type) {
  return type != EntityType::kDate && type != EntityType::kMoney && type != EntityType::kPercent;
}

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::string_view trim(std::string_view s) {
  constexpr std::string_view kSpace = " \t\r\n";
  const std::size_t first = s.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(kSpace) - first + 1);
}

std::string lowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string inQuotes(std::string_view s) { return "\"" + std::string(s) + "\""; }

Error fileError(std::string_view fileName, std::uint32_t line, const std::string& message, ErrorCode code) {
  return Error{code, std::string(fileName) + ":" + std::to_string(line) + ": " + message};
}

void EntityListBuilder::reserve(std::size_t entities) {
  out_.entities.reserve(entities);
  firstLines_.reserve(entities);
  byId_.reserve(entities);
}

void EntityListBuilder::issue(std::uint32_t line, ErrorCode code, std::string message, bool skipped) {
  out_.issues.push_back(ImportIssue{fileName_, line, code, std::move(message), skipped});
}

std::optional<std::size_t> EntityListBuilder::begin(std::uint32_t line, std::string_view id, std::string_view typeCode,
                                                    std::string_view name, bool repeatIsIssue) {
  id = trim(id);
  if (id.empty()) {
    issue(line, ErrorCode::kMalformedRecord, "missing \"id\"");
    return std::nullopt;
  }
  // "name:" is the prefix of the recognizer's keys for names in no list.
  if (id.size() > kMaxAliasBytes || id.substr(0, 5) == "name:" || id.find_first_of(" \t\r\n") != std::string_view::npos) {
    issue(line, ErrorCode::kMalformedRecord,
          "id " + inQuotes(id) + " must be one word of at most 200 bytes, not starting with \"name:\"");
    return std::nullopt;
  }
  const auto found = byId_.find(std::string(id));
  std::optional<EntityType> type;
  typeCode = trim(typeCode);
  if (!typeCode.empty() || found == byId_.end()) {
    std::string code(typeCode);
    for (char& c : code) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    type = entityTypeFromCode(code);
    if (!type || !isNamedEntityType(*type)) {
      issue(line, ErrorCode::kMalformedRecord,
            (typeCode.empty() ? std::string("missing \"type\"") : "unknown type " + inQuotes(typeCode)) + " for " +
                inQuotes(id) + " (expected PER, ORG, GPE, LOC, FAC or EVENT)");
      return std::nullopt;
    }
  }
  if (found == byId_.end()) {
    const std::size_t index = out_.entities.size();
    byId_.emplace(std::string(id), index);
    out_.entities.push_back(LexiconEntity{std::string(id), *type, std::string(trim(name)), {}, source_});
    firstLines_.push_back(line);
    return index;
  }
  const std::size_t index = found->second;
  LexiconEntity& entity = out_.entities[index];
  const std::string firstLine = std::to_string(firstLines_[index]);
  if (repeatIsIssue) {
    issue(line, ErrorCode::kDuplicateId, "id " + inQuotes(id) + " also on line " + firstLine + ": merged into it", false);
  }
  if (type && *type != entity.type) {
    const std::string kept(entityTypeCode(entity.type));
    issue(line, ErrorCode::kMalformedRecord,
          "type " + std::string(entityTypeCode(*type)) + " differs from " + kept + " on line " + firstLine + ": kept " +
              kept,
          false);
  }
  if (entity.name.empty()) entity.name = std::string(trim(name));
  return index;
}

void EntityListBuilder::addAlias(std::uint32_t line, std::size_t index, std::string_view text,
                                 std::string_view language) {
  LexiconEntity& entity = out_.entities[index];
  text = trim(text);
  const auto reject = [&](const std::string& problem) {
    issue(line, ErrorCode::kMalformedRecord, problem);
  };
  if (text.empty()) return reject("empty alias of " + inQuotes(entity.id));
  if (text.size() > kMaxAliasBytes) {
    return reject("alias of " + inQuotes(entity.id) + " of " + std::to_string(text.size()) +
                  " bytes, over the limit of " + std::to_string(kMaxAliasBytes));
  }
  const AliasShape shape = shapeOf(text);
  if (shape.words == 0 || shape.words > EntityLexicon::kMaxAliasWords) {
    return reject("alias " + inQuotes(text) + " of " + inQuotes(entity.id) + " has " + std::to_string(shape.words) +
                  " words (1 to " + std::to_string(EntityLexicon::kMaxAliasWords) + " are matched)");
  }
  const Language code = languageFromCode(lowerAscii(trim(language)));
  // An entity has a handful of aliases: a scan beats a set of all of them.
  for (const LexiconAlias& known : entity.aliases) {
    if (known.language == code && known.text == text) {
      return reject("alias " + inQuotes(text) + " of " + inQuotes(entity.id) + " repeated for language " +
                    inQuotes(languageCode(code)));
    }
  }
  if (shape.mixedWord) {
    // A homoglyph such as Latin "T" in "Тоқаев" never meets a real text.
    issue(line, ErrorCode::kMalformedRecord,
          "alias " + inQuotes(text) + " of " + inQuotes(entity.id) +
              " mixes scripts inside a word: kept, but it matches only the same mix",
          false);
  }
  entity.aliases.push_back(LexiconAlias{std::string(text), code});
}

void EntityListBuilder::finish() {
  for (std::size_t i = 0; i < out_.entities.size(); ++i) {
    LexiconEntity& entity = out_.entities[i];
    if (entity.aliases.empty()) {
      issue(firstLines_[i], ErrorCode::kEmptyDocument, inQuotes(entity.id) + " has no aliases: kept, never matched",
            false);
      continue;
    }
    if (!entity.name.empty()) continue;
    entity.name = entity.aliases.front().text;
    for (const LexiconAlias& alias : entity.aliases) {
      if (alias.language == Language::kEnglish) {
        entity.name = alias.text;
        break;
      }
    }
  }
}

}  // namespace entity_list_detail

EntityListRead readEntityList(std::string_view fileName, std::string_view bytes, LexiconSource source) {
  using namespace entity_list_detail;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  const std::string name = lowerAscii(fileName);
  bool json = endsWith(name, ".json");
  if (!json && !endsWith(name, ".csv") && !endsWith(name, ".tsv")) {
    const std::size_t first = bytes.find_first_not_of(" \t\r\n");
    json = first != std::string_view::npos && bytes[first] == '{';
  }
  return json ? readJsonList(fileName, bytes, source) : readCsvList(fileName, bytes, source);
}

}  // namespace qalam
