#include <catch2/catch.hpp>

#include <map>

#include "qalam/corpus.hpp"

namespace {

// A small fixture written for these tests: water, آب and Алматы in English,
// Persian and Kazakh, dated by month, by year only, or not at all.
const qalam::Corpus& fixture() {
  static const qalam::Corpus corpus = [] {
    struct Doc {
      const char* id;
      const char* lang;
      const char* date;
      const char* title;
      const char* text;
    };
    const std::vector<Doc> docs = {
        {"e1", "en", "2024-01-15", "Water", "Farmers need water for cotton. Cities need clean water too."},
        {"e2", "en", "2024-01-20", "Sharing", "Ministers discussed water sharing in Almaty. Fair water sharing helps farmers."},
        {"e3", "en", "2024-03-01", "Summit", "Leaders met in Astana."},
        {"e4", "en", "2023", "Water", "Rivers ran dry."},
        {"e5", "en", "", "Wells", "Water from wells, water from rivers, water from the sky."},
        {"pA", "fa", "2024-02-11", "قیمت", "این هفته قیمت آب گران شد."},
        {"pB", "fa", "2024-02", "مصرف", "در تابستان مصرف آب کاهش یافت."},
        {"k1", "kk", "2024-03-09", "Кездесу", "Алматыда су тапшылығы туралы кездесу өтті."},
        {"k2", "kk", "2024-03-10", "Жол", "Алматы мен Астана арасында жаңа жол салынады."},
    };
    qalam::Corpus c;
    for (const Doc& d : docs) REQUIRE(c.addDocument({d.id, d.title, d.text, d.lang, d.date, ""}).message == "");
    return c;
  }();
  return corpus;
}

std::string periods(const std::vector<qalam::FacetCount>& counts) {
  std::string out;
  for (const qalam::FacetCount& c : counts) out += " " + c.value + "=" + std::to_string(c.count);
  return out;
}

// "id:count ... | total N | months ... | years ... | undated N", or the error.
std::string render(const qalam::OccurrenceCounts& counts) {
  if (counts.error) return std::string(qalam::errorCodeName(counts.error.code)) + " at " + std::to_string(counts.errorPosition);
  std::string out;
  REQUIRE(counts.docs.size() == counts.counts.size());
  for (std::size_t i = 0; i < counts.docs.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += fixture().document(counts.docs[i]).id + ":" + std::to_string(counts.counts[i]);
  }
  const qalam::OccurrencePeriods byPeriod = qalam::occurrencesByPeriod(
      counts, [](qalam::DocId doc) { return std::string_view(fixture().document(doc).date); });
  out += " | total " + std::to_string(counts.total);
  out += " | months" + periods(byPeriod.months);
  out += " | years" + periods(byPeriod.years);
  out += " | undated " + std::to_string(byPeriod.undated);
  return out;
}

// The same counts taken from the concordance's lines, one per occurrence.
std::map<qalam::DocId, std::uint32_t> fromConcordance(const std::string& query, bool crossScript) {
  qalam::ConcordanceOptions options;
  options.limit = 100000;
  options.crossScript = crossScript;
  std::map<qalam::DocId, std::uint32_t> counts;
  for (const qalam::ConcordanceLine& line : fixture().concordance(query, options).lines) ++counts[line.doc];
  return counts;
}

}  // namespace

TEST_CASE("occurrences of a query are counted per document and added up by month and year") {
  struct Row {
    const char* query;
    bool crossScript;
    const char* expected;
  };
  const Row rows[] = {
      {"water", false,
       "e1:2 e2:2 e5:3 | total 7 | months 2024-01=4 | years 2024=4 | undated 3"},
      // A title-only match has no occurrence in the text: e4 is left out.
      {"water OR rivers", false,
       "e1:2 e2:2 e4:1 e5:4 | total 9 | months 2024-01=4 | years 2023=1 2024=4 | undated 4"},
      {"\"water sharing\"", false, "e2:2 | total 2 | months 2024-01=2 | years 2024=2 | undated 0"},
      {"water -cotton", false, "e2:2 e5:3 | total 5 | months 2024-01=2 | years 2024=2 | undated 3"},
      {"آب", false, "pA:1 pB:1 | total 2 | months 2024-02=2 | years 2024=2 | undated 0"},
      {"Алматы", false, "k1:1 k2:1 | total 2 | months 2024-03=2 | years 2024=2 | undated 0"},
      {"water lang:fa", false, " | total 0 | months | years | undated 0"},
      {"nothing-here", false, " | total 0 | months | years | undated 0"},
      {"\"water", false, "query-syntax at 0"},
  };
  for (const Row& row : rows) {
    SECTION(row.query) {
      const qalam::OccurrenceCounts counts = fixture().occurrenceCounts(row.query, row.crossScript);
      std::string shown = render(counts);
      CHECK(shown == row.expected);
      if (!counts.error) {
        std::map<qalam::DocId, std::uint32_t> expected = fromConcordance(row.query, row.crossScript);
        std::map<qalam::DocId, std::uint32_t> counted;
        for (std::size_t i = 0; i < counts.docs.size(); ++i) counted[counts.docs[i]] = counts.counts[i];
        CHECK(counted == expected);
      }
    }
  }
}

TEST_CASE("a cross-script query counts the occurrences of every spelling it matches") {
  const qalam::OccurrenceCounts one = fixture().occurrenceCounts("Almaty", false);
  const qalam::OccurrenceCounts every = fixture().occurrenceCounts("Almaty", true);
  CHECK(render(one) == "e2:1 | total 1 | months 2024-01=1 | years 2024=1 | undated 0");
  CHECK(every.total > one.total);
  std::map<qalam::DocId, std::uint32_t> counted;
  for (std::size_t i = 0; i < every.docs.size(); ++i) counted[every.docs[i]] = every.counts[i];
  CHECK(counted == fromConcordance("Almaty", true));
}
