#include <catch2/catch.hpp>

#include <sstream>

#include "qalam/analyzer.hpp"
#include "qalam/index.hpp"

using qalam::InvertedIndex;

namespace {

std::string renderPostings(const InvertedIndex& index, std::string_view term) {
  const std::optional<qalam::PostingList> list = index.postings(term);
  if (!list) return "-";
  std::ostringstream out;
  for (std::size_t i = 0; i < list->size(); ++i) {
    if (i) out << ' ';
    out << 'd' << list->docs[i] << ":t" << list->titleFreq[i] << "/x" << list->textFreq[i] << '@';
    const std::uint32_t* p = list->positionsOf(i);
    for (std::uint32_t k = 0; k < list->positionCount(i); ++k) {
      if (k) out << ',';
      const std::uint32_t pos = p[k];
      if (pos >= InvertedIndex::kTextPositionBase) out << 'x' << pos - InvertedIndex::kTextPositionBase;
      else out << 't' << pos;
    }
  }
  return out.str();
}

}  // namespace

TEST_CASE("postings record title and text frequencies and positions per document") {
  const qalam::Analyzer analyzer;
  InvertedIndex index;
  index.addDocument(0, analyzer.analyze("Water in Almaty"), analyzer.analyze("Almaty water, Almaty trade"));
  index.addDocument(1, analyzer.analyze("Trade"), analyzer.analyze("water"));

  struct Row {
    const char* term;
    const char* expected;
  };
  const std::vector<Row> rows = {
      {"almaty", "d0:t1/x2@t2,x0,x2"},
      {"water", "d0:t1/x1@t0,x1 d1:t0/x1@x0"},
      {"trade", "d0:t0/x1@x3 d1:t1/x0@t0"},
      {"in", "d0:t1/x0@t1"},
      {"absent", "-"},
  };
  for (const Row& row : rows) {
    INFO(row.term);
    CHECK(renderPostings(index, row.term) == row.expected);
  }
  CHECK(index.documentCount() == 2);
  CHECK(index.titleLength(0) == 3);
  CHECK(index.textLength(0) == 4);
  CHECK(index.averageTextLength() == Approx(2.5));
}
