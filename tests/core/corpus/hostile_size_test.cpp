// Files hostile by size, generated here (never committed): one 50 MB line,
// and a million tiny documents. Each goes through and leaves an earlier
// import as it was. Times are printed, never asserted.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <string>

#include "qalam/corpus.hpp"

namespace {

constexpr std::size_t kHugeLineBytes = 50'000'000;

// A million documents in optimized builds (native release, wasm: 10 to 20 s
// and 410 MB of heap). Unoptimized, sanitized builds index a few thousand
// documents a second: there a million would take five minutes, so they
// import a tenth.
#ifdef NDEBUG
constexpr std::uint32_t kTinyDocuments = 1'000'000;
#else
constexpr std::uint32_t kTinyDocuments = 100'000;
#endif

const std::string kEarlier =
    "{\"id\":\"e1\",\"title\":\"Zephyrine accord\",\"text\":\"Тоқаев Алматыда zephyrine келісіміне қол қойды.\",\"lang\":\"kk\"}\n"
    "{\"id\":\"e2\",\"text\":\"quillfeather ledger\",\"lang\":\"en\"}\n";

qalam::Corpus corpusWithEarlierImport() {
  qalam::Corpus corpus;
  REQUIRE(corpus.addFile("earlier.jsonl", kEarlier).added == 2);
  return corpus;
}

void checkEarlierImport(const qalam::Corpus& corpus) {
  CHECK(corpus.document(0).id == "e1");
  CHECK(corpus.document(0).text == "Тоқаев Алматыда zephyrine келісіміне қол қойды.");
  CHECK(corpus.document(1).id == "e2");
  CHECK(corpus.document(1).text == "quillfeather ledger");
  const qalam::SearchResults zephyrine = corpus.search("zephyrine");
  REQUIRE(zephyrine.total == 1);
  CHECK(zephyrine.docs[0] == 0);
  const qalam::SearchResults ledger = corpus.search("quillfeather");
  REQUIRE(ledger.total == 1);
  CHECK(ledger.docs[0] == 1);
}

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_CASE("a 50 MB line holding one document is imported whole and its first and last words are found") {
  // Words at both ends and white space between: the size is what is hostile
  // here (a 10 MB document dense with words is in hostile_text_test.cpp).
  std::string file = "{\"id\":\"huge\",\"title\":\"Long read\",\"text\":\"opening ";
  file.append(kHugeLineBytes, ' ');
  file += "closing\"}\n{\"id\":\"after\",\"text\":\"after the huge line\"}\n";
  qalam::Corpus corpus = corpusWithEarlierImport();
  const auto start = std::chrono::steady_clock::now();
  const qalam::ImportReport report = corpus.addFile("huge.jsonl", file);
  std::printf("hostile_size_test: one %zu-byte JSON Lines document imported in %.1f s\n", file.size(), secondsSince(start));
  CHECK(report.added == 2);
  CHECK(report.issues.empty());
  REQUIRE(corpus.size() == 4);
  CHECK(corpus.document(2).id == "huge");
  CHECK(corpus.document(2).text.size() == kHugeLineBytes + 15);
  CHECK(corpus.document(2).text.substr(kHugeLineBytes + 8) == "closing");
  const qalam::SearchResults closing = corpus.search("closing");
  REQUIRE(closing.total == 1);
  CHECK(closing.docs[0] == 2);
  REQUIRE(closing.snippets.size() == 1);
  const qalam::Snippet& snippet = closing.snippets[0];
  REQUIRE(snippet.highlights.size() == 2);
  CHECK(snippet.text.substr(snippet.highlights[0], snippet.highlights[1] - snippet.highlights[0]) == "closing");
  CHECK(corpus.search("opening").total == 1);
  CHECK(corpus.search("after").total == 1);
  checkEarlierImport(corpus);
}

TEST_CASE("a malformed 50 MB line is one issue on its line and the lines after it are read") {
  std::string file = "{\"id\":\"before\",\"text\":\"before the huge line\"}\n{\"id\":\"huge\",\"text\":\"";
  file.append(kHugeLineBytes, 'x');  // the string is never closed
  file += "\n{\"id\":\"after\",\"text\":\"after the huge line\"}\n";
  qalam::Corpus corpus = corpusWithEarlierImport();
  const auto start = std::chrono::steady_clock::now();
  const qalam::ImportReport report = corpus.addFile("huge.jsonl", file);
  std::printf("hostile_size_test: a malformed %zu-byte line refused in %.1f s\n", kHugeLineBytes, secondsSince(start));
  CHECK(report.added == 2);
  REQUIRE(report.issues.size() == 1);
  CHECK(report.issues[0].file == "huge.jsonl");
  CHECK(report.issues[0].line == 2);
  CHECK(report.issues[0].code == qalam::ErrorCode::kMalformedRecord);
  CHECK(report.issues[0].message == "not valid JSON");
  CHECK(report.skipped == 1);
  REQUIRE(corpus.size() == 4);
  CHECK(corpus.document(2).id == "before");
  CHECK(corpus.document(3).id == "after");
  CHECK(corpus.search("huge").total == 2);
  checkEarlierImport(corpus);
}

TEST_CASE("a JSON Lines file of a million tiny documents imports every one") {
  std::string file;
  file.reserve(std::size_t{kTinyDocuments} * 40);
  for (std::uint32_t i = 0; i < kTinyDocuments; ++i) {
    file += "{\"id\":\"t";
    file += std::to_string(i);
    file += "\",\"text\":\"w";
    file += std::to_string(i % 1000);
    file += " river\"}\n";
  }
  file += "{\"id\":\"t7\",\"text\":\"again\"}\n";  // one duplicate, at the very end
  qalam::Corpus corpus = corpusWithEarlierImport();
  const auto start = std::chrono::steady_clock::now();
  const qalam::ImportReport report = corpus.addFile("tiny.jsonl", file);
  std::printf("hostile_size_test: %u tiny documents (%zu bytes) imported in %.1f s\n", kTinyDocuments, file.size(),
              secondsSince(start));
  CHECK(report.added == kTinyDocuments);
  REQUIRE(report.issues.size() == 1);
  CHECK(report.issues[0].line == kTinyDocuments + 1);
  CHECK(report.issues[0].code == qalam::ErrorCode::kDuplicateId);
  REQUIRE(corpus.size() == kTinyDocuments + 2);
  CHECK(corpus.document(2).id == "t0");
  CHECK(corpus.document(kTinyDocuments + 1).id == "t" + std::to_string(kTinyDocuments - 1));
  CHECK(corpus.document(9).text == "w7 river");  // t7, not the duplicate
  qalam::SearchOptions options;
  options.limit = 5;
  const qalam::SearchResults river = corpus.search("river", options);
  CHECK(river.total >= options.limit);
  CHECK(river.docs.size() == options.limit);
  options.countAtLeast = kTinyDocuments;  // count every match exactly
  const qalam::SearchResults w999 = corpus.search("w999", options);
  CHECK(w999.total == kTinyDocuments / 1000);
  CHECK(w999.totalExact);
  checkEarlierImport(corpus);
}
