// Helpers shared by the suites: canonical renderings and fixture paths.
#pragma once

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "qalam/corpus.hpp"
#include "qalam/error.hpp"
#include "qalam/token.hpp"

namespace qalam::test {

// CRC-32 (IEEE) by its definition, a bit at a time, so that tests do not
// trust the code they check.
inline std::uint32_t bitwiseCrc32(const std::uint8_t* data, std::size_t size) {
  std::uint32_t c = 0xFFFFFFFFu;
  for (std::size_t i = 0; i < size; ++i) {
    c ^= data[i];
    for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
  }
  return c ^ 0xFFFFFFFFu;
}

// "term[position](begin,end) ..." — text, position and offsets in one string;
// a stem shows as ~stem, a loose fold as ≈fold.
inline std::string render(const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out += ' ';
    if (termKind(t.term) == TermKind::kStem) out += "~";
    if (termKind(t.term) == TermKind::kLoose) out += "\u2248";
    out += std::string(termText(t.term)) + '[' + std::to_string(t.position) + "](" + std::to_string(t.begin) + ',' + std::to_string(t.end) + ')';
  }
  return out;
}

inline std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string sourcePath(const std::string& relative) { return std::string(QALAM_SOURCE_DIR) + "/" + relative; }
inline std::string sharedPath(const std::string& relative) { return std::string(QALAM_SHARED_DIR) + "/" + relative; }

// The sample corpus, loaded once per test binary.
inline const Corpus& sampleCorpus() {
  static const Corpus corpus = [] {
    Corpus c;
    c.addJsonLines("corpus.jsonl", readFile(sourcePath("data/sample/corpus.jsonl")));
    return c;
  }();
  return corpus;
}

}  // namespace qalam::test

namespace qalam::testing {

// How many of an import's issues skipped their record.
inline std::uint32_t skippedCount(const std::vector<ImportIssue>& issues) {
  std::uint32_t n = 0;
  for (const ImportIssue& i : issues) n += i.skipped ? 1 : 0;
  return n;
}

// The canonical rendering of an import, shared by the importer tests:
// "added N: <documents> | file:line code (kept)".
inline std::string renderImport(const std::vector<std::string>& documents, const std::vector<ImportIssue>& issues) {
  std::string out = "added ";
  out += std::to_string(documents.size());
  out += ':';
  for (const std::string& doc : documents) {
    out += ' ';
    out += doc;
  }
  for (const ImportIssue& issue : issues) {
    out += " | ";
    out += issue.file;
    out += ':';
    out += std::to_string(issue.line);
    out += ' ';
    out += errorCodeName(issue.code);
    if (!issue.skipped) out += " (kept)";
  }
  return out;
}

}  // namespace qalam::testing
