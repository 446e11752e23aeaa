#include <catch2/catch.hpp>

#include <cstring>

#include "../../../core/index/byte_io.hpp"
#include "../../../core/index/zlib_stream.hpp"
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

constexpr std::size_t kHeader = 28;

struct SavedSection {
  std::uint8_t packing = 0;
  std::uint64_t size = 0;
  std::vector<std::uint8_t> stored;
};

// The payload's sections as written (saved_index.hpp).
std::vector<SavedSection> sectionsOf(const std::vector<std::uint8_t>& file) {
  qalam::index::ByteReader in(file.data() + kHeader, file.size() - kHeader);
  std::vector<SavedSection> out;
  while (in.ok() && !in.atEnd()) {
    SavedSection s;
    s.packing = in.u8();
    s.size = in.varint();
    s.stored = in.raw();
    out.push_back(std::move(s));
  }
  REQUIRE(in.ok());
  return out;
}

// A file of `sections` under `like`'s signature and versions, its payload
// size and CRC-32 made right, so only the sections can be wrong.
std::vector<std::uint8_t> fileOf(const std::vector<std::uint8_t>& like, const std::vector<SavedSection>& sections) {
  qalam::index::ByteWriter payload;
  for (const SavedSection& s : sections) {
    payload.u8(s.packing);
    payload.varint(s.size);
    payload.raw(s.stored);
  }
  std::vector<std::uint8_t> file(like.begin(), like.begin() + 16);
  const std::vector<std::uint8_t>& p = payload.bytes();
  for (int i = 0; i < 8; ++i) file.push_back(static_cast<std::uint8_t>(static_cast<std::uint64_t>(p.size()) >> (8 * i)));
  const std::uint32_t crc = qalam::test::bitwiseCrc32(p.data(), p.size());
  for (int i = 0; i < 4; ++i) file.push_back(static_cast<std::uint8_t>(crc >> (8 * i)));
  file.insert(file.end(), p.begin(), p.end());
  return file;
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
  // Uncompressed, the same corpus loads to the same answers and saves back
  // compressed to the same bytes.
  const std::vector<std::uint8_t> fast = qalam::saveCorpus(sample(), qalam::SaveMode::kFast);
  const qalam::LoadedCorpus fromFast = qalam::loadCorpus(asView(fast));
  REQUIRE(fromFast.corpus);
  CHECK(render(*fromFast.corpus, "Tokayev") == render(sample(), "Tokayev"));
  CHECK(qalam::saveCorpus(*fromFast.corpus) == bytes);
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
       "saved index format 0; this version reads format 5: rebuild the index from the corpus"},
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
  CHECK(loaded.error.message == "saved index format 1; this version reads format 5: rebuild the index from the corpus");
}

TEST_CASE("compact saves compress the sections that repay it; uncompressed saves store them all") {
  const std::vector<std::uint8_t> compact = qalam::saveCorpus(sample());
  const std::vector<std::uint8_t> fast = qalam::saveCorpus(sample(), qalam::SaveMode::kFast);
  const std::vector<SavedSection> packed = sectionsOf(compact);
  const std::vector<SavedSection> stored = sectionsOf(fast);
  REQUIRE(packed.size() == 3);
  REQUIRE(stored.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    INFO("section " << i);
    CHECK(stored[i].packing == 0);
    CHECK(stored[i].stored.size() == stored[i].size);
    CHECK(packed[i].size == stored[i].size);
    if (packed[i].packing == 1) {
      // Compressed only where that saves at least a sixteenth.
      CHECK(packed[i].stored.size() <= packed[i].size - packed[i].size / 16);
      std::vector<std::uint8_t> inflated(static_cast<std::size_t>(packed[i].size));
      CHECK(qalam::index::zlibDecompress(packed[i].stored.data(), packed[i].stored.size(), inflated.data(), inflated.size()));
      CHECK(inflated == stored[i].stored);
    } else {
      CHECK(packed[i].packing == 0);
      CHECK(packed[i].stored == stored[i].stored);
    }
  }
  // The sample's documents are text: that section is compressed.
  CHECK(packed[0].packing == 1);
  CHECK(compact.size() < fast.size());
}

