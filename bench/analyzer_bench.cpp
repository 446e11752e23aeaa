// Throughput of the analyzer chain (segmentation, normalization and every
// variant) over real text: the seeds and the labelled corpora in
// ../shared/corpora, per language. Prints one line per language and a total.
// Usage: qalam_bench_analyzer [SHARED_DIR] [SECONDS_PER_LANGUAGE]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "qalam/analyzer.hpp"

#ifdef QALAM_BENCH_ICU_DATA
#include "qalam/icu_data.hpp"
#endif

namespace {

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Running text from a one-token-per-line IOB file: tokens joined by spaces,
// one sentence per line.
std::string iobText(const std::string& path) {
  std::istringstream in(readFile(path));
  std::string line;
  std::string out;
  bool lineStart = true;
  while (std::getline(in, line)) {
    if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
      if (!lineStart) out += '\n';
      lineStart = true;
      continue;
    }
    std::string token = line.substr(0, line.find_first_of(" \t"));
    for (std::size_t p; (p = token.find("\u200E")) != std::string::npos;) token.erase(p, 3);
    if (!lineStart) out += ' ';
    out += token;
    lineStart = false;
  }
  return out;
}

struct Sample {
  const char* name;
  qalam::Language language;
  std::string text;
};

}  // namespace

int main(int argc, char** argv) {
  const std::string shared = argc > 1 ? argv[1] : "../shared";
  const double seconds = argc > 2 ? std::atof(argv[2]) : 2.0;
#ifdef QALAM_BENCH_ICU_DATA
  static std::string icu = readFile(QALAM_BENCH_ICU_DATA);
  if (qalam::Error e = qalam::useIcuCommonData(reinterpret_cast<const std::uint8_t*>(icu.data()), icu.size())) {
    std::fprintf(stderr, "%s\n", e.message.c_str());
    return 1;
  }
#endif
  std::vector<Sample> samples;
  samples.push_back({"kk KazNERD valid", qalam::Language::kKazakh, iobText(shared + "/corpora/kk/KazNERD_IOB2_valid.txt")});
  samples.push_back({"ar NewsFANE part 1", qalam::Language::kArabic, iobText(shared + "/corpora/ar/NewsFANE_Gold_2014_part1.txt")});
  std::string russian;
  for (int book = 0; book < 6000; ++book) {
    std::ifstream probe(shared + "/corpora/ru/factRuEval-2016-devset/book_" + std::to_string(book) + ".txt");
    if (probe) russian += readFile(shared + "/corpora/ru/factRuEval-2016-devset/book_" + std::to_string(book) + ".txt") + "\n";
  }
  samples.push_back({"ru factRuEval devset", qalam::Language::kRussian, russian});
  std::string persian;
  for (const char* seed : {"000_12f220d685d49f11", "004_1348a9f520142615"}) persian += readFile(shared + "/seeds/" + seed + ".txt");
  samples.push_back({"fa seeds 000, 004", qalam::Language::kPersian, persian});
  for (const Sample& s : samples) {
    if (s.text.empty()) {
      std::fprintf(stderr, "no text for %s under %s\n", s.name, shared.c_str());
      return 1;
    }
  }

  const qalam::Analyzer analyzer;
  std::vector<qalam::Token> tokens;
  double totalBytes = 0;
  double totalSeconds = 0;
  std::printf("%-22s %10s %8s %10s %8s\n", "text", "bytes", "tokens", "seconds", "MB/s");
  for (const Sample& s : samples) {
    const qalam::AnalyzeOptions options{s.language, std::getenv("QALAM_BENCH_EXACT_ONLY") == nullptr};
    std::size_t rounds = 0;
    std::size_t tokenCount = 0;
    const auto start = std::chrono::steady_clock::now();
    double elapsed = 0;
    do {
      tokens.clear();
      analyzer.analyze(s.text, tokens, 0, options);
      tokenCount = tokens.size();
      ++rounds;
      elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    } while (elapsed < seconds);
    const double bytes = static_cast<double>(s.text.size()) * static_cast<double>(rounds);
    totalBytes += bytes;
    totalSeconds += elapsed;
    std::printf("%-22s %10zu %8zu %10.3f %8.1f\n", s.name, s.text.size(), tokenCount, elapsed / static_cast<double>(rounds),
                bytes / elapsed / 1e6);
  }
  std::printf("%-22s %10s %8s %10s %8.1f\n", "all", "", "", "", totalBytes / totalSeconds / 1e6);
  return 0;
}
