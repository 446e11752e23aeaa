// qalam entities: the entities of a corpus or saved index — the list with
// counts and spellings, one document's mentions, or co-occurring pairs.
#include <cstdio>

#include <nlohmann/json.hpp>

#include "arguments.hpp"
#include "commands.hpp"
#include "corpus_source.hpp"

namespace qalam::cli {
namespace {

constexpr const char* kUsage =
    "usage: qalam entities (CORPUS... | --corpus FILE... [--field FIELD=KEY...] | --index FILE) [--type PER,ORG,...] [--limit N]\n"
    "                      [--doc ID] [--pairs N] [--text] [--entities LIST.json|.csv ...] [--edits EDITS.json]\n"
    "  --edits: a JSON array of merges, renames and splits, e.g.\n"
    "    [{\"op\": \"merge\", \"ids\": [\"b\"], \"into\": \"a\"}, {\"op\": \"rename\", \"id\": \"a\", \"name\": \"A\"},\n"
    "     {\"op\": \"split\", \"id\": \"a\", \"surfaces\": [\"…\"], \"name\": \"…\"}]\n";

std::vector<EntityType> parseTypes(const std::string& list, std::string& problem) {
  std::vector<EntityType> types;
  std::size_t start = 0;
  while (start <= list.size()) {
    const std::size_t end = std::min(list.find(',', start), list.size());
    const std::string code = list.substr(start, end - start);
    if (const auto t = entityTypeFromCode(code)) {
      types.push_back(*t);
    } else {
      problem = "unknown entity type '" + code + "' (PER, ORG, GPE, LOC, FAC, EVENT, DATE, MONEY, PERCENT)";
    }
    start = end + 1;
  }
  return types;
}

nlohmann::json entityJson(const EntityTable& table, EntityIndex e) {
  const EntityRecord& r = table.record(e);
  nlohmann::json surfaces = nlohmann::json::array();
  for (const EntitySurface& s : r.surfaces) surfaces.push_back(s.text);
  nlohmann::json merged = nlohmann::json::array();
  for (const std::string& id : table.idsOf(e)) {
    if (id != r.id) merged.push_back(id);
  }
  return {{"id", r.id}, {"type", std::string(entityTypeCode(r.type))}, {"name", r.name}, {"mentions", r.mentions},
          {"documents", r.documents}, {"surfaces", surfaces}, {"merged", merged}};
}

nlohmann::json mentionsJson(const std::vector<Mention>& mentions) {
  nlohmann::json out = nlohmann::json::array();
  for (const Mention& m : mentions) {
    out.push_back({{"type", std::string(entityTypeCode(m.type))}, {"id", m.entityId}, {"text", m.text},
                   {"begin", m.begin}, {"end", m.end}, {"confidence", m.confidence}});
  }
  return out;
}

void print(const nlohmann::json& j) {
  std::puts(j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
}

}  // namespace

int runEntities(const std::vector<std::string>& args) {
  Arguments a(args, {"--corpus", "--index", "--type", "--limit", "--doc", "--pairs", "--entities", "--edits", "--field"},
              {"--json", "--text"});
  CorpusSource source;
  source.corpusFiles = a.values("--corpus");
  for (const std::string& file : a.positionals()) source.corpusFiles.push_back(file);
  if (const auto index = a.value("--index")) source.indexFile = *index;
  source.entityLists = a.values("--entities");
  if (const auto edits = a.value("--edits")) source.entityEdits = *edits;
  const std::uint32_t limit = a.number("--limit", 50, 1, 1000000);
  const std::uint32_t pairs = a.number("--pairs", 0, 0, 1000);
  std::string problem = a.problem();
  if (problem.empty()) readFieldOptions(a, source, problem);
  std::vector<EntityType> types;
  if (const auto list = a.value("--type"); list && problem.empty()) types = parseTypes(*list, problem);
  if (problem.empty() && source.corpusFiles.empty() == source.indexFile.empty()) {
    problem = "give corpus files or --index FILE";
  }
  if (!problem.empty()) {
    std::fprintf(stderr, "qalam entities: %s\n%s", problem.c_str(), kUsage);
    return 2;
  }
  const std::unique_ptr<Corpus> corpus = openCorpus(source, "entities");
  if (!corpus) return 1;
  const EntityTable& table = corpus->entities();

  if (const auto id = a.value("--doc")) {
    DocId found = corpus->size();
    for (DocId d = 0; d < corpus->size() && found == corpus->size(); ++d) {
      if (corpus->document(d).id == *id) found = d;
    }
    if (found == corpus->size()) {
      std::fprintf(stderr, "qalam entities: no document with id '%s'\n", id->c_str());
      return 1;
    }
    const Corpus::DocumentMentions mentions = corpus->documentMentions(found);
    print({{"id", *id}, {"title", mentionsJson(mentions.title)}, {"text", mentionsJson(mentions.text)}});
    return 0;
  }
  if (pairs > 0) {
    nlohmann::json out = nlohmann::json::array();
    for (const EntityPair& p : table.cooccurrence(pairs)) {
      out.push_back({{"a", table.record(p.a).id}, {"b", table.record(p.b).id}, {"documents", p.documents}});
    }
    print(out);
    return 0;
  }
  const std::vector<EntityIndex> list = table.list(types, limit);
  if (a.has("--text")) {
    for (const EntityIndex e : list) {
      const EntityRecord& r = table.record(e);
      std::printf("%-8s %6u docs %6u mentions  %s  [%s]\n", std::string(entityTypeCode(r.type)).c_str(), r.documents,
                  r.mentions, r.name.c_str(), r.id.c_str());
    }
    return 0;
  }
  nlohmann::json out = nlohmann::json::array();
  for (const EntityIndex e : list) out.push_back(entityJson(table, e));
  print(out);
  return 0;
}

}  // namespace qalam::cli
