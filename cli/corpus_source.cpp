#include "corpus_source.hpp"

#include <cstdio>
#include <fstream>
#include <sstream>

#include "qalam/import_session.hpp"
#include "qalam/name_tagger_model.hpp"
#include "qalam/saved_index.hpp"

namespace qalam::cli {

bool readWholeFile(const std::string& path, std::string& bytes, const char* command) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "qalam %s: cannot open %s\n", command, path.c_str());
    return false;
  }
  std::ostringstream s;
  s << in.rdbuf();
  bytes = s.str();
  return true;
}

bool readFieldOptions(const Arguments& a, CorpusSource& source, std::string& problem) {
  for (const std::string& assignment : a.values("--field")) {
    if (const Error error = setMappedField(source.fields, assignment)) {
      problem = "--field: " + error.message;
      return false;
    }
  }
  if (!(source.fields == FieldMapping{}) && !source.indexFile.empty()) {
    problem = "--field applies to corpus files, not to a saved index";
    return false;
  }
  return true;
}

namespace {

// "FILE:LINE: message (skipped)"; an issue of the whole file (line 0, such as
// a --field key that no record holds) is "FILE: message (skipped)".
void printIssues(const std::vector<ImportIssue>& issues) {
  for (const ImportIssue& issue : issues) {
    const std::string where = issue.line == 0 ? issue.file : issue.file + ":" + std::to_string(issue.line);
    std::fprintf(stderr, "%s: %s (%s)\n", where.c_str(), issue.message.c_str(), issue.skipped ? "skipped" : "kept");
  }
}

// This build's name tagger weights, once per process, before any extraction
// (a missing or damaged file leaves names to rules and lists).
void loadNameTagger(const char* command) {
  if (installedNameTaggerModel()) return;
  std::string bytes;
  std::ifstream probe(QALAM_DEFAULT_NAME_TAGGER, std::ios::binary);
  if (!probe || !readWholeFile(QALAM_DEFAULT_NAME_TAGGER, bytes, command)) {
    std::fprintf(stderr, "qalam %s: no name tagger at %s: names come from rules and lists only\n", command,
                 QALAM_DEFAULT_NAME_TAGGER);
    return;
  }
  const NameTaggerModelLoad load = readNameTaggerModel(bytes);
  if (load.error) {
    std::fprintf(stderr, "qalam %s: %s: %s\n", command, QALAM_DEFAULT_NAME_TAGGER, load.error.message.c_str());
    return;
  }
  installNameTaggerModel(load.model);
}

// Known entities into the corpus's lexicon; `reextract` when documents are in.
bool loadEntityData(Corpus& corpus, const CorpusSource& source, bool reextract, const char* command) {
  loadNameTagger(command);
  std::string bytes;
  std::ifstream probe(QALAM_DEFAULT_GAZETTEER, std::ios::binary);
  if (probe && readWholeFile(QALAM_DEFAULT_GAZETTEER, bytes, command)) {
    if (const Error error = corpus.loadGazetteer(bytes, false)) {
      std::fprintf(stderr, "qalam %s: %s: %s\n", command, QALAM_DEFAULT_GAZETTEER, error.message.c_str());
    }
  } else {
    std::fprintf(stderr, "qalam %s: no gazetteer at %s: places come from rules only\n", command, QALAM_DEFAULT_GAZETTEER);
  }
  std::vector<std::pair<std::string, LexiconSource>> lists;
  std::ifstream curated(QALAM_DEFAULT_CURATED, std::ios::binary);
  if (curated) lists.emplace_back(QALAM_DEFAULT_CURATED, LexiconSource::kCurated);
  for (const std::string& file : source.entityLists) lists.emplace_back(file, LexiconSource::kUser);
  for (std::size_t i = 0; i < lists.size(); ++i) {
    if (!readWholeFile(lists[i].first, bytes, command)) return false;
    const bool last = i + 1 == lists.size();
    const EntityListReport report = corpus.addEntityList(lists[i].first, bytes, lists[i].second, reextract && last);
    printIssues(report.issues);
    if (report.error) {
      std::fprintf(stderr, "qalam %s: %s: %s\n", command, lists[i].first.c_str(), report.error.message.c_str());
      return false;
    }
  }
  return true;
}

bool applyEntityEdits(Corpus& corpus, const CorpusSource& source, const char* command) {
  if (source.entityEdits.empty()) return true;
  std::string bytes;
  if (!readWholeFile(source.entityEdits, bytes, command)) return false;
  const EntityEditReport report = corpus.editEntities(bytes);
  if (report.error) {
    std::fprintf(stderr, "qalam %s: %s: %s (%u applied before it)\n", command, source.entityEdits.c_str(),
                 report.error.message.c_str(), report.applied);
    return false;
  }
  return true;
}

}  // namespace

std::unique_ptr<Corpus> openCorpus(const CorpusSource& source, const char* command) {
  std::string bytes;
  if (!source.indexFile.empty()) {
    if (!readWholeFile(source.indexFile, bytes, command)) return nullptr;
    LoadedCorpus loaded = loadCorpus(bytes);
    if (loaded.error) {
      std::fprintf(stderr, "qalam %s: %s: %s\n", command, source.indexFile.c_str(), loaded.error.message.c_str());
      return nullptr;
    }
    // The saved entities stay; user lists given now are applied to them.
    if (!loadEntityData(*loaded.corpus, source, !source.entityLists.empty(), command) ||
        !applyEntityEdits(*loaded.corpus, source, command)) {
      return nullptr;
    }
    return std::move(loaded.corpus);
  }
  auto corpus = std::make_unique<Corpus>();
  if (!loadEntityData(*corpus, source, false, command)) return nullptr;
  for (const std::string& file : source.corpusFiles) {
    if (!readWholeFile(file, bytes, command)) return nullptr;
    ImportSession session(file, bytes, source.fields);
    session.step(*corpus, session.total());
    printIssues(session.report().issues);
  }
  if (!applyEntityEdits(*corpus, source, command)) return nullptr;
  return corpus;
}

}  // namespace qalam::cli
