// What the benchmarks share: reading the labelled corpora, and ICU data for
// the wasm build (which has no system ICU data).
#pragma once

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#ifdef QALAM_BENCH_ICU_DATA
#include "qalam/icu_data.hpp"
#endif

namespace qalam::bench {

inline std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Running text of a one-token-per-line IOB file: tokens joined by spaces,
// one sentence per line, `sentencesPerChunk` sentences per returned chunk.
inline std::vector<std::string> iobChunks(const std::string& path, std::size_t sentencesPerChunk) {
  std::istringstream in(readFile(path));
  std::vector<std::string> chunks(1);
  std::string line;
  std::size_t sentences = 0;
  bool lineStart = true;
  while (std::getline(in, line)) {
    if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
      if (!lineStart) {
        if (++sentences % sentencesPerChunk == 0) chunks.emplace_back();
        else chunks.back() += '\n';
      }
      lineStart = true;
      continue;
    }
    std::string token = line.substr(0, line.find_first_of(" \t"));
    for (std::size_t p; (p = token.find("\u200E")) != std::string::npos;) token.erase(p, 3);
    if (!lineStart) chunks.back() += ' ';
    chunks.back() += token;
    lineStart = false;
  }
  if (chunks.back().empty()) chunks.pop_back();
  return chunks;
}

// The factRuEval articles, in file order.
inline std::vector<std::string> factRuArticles(const std::string& shared) {
  std::vector<std::string> out;
  for (int book = 0; book < 6000; ++book) {
    const std::string path = shared + "/corpora/ru/factRuEval-2016-devset/book_" + std::to_string(book) + ".txt";
    if (std::ifstream(path)) out.push_back(readFile(path));
  }
  return out;
}

// Hands the trimmed ICU data to ICU in the wasm build; nothing natively.
inline bool loadIcuData() {
#ifdef QALAM_BENCH_ICU_DATA
  static const std::string icu = readFile(QALAM_BENCH_ICU_DATA);
  if (const Error e = useIcuCommonData(reinterpret_cast<const std::uint8_t*>(icu.data()), icu.size())) {
    std::fprintf(stderr, "%s\n", e.message.c_str());
    return false;
  }
#endif
  return true;
}

}  // namespace qalam::bench
