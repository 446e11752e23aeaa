// Entity lists: the first byte picks JSON or CSV by file name (and the
// source), the rest is the file.
#include "fuzz_support.hpp"
#include "qalam/entity_list.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace qalam;
  if (size == 0) return 0;
  const std::string_view name = data[0] & 1 ? "list.json" : "list.csv";
  const LexiconSource source = data[0] & 2 ? LexiconSource::kUser : LexiconSource::kCurated;
  const std::string_view bytes = fuzz::asText(data + 1, size - 1);

  const EntityListRead read = readEntityList(name, bytes, source);
  if (read.error) fuzz::require(read.entities.empty(), "entities returned with an error");
  fuzz::checkIssues(read.issues, bytes);
  for (const LexiconEntity& entity : read.entities) {
    fuzz::require(!entity.id.empty(), "an entity without an id");
    for (const LexiconAlias& alias : entity.aliases) {
      fuzz::require(!alias.text.empty() && alias.text.size() <= kMaxAliasBytes, "an alias that should be skipped");
      fuzz::require(findInvalidUtf8(alias.text) == std::string_view::npos, "an alias with invalid UTF-8");
    }
  }

  // The lexicon must take whatever the reader accepted (a fresh corpus costs
  // milliseconds: only when there is an entity to add).
  if (read.entities.empty()) return 0;
  Corpus corpus;
  (void)corpus.addEntityList(name, bytes, source);
  return 0;
}
