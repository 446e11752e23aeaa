#include <catch2/catch.hpp>

#include <random>

#include "qalam/index.hpp"

using qalam::DocId;
using qalam::InvertedIndex;

namespace {

// An index whose term "common" is in most of `docs` documents (many full
// blocks), "rare" in a few, each with a known number of occurrences.
struct Fixture {
  InvertedIndex index;
  std::vector<DocId> common;
  std::vector<DocId> rare;
};

Fixture makeFixture(DocId docs, bool compactHalfway) {
  Fixture f;
  std::mt19937 random(7);
  for (DocId d = 0; d < docs; ++d) {
    std::vector<qalam::Token> title;
    std::vector<qalam::Token> text;
    std::uint32_t position = 0;
    if (random() % 10 < 7) {
      f.common.push_back(d);
      const std::uint32_t times = 1 + random() % 4;
      for (std::uint32_t k = 0; k < times; ++k) text.push_back({"common", position++, 0, 0});
      if (random() % 5 == 0) title.push_back({"common", 0, 0, 0});
    }
    if (random() % 97 == 0) {
      f.rare.push_back(d);
      text.push_back({"rare", position++, 0, 0});
    }
    text.push_back({"filler", position++, 0, 0});
    f.index.addDocument(d, title, text);
    if (compactHalfway && d == docs / 2) f.index.compact();
  }
  return f;
}

}  // namespace

TEST_CASE("a cursor walks and skips a posting list of many blocks") {
  for (const bool compactHalfway : {false, true}) {
    INFO("compacted halfway: " << compactHalfway);
    const Fixture f = makeFixture(5000, compactHalfway);
    REQUIRE(f.common.size() > 10 * InvertedIndex::kBlockSize);
    const qalam::TermId common = f.index.termId("common");

    std::vector<DocId> walked;
    for (qalam::PostingCursor c = f.index.cursor(common); c.doc() != qalam::kNoMoreDocs; c.next()) walked.push_back(c.doc());
    CHECK(walked == f.common);

    // Advancing to every 37th document lands where a linear search would.
    qalam::PostingCursor c = f.index.cursor(common);
    for (DocId target = 0; target < 5100; target += 37) {
      const auto expected = std::lower_bound(f.common.begin(), f.common.end(), target);
      const DocId got = c.advance(target);
      CHECK(got == (expected == f.common.end() ? qalam::kNoMoreDocs : *expected));
      if (got != qalam::kNoMoreDocs) {
        CHECK(c.positions().size() == c.titleFreq() + c.textFreq());
        CHECK(c.blockEnd(got) >= got);
      }
    }
    CHECK(f.index.postings("rare")->docs == f.rare);
    CHECK_FALSE(f.index.cursor(qalam::TermDictionary::kNone).documents());
  }
}

TEST_CASE("compacting between documents, with new terms arriving after it, changes no posting") {
  InvertedIndex once;
  InvertedIndex often;
  std::mt19937 random(3);
  std::vector<std::string> vocabulary;
  for (DocId d = 0; d < 400; ++d) {
    std::vector<qalam::Token> text;
    vocabulary.push_back("new" + std::to_string(d));  // a term first seen in this document
    for (std::uint32_t p = 0; p < 6; ++p) {
      text.push_back({vocabulary[random() % vocabulary.size()], p, 0, 0});
    }
    once.addDocument(d, {}, text);
    often.addDocument(d, {}, text);
    if (d % 3 == 0) often.compact();
  }
  once.compact();
  REQUIRE(once.termCount() == often.termCount());
  for (const std::string& term : vocabulary) {
    INFO(term);
    const auto a = once.postings(term);
    const auto b = often.postings(term);
    REQUIRE(a.has_value() == b.has_value());  // a term drawn by no document is in neither
    if (!a) continue;
    CHECK(a->docs == b->docs);
    CHECK(a->positions == b->positions);
  }
  CHECK(once.postingBytes() == often.postingBytes());
}

TEST_CASE("block impacts bound every document of their block") {
  const Fixture f = makeFixture(3000, false);
  qalam::PostingCursor c = f.index.cursor(f.index.termId("common"));
  std::uint32_t blocks = 0;
  while (c.doc() != qalam::kNoMoreDocs) {
    const DocId end = c.blockEnd(c.doc());
    std::uint32_t maxText = 0;
    std::uint32_t maxTitle = 0;
    bool open = false;
    c.visitImpacts(
        c.doc(), end,
        [&](const qalam::FieldImpact* text, std::size_t textCount, const qalam::FieldImpact* title, std::size_t titleCount) {
          for (std::size_t i = 0; i < textCount; ++i) maxText = std::max(maxText, text[i].freq);
          for (std::size_t i = 0; i < titleCount; ++i) maxTitle = std::max(maxTitle, title[i].freq);
        },
        open);
    for (; c.doc() <= end; c.next()) {
      if (open) continue;  // the open block has no stored impacts
      CHECK(c.textFreq() <= maxText);
      CHECK(c.titleFreq() <= maxTitle);
    }
    ++blocks;
  }
  CHECK(blocks > 10);
}
