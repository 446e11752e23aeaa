#include "corpus_source.hpp"

#include <cstdio>
#include <fstream>
#include <sstream>

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

std::unique_ptr<Corpus> openCorpus(const CorpusSource& source, const char* command) {
  std::string bytes;
  if (!source.indexFile.empty()) {
    if (!readWholeFile(source.indexFile, bytes, command)) return nullptr;
    LoadedCorpus loaded = loadCorpus(bytes);
    if (loaded.error) {
      std::fprintf(stderr, "qalam %s: %s: %s\n", command, source.indexFile.c_str(), loaded.error.message.c_str());
      return nullptr;
    }
    return std::move(loaded.corpus);
  }
  auto corpus = std::make_unique<Corpus>();
  for (const std::string& file : source.corpusFiles) {
    if (!readWholeFile(file, bytes, command)) return nullptr;
    const ImportReport report = corpus->addFile(file, bytes);
    for (const ImportIssue& issue : report.issues) {
      std::fprintf(stderr, "%s:%u: %s (%s)\n", issue.file.c_str(), issue.line, issue.message.c_str(),
                   issue.skipped ? "skipped" : "kept");
    }
  }
  return corpus;
}

}  // namespace qalam::cli