TEST_CASE("a payload whose checksum matches but whose sections lie is refused") {
  // Each row rewrites the sections of a real saved index and makes the
  // header's size and checksum right again: only the sections' own checks
  // can refuse it.
  const std::vector<std::uint8_t> compact = qalam::saveCorpus(sample());
  const std::vector<std::uint8_t> fast = qalam::saveCorpus(sample(), qalam::SaveMode::kFast);
  struct Row {
    const char* name;
    std::vector<std::uint8_t> bytes;
    const char* message;
  };
  auto edit = [](const std::vector<std::uint8_t>& file, auto change) {
    std::vector<SavedSection> sections = sectionsOf(file);
    change(sections);
    return fileOf(file, sections);
  };
  const std::vector<Row> rows = {
      {"an impossible document count", edit(fast, [](auto& s) {
         qalam::index::ByteReader count(s[0].stored.data(), s[0].stored.size());
         (void)count.varint();
         qalam::index::ByteWriter rewritten;
         rewritten.varint(std::uint64_t{1} << 40);
         rewritten.bytes().insert(rewritten.bytes().end(), s[0].stored.begin() + static_cast<std::ptrdiff_t>(count.offset()),
                                  s[0].stored.end());
         s[0].stored = rewritten.bytes();
         s[0].size = s[0].stored.size();
       }), "corrupt saved index: documents section"},
      {"a packing that does not exist", edit(compact, [](auto& s) { s[0].packing = 7; }),
       "corrupt saved index: documents section"},
      {"a stored section whose sizes disagree", edit(fast, [](auto& s) { s[1].size += 1; }),
       "corrupt saved index: postings section"},
      {"a compressed section claiming more than zlib can give", edit(compact, [](auto& s) {
         s[0].size = static_cast<std::uint64_t>(s[0].stored.size()) * 1033;
       }), "corrupt saved index: documents section"},
      {"a compressed section claiming 2^62 bytes", edit(compact, [](auto& s) { s[0].size = std::uint64_t{1} << 62; }),
       "corrupt saved index: documents section"},
      {"a compressed section one byte longer than claimed", edit(compact, [](auto& s) { s[0].size -= 1; }),
       "corrupt saved index: documents section"},
      {"a damaged zlib stream", edit(compact, [](auto& s) { s[0].stored[s[0].stored.size() / 2] ^= 0x10; }),
       "corrupt saved index: documents section"},
      {"postings cut short", edit(fast, [](auto& s) {
         s[1].stored.resize(s[1].stored.size() - 3);
         s[1].size = s[1].stored.size();
       }), "corrupt saved index: postings section"},
      {"the last section missing", edit(compact, [](auto& s) { s.pop_back(); }),
       "corrupt saved index: names and entities section"},
      {"a section too many", edit(compact, [](auto& s) { s.push_back(s.back()); }),
       "corrupt saved index: bytes after the last section"},
      {"documents and postings swapped", edit(fast, [](auto& s) { std::swap(s[0], s[1]); }),
       "corrupt saved index: documents section"},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    const qalam::LoadedCorpus loaded = qalam::loadCorpus(asView(row.bytes));
    CHECK_FALSE(loaded.corpus);
    CHECK(loaded.error.code == qalam::ErrorCode::kCorruptIndex);
    CHECK(loaded.error.message == row.message);
  }
  // Rebuilt untouched, both files load: each row fails for its own change.
  CHECK(qalam::loadCorpus(asView(edit(compact, [](auto&) {}))).corpus);
  CHECK(qalam::loadCorpus(asView(edit(fast, [](auto&) {}))).corpus);
}
