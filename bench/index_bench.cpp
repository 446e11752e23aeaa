// Index build speed, index size against the text, saved-index size and load
// speed, and query latency, over the real text in ../shared (KazNERD,
// NewsFANE and factRuEval as documents of about 20 sentences each, plus the
// seeds and the sample corpus).
// Usage: qalam_bench_index [SHARED_DIR] [SAMPLE_CORPUS] [EXTRA_JSONL]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "qalam/corpus.hpp"
#include "qalam/saved_index.hpp"

#include "bench_support.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

}  // namespace

int main(int argc, char** argv) {
  const std::string shared = argc > 1 ? argv[1] : "../shared";
  const std::string sample = argc > 2 ? argv[2] : "data/sample/corpus.jsonl";
  if (!qalam::bench::loadIcuData()) return 1;
  std::vector<qalam::Document> docs;
  auto add = [&](const std::string& prefix, const std::string& lang, std::vector<std::string> texts) {
    for (std::size_t i = 0; i < texts.size(); ++i) {
      qalam::Document d;
      d.id = prefix + std::to_string(i);
      d.lang = lang;
      d.text = std::move(texts[i]);
      docs.push_back(std::move(d));
    }
  };
  add("kaznerd-", "kk", qalam::bench::iobChunks(shared + "/corpora/kk/KazNERD_IOB2_valid.txt", 20));
  add("newsfane-", "ar", qalam::bench::iobChunks(shared + "/corpora/ar/NewsFANE_Gold_2014_part1.txt", 20));
  add("factru-", "ru", qalam::bench::factRuArticles(shared));
  const std::string sampleBytes = qalam::bench::readFile(sample);
  // A larger JSON Lines corpus (bench/corpus/build-corpus.mjs) may be added.
  const std::string extraBytes = argc > 3 ? qalam::bench::readFile(argv[3]) : std::string();

  // Entity extraction is measured on its own below: this is the index.
  std::vector<qalam::Document> labelled = docs;
  qalam::Corpus corpus;
  corpus.setEntityExtraction(false);
  const auto buildStart = Clock::now();
  for (qalam::Document& d : docs) corpus.addDocument(std::move(d));
  corpus.addJsonLines("sample.jsonl", sampleBytes);
  if (!extraBytes.empty()) corpus.addJsonLines(argv[3], extraBytes);
  corpus.compactIndex();  // as an import does when its file is in
  const double build = seconds(buildStart);
  std::size_t textBytes = 0;  // titles and texts, as UTF-8
  for (qalam::DocId d = 0; d < corpus.size(); ++d) textBytes += corpus.document(d).title.size() + corpus.document(d).text.size();

  // Both ways to save: compressed (the default) and uncompressed. Load is
  // the fastest of five; MB/s over the saved file and over the text.
  struct Saved {
    const char* name;
    std::vector<std::uint8_t> bytes;
    double save = 0;
    double load = 1e9;
  };
  std::vector<Saved> saves = {{"compressed", {}}, {"uncompressed", {}}};
  for (Saved& s : saves) {
    const auto saveStart = Clock::now();
    s.bytes = qalam::saveCorpus(corpus, s.name[0] == 'c' ? qalam::SaveMode::kCompact : qalam::SaveMode::kFast);
    s.save = seconds(saveStart);
    const std::string_view view(reinterpret_cast<const char*>(s.bytes.data()), s.bytes.size());
    for (int i = 0; i < 5; ++i) {
      const auto loadStart = Clock::now();
      const qalam::LoadedCorpus loaded = qalam::loadCorpus(view);
      s.load = std::min(s.load, seconds(loadStart));
      if (!loaded.corpus) return 1;
    }
  }

  std::printf("documents          %u\n", corpus.size());
  std::printf("text               %.2f MB\n", static_cast<double>(textBytes) / 1e6);
  std::printf("build              %.3f s, %.1f MB/s\n", build, static_cast<double>(textBytes) / build / 1e6);
  std::printf("terms              %zu\n", corpus.index().termCount());
  std::printf("postings           %.2f MB (%.2f x text)\n", static_cast<double>(corpus.index().postingBytes()) / 1e6,
              static_cast<double>(corpus.index().postingBytes()) / static_cast<double>(textBytes));
  std::printf("index memory       %.2f MB (%.2f x text: postings, vocabulary, skip lists, field lengths)\n",
              static_cast<double>(corpus.index().memoryBytes()) / 1e6,
              static_cast<double>(corpus.index().memoryBytes()) / static_cast<double>(textBytes));
  for (const Saved& s : saves) {
    const double mb = static_cast<double>(s.bytes.size()) / 1e6;
    std::printf("saved index, %-12s %.2f MB (%.2f x text, documents included); save %.3f s; load %.3f s, %.1f MB/s of file, %.1f MB/s of text\n",
                s.name, mb, static_cast<double>(s.bytes.size()) / static_cast<double>(textBytes), s.save, s.load, mb / s.load,
                static_cast<double>(textBytes) / 1e6 / s.load);
  }

  struct QueryClass {
    const char* name;
    std::vector<const char*> queries;
  };
  const std::vector<QueryClass> classes = {
      {"single term", {"Алматы", "Қазақстан", "الحكومة", "Москвы", "президент", "және", "في"}},
      // In a large share of all documents: pruning keeps these fast.
      {"very common term", {"the", "и", "в", "and", "في", "من"}},
      {"common AND", {"the and", "в и", "في من"}},
      {"two-term AND", {"Алматы қаласында", "вице президент", "الرئيس المصري", "Москвы мэр"}},
      {"phrase", {"\"Қазақстан Республикасының\"", "\"الأمم المتحدة\"", "\"в Москве\""}},
      {"cross-script name", {"Tokayev", "Almaty", "Putin", "Nazarbayev"}},
  };
  std::printf("\n%-18s %8s %8s %8s %8s\n", "queries", "p50 ms", "p95 ms", "p99 ms", "hits");
  for (const QueryClass& c : classes) {
    std::vector<double> times;
    std::size_t hits = 0;
    for (int round = 0; round < 20; ++round) {
      for (const char* q : c.queries) {
        const auto start = Clock::now();
        const qalam::SearchResults r = corpus.search(q, {10, true, true});
        times.push_back(seconds(start) * 1000.0);
        hits += r.total;
      }
    }
    std::printf("%-18s %8.3f %8.3f %8.3f %8zu\n", c.name, percentile(times, 0.5), percentile(times, 0.95), percentile(times, 0.99),
                hits / 20);
  }
  // Hostile queries must be refused at once (target: under 100 ms each).
  std::string huge;
  for (int i = 0; i < 10000; ++i) huge += "word" + std::to_string(i) + " ";
  const std::vector<std::string> hostile = {huge, std::string(1000, '('), "****", "\"unclosed " + huge, "NOT"};
  double worst = 0;
  for (const std::string& q : hostile) {
    const auto start = Clock::now();
    const qalam::SearchResults r = corpus.search(q);
    worst = std::max(worst, seconds(start) * 1000.0);
    if (!r.error) std::printf("hostile query accepted: %.40s\n", q.c_str());
  }
  std::printf("%-18s %8.3f ms worst of %zu\n", "hostile rejected", worst, hostile.size());

  // Import with entity extraction (the page's default), with the build's
  // gazetteer and the curated list, over the labelled corpora alone.
  qalam::Corpus withEntities;
  const std::string gazetteer = qalam::bench::readFile(QALAM_BENCH_GAZETTEER);
  const std::string curated = qalam::bench::readFile("data/entities/curated.json");
  if (withEntities.loadGazetteer(gazetteer) || withEntities.addEntityList("curated.json", curated, qalam::LexiconSource::kCurated).error) {
    std::printf("entity data missing: run from the repository root after a build\n");
    return 1;
  }
  std::size_t labelledBytes = 0;
  for (const qalam::Document& d : labelled) labelledBytes += d.title.size() + d.text.size();
  const auto entityStart = Clock::now();
  for (qalam::Document& d : labelled) withEntities.addDocument(std::move(d));
  const double entityBuild = seconds(entityStart);
  std::printf("\nbuild with entities %.3f s, %.1f MB/s over %.2f MB (%zu entities)\n", entityBuild,
              static_cast<double>(labelledBytes) / entityBuild / 1e6, static_cast<double>(labelledBytes) / 1e6,
              withEntities.entities().size());
  return 0;
}
