#include <catch2/catch.hpp>

#include <cstring>

#include "qalam/saved_index.hpp"
#include "test_support.hpp"

namespace {

const qalam::Corpus& sample() { return qalam::test::sampleCorpus(); }

std::string render(const qalam::Corpus& corpus, std::string_view query) {
  const qalam::SearchResults r = corpus.search(query);
  std::string out = std::to_string(r.total) + ":";
  for (std::size_t i = 0; i < r.docs.size(); ++i) {
    out += " " + corpus.document(r.docs[i]).id + "=" + std::to_string(r.scores[i]);
    if (!r.snippets.empty()) out += "[" + r.snippets[i].text + "]";
  }
  return out;
}

std::string_view asView(const std::vector<std::uint8_t>& bytes) {
  return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

}  // namespace

TEST_CASE("a saved index loads back to the same answers") {
  const std::vector<std::uint8_t> bytes = qalam::saveCorpus(sample());
  const qalam::LoadedCorpus loaded = qalam::loadCorpus(asView(bytes));
  REQUIRE(loaded.error.message == "");
  REQUIRE(loaded.corpus);
  CHECK(loaded.corpus->size() == sample().size());
  for (const char* query : {"Tokayev", "آلماتی", "Алматыда", "\"Central Asia\" OR water", "lang:kk су", "همکاری‌های",
                            "Kazakh*", "date:2024-01..2024-12 summit"}) {
    INFO(query);
    CHECK(render(*loaded.corpus, query) == render(sample(), query));
  }
  // Saving is deterministic: the loaded corpus saves to the same bytes.
  CHECK(qalam::saveCorpus(*loaded.corpus) == bytes);
  // And a loaded corpus takes more documents.
  REQUIRE(loaded.corpus->addJsonLines("more.jsonl", "{\"id\":\"new-1\",\"text\":\"Bishkek water talks\"}\n").added == 1);
  CHECK(loaded.corpus->search("bishkek").total >= 1);
}

TEST_CASE("a damaged or foreign saved index is a clear error, never a partial corpus") {
  const std::vector<std::uint8_t> good = qalam::saveCorpus(sample());
  struct Row {
    const char* name;
    std::vector<std::uint8_t> bytes;
    const char* message;
  };
  auto with = [&](auto change) {
    std::vector<std::uint8_t> b = good;
    change(b);
    return b;
  };
  auto putU32 = [](std::vector<std::uint8_t>& b, std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) b.at(at + static_cast<std::size_t>(i)) = static_cast<std::uint8_t>(v >> (8 * i));
  };
  const std::vector<Row> rows = {
      {"empty file", {}, "not a Qalam saved index (no QALAMIDX signature)"},
      {"another file", {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0}, "not a Qalam saved index (no QALAMIDX signature)"},
      {"truncated header", std::vector<std::uint8_t>(good.begin(), good.begin() + 12), "corrupt saved index: truncated header"},
      {"an earlier format version", with([&](auto& b) { putU32(b, 8, 0); }),
       "saved index format 0; this version reads format 4: rebuild the index from the corpus"},
      {"another analyzer version", with([&](auto& b) { putU32(b, 12, 1); }),
       "saved index built by analyzer version 1; this version's analyzer is 5: rebuild the index from the corpus"},
      {"truncated payload", std::vector<std::uint8_t>(good.begin(), good.end() - 100),
       ""},  // message names the byte counts; checked below
      {"one flipped byte", with([](auto& b) { b[b.size() / 2] ^= 0x40; }), "corrupt saved index: checksum mismatch"},
      {"trailing bytes", with([](auto& b) { b.push_back(0); }), "corrupt saved index: bytes after the payload"},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    const qalam::LoadedCorpus loaded = qalam::loadCorpus(asView(row.bytes));
    CHECK_FALSE(loaded.corpus);
    CHECK(loaded.error);
    if (std::strlen(row.message) > 0) CHECK(loaded.error.message == row.message);
  }
  const qalam::LoadedCorpus truncated = qalam::loadCorpus(asView(std::vector<std::uint8_t>(good.begin(), good.end() - 100)));
  CHECK(truncated.error.message.rfind("corrupt saved index: truncated (", 0) == 0);
}

TEST_CASE("an index saved by the previous format version is refused with a clear error") {
  // tests/data/saved-format-1.qidx was written by format 1 (before skip
  // lists, the vocabulary arena and entities) from tests/data/two-articles.csv.
  const std::string bytes = qalam::test::readFile(qalam::test::sourcePath("tests/data/saved-format-1.qidx"));
  const qalam::LoadedCorpus loaded = qalam::loadCorpus(bytes);
  CHECK_FALSE(loaded.corpus);
  CHECK(loaded.error.code == qalam::ErrorCode::kIndexVersion);
  CHECK(loaded.error.message == "saved index format 1; this version reads format 4: rebuild the index from the corpus");
}

TEST_CASE("a payload whose checksum matches but whose sections lie is refused") {
  // Rewrite the payload with an impossible document count and fix the checksum:
  // the reader checks counts against the bytes left and stops.
  std::vector<std::uint8_t> bytes = qalam::saveCorpus(sample());
  const std::size_t header = 28;
  bytes[header] = 0xFF;  // first byte of the document count varint
  bytes.insert(bytes.begin() + header + 1, {0xFF, 0xFF, 0x7F});
  const std::size_t size = bytes.size() - header;
  for (int i = 0; i < 8; ++i) bytes[16 + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(static_cast<std::uint64_t>(size) >> (8 * i));
  const std::uint32_t crc = qalam::test::bitwiseCrc32(bytes.data() + header, size);
  for (int i = 0; i < 4; ++i) bytes[24 + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(crc >> (8 * i));
  const qalam::LoadedCorpus loaded = qalam::loadCorpus(asView(bytes));
  CHECK_FALSE(loaded.corpus);
  CHECK(loaded.error.code == qalam::ErrorCode::kCorruptIndex);
}

