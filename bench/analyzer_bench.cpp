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

#include "bench_support.hpp"

namespace {

using qalam::bench::readFile;

struct Sample {
  const char* name;
  qalam::Language language;
  std::string text;
};

}  // namespace

int main(int argc, char** argv) {
  const std::string shared = argc > 1 ? argv[1] : "../shared";
  const double seconds = argc > 2 ? std::atof(argv[2]) : 2.0;
  if (!qalam::bench::loadIcuData()) return 1;
  std::vector<Sample> samples;
  auto joined = [](const std::vector<std::string>& parts) {
    std::string out;
    for (const std::string& p : parts) out += p + "\n";
    return out;
  };
  constexpr std::size_t kAll = ~std::size_t{0};  // one chunk: the whole file
  samples.push_back({"kk KazNERD valid", qalam::Language::kKazakh, joined(qalam::bench::iobChunks(shared + "/corpora/kk/KazNERD_IOB2_valid.txt", kAll))});
  samples.push_back({"ar NewsFANE part 1", qalam::Language::kArabic, joined(qalam::bench::iobChunks(shared + "/corpora/ar/NewsFANE_Gold_2014_part1.txt", kAll))});
  const std::string russian = joined(qalam::bench::factRuArticles(shared));
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
      // A fresh analyzer each round: its word cache starts empty, as it does
      // on text not seen before (the same text again would be all cache hits).
      const qalam::Analyzer analyzer;
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
