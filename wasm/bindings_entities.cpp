// Entities of a corpus: loading the gazetteer and entity lists, the entity
// list, a document's mentions (UTF-16 offsets), co-occurrence and timelines;
// and the module's name tagger weights. Cold paths: JSON out.
#include <nlohmann/json.hpp>
#include <string>

#include "bindings.hpp"
#include "json_values.hpp"
#include "qalam/corpus.hpp"
#include "qalam/language.hpp"
#include "qalam/name_tagger_model.hpp"
#include "qalam/utf.hpp"

namespace qalam::wasm {
namespace {

// `reextract` false: only the lexicon (a corpus loaded from a saved index).
val loadGazetteer(Corpus& corpus, const std::string& bytes, bool reextract) {
  const Error error = corpus.loadGazetteer(bytes, reextract);
  return error ? errorValue(error) : val::null();
}

// name-tagger.bin: weights for every corpus made afterwards in this module
// (one set per worker, loaded before its first corpus). null, or an error.
val loadTagger(const std::string& bytes) {
  NameTaggerModelLoad load = readNameTaggerModel(bytes);
  if (load.error) return errorValue(load.error);
  installNameTaggerModel(std::move(load.model));
  return val::null();
}

// `source`: "curated" or "user" (user lists take precedence).
std::string addEntityList(Corpus& corpus, const std::string& fileName, const std::string& bytes,
                          const std::string& source, bool reextract) {
  const EntityListReport report = corpus.addEntityList(
      fileName, bytes, source == "curated" ? LexiconSource::kCurated : LexiconSource::kUser, reextract);
  nlohmann::json error = nullptr;
  if (report.error) error = {{"code", errorCodeName(report.error.code)}, {"message", report.error.message}};
  return dumpJson({{"entities", report.entities}, {"issues", issuesJson(report.issues)}, {"error", error}});
}

// An entity: its spellings in the corpus, the names the lists give it (with
// their language) and the ids merged into it.
nlohmann::json entityJson(const Corpus& corpus, EntityIndex e) {
  const EntityTable& table = corpus.entities();
  const EntityRecord& r = table.record(e);
  nlohmann::json surfaces = nlohmann::json::array();
  for (const EntitySurface& s : r.surfaces) surfaces.push_back(s.text);
  nlohmann::json aliases = nlohmann::json::array();
  nlohmann::json merged = nlohmann::json::array();
  for (const std::string& id : table.idsOf(e)) {
    if (id != r.id) merged.push_back(id);
    if (const auto known = corpus.lexicon().find(id)) {
      for (const LexiconAlias& a : corpus.lexicon().entity(*known).aliases) {
        aliases.push_back({{"text", a.text}, {"lang", languageCode(a.language)}});
      }
    }
  }
  return {{"id", r.id},
          {"type", std::string(entityTypeCode(r.type))},
          {"name", r.name},
          {"mentions", r.mentions},
          {"documents", r.documents},
          {"surfaces", surfaces},
          {"aliases", aliases},
          {"merged", merged}};
}

// `types`: comma-separated codes ("PER,ORG"), empty for all.
std::string entitiesJson(const Corpus& corpus, const std::string& types, std::uint32_t limit) {
  std::vector<EntityType> wanted;
  std::size_t start = 0;
  while (start < types.size()) {
    const std::size_t end = std::min(types.find(',', start), types.size());
    if (const auto t = entityTypeFromCode(std::string_view(types).substr(start, end - start))) wanted.push_back(*t);
    start = end + 1;
  }
  const EntityTable& table = corpus.entities();
  nlohmann::json out = nlohmann::json::array();
  for (const EntityIndex e : table.list(wanted, limit)) out.push_back(entityJson(corpus, e));
  return dumpJson(out);
}

nlohmann::json mentionsJson(const std::string& text, const std::vector<Mention>& mentions) {
  std::vector<std::uint32_t> offsets;
  for (const Mention& m : mentions) {
    offsets.push_back(m.begin);
    offsets.push_back(m.end);
  }
  utf8ToUtf16Offsets(text, offsets);
  nlohmann::json out = nlohmann::json::array();
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    out.push_back({{"type", std::string(entityTypeCode(m.type))},
                   {"id", m.entityId},
                   {"text", m.text},
                   {"begin", offsets[2 * i]},
                   {"end", offsets[2 * i + 1]},
                   {"confidence", m.confidence}});
  }
  return out;
}

// The mentions of a document, with UTF-16 offsets into its title and text.
std::string documentEntitiesJson(const Corpus& corpus, std::uint32_t doc) {
  if (doc >= corpus.size()) return "null";
  const Corpus::DocumentMentions mentions = corpus.documentMentions(doc);
  const Document& d = corpus.document(doc);
  return dumpJson({{"title", mentionsJson(d.title, mentions.title)}, {"text", mentionsJson(d.text, mentions.text)}});
}

// `edits`: a JSON array of merges, renames and splits (entity_edits.hpp),
// applied in order up to the first that fails.
std::string editEntitiesJson(Corpus& corpus, const std::string& edits) {
  const EntityEditReport report = corpus.editEntities(edits);
  nlohmann::json error = nullptr;
  if (report.error) error = {{"code", errorCodeName(report.error.code)}, {"message", report.error.message}};
  return dumpJson({{"applied", report.applied}, {"ids", report.ids}, {"error", error}});
}

// The edits in effect, to keep beside a corpus and apply again after it is
// indexed anew.
std::string entityEditsJson(const Corpus& corpus) { return qalam::entityEditsJson(corpus.entityEdits()); }

std::string cooccurrenceJson(const Corpus& corpus, std::uint32_t top) {
  const EntityTable& table = corpus.entities();
  nlohmann::json out = nlohmann::json::array();
  for (const EntityPair& p : table.cooccurrence(top)) {
    out.push_back({{"a", table.record(p.a).id}, {"b", table.record(p.b).id}, {"documents", p.documents}});
  }
  return dumpJson(out);
}

std::string timelineJson(const Corpus& corpus, const std::string& id) {
  const EntityTable& table = corpus.entities();
  nlohmann::json out = nlohmann::json::array();
  if (const auto e = table.find(id)) {
    for (const FacetCount& c : table.timeline(*e)) out.push_back({{"value", c.value}, {"count", c.count}});
  }
  return dumpJson(out);
}

}  // namespace

void bindCorpusEntities(emscripten::class_<Corpus>& corpus) {
  corpus.function("loadGazetteer", &loadGazetteer)
      .function("addEntityList", &addEntityList)
      .function("setEntityExtraction", &Corpus::setEntityExtraction)
      .function("entities", &entitiesJson)
      .function("documentEntities", &documentEntitiesJson)
      .function("cooccurrence", &cooccurrenceJson)
      .function("timeline", &timelineJson)
      .function("editEntities", &editEntitiesJson)
      .function("entityEdits", &entityEditsJson);
}

EMSCRIPTEN_BINDINGS(qalam_name_tagger) { emscripten::function("loadTagger", &loadTagger); }

}  // namespace qalam::wasm
