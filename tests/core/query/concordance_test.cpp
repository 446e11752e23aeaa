#include <catch2/catch.hpp>

#include "qalam/corpus.hpp"

namespace {

// A small fixture written for these tests: a few occurrences of water, آب
// and Алматы in English, Persian and Kazakh.
const qalam::Corpus& fixture() {
  static const qalam::Corpus corpus = [] {
    struct Doc {
      const char* id;
      const char* lang;
      const char* title;
      const char* text;
    };
    const std::vector<Doc> docs = {
        {"e1", "en", "Water", "Farmers need water for cotton. Cities need clean water too."},
        {"e2", "en", "Sharing", "Ministers discussed water sharing in Almaty. Fair water sharing helps farmers."},
        {"e3", "en", "Summit", "Leaders met in Astana."},
        {"pA", "fa", "قیمت", "این هفته قیمت آب گران شد."},
        {"pB", "fa", "مصرف", "در تابستان مصرف آب کاهش یافت."},
        {"pC", "fa", "کشاورزان", "کشاورزان به آب نیاز دارند."},
        {"k1", "kk", "Кездесу", "Алматыда су тапшылығы туралы кездесу өтті."},
        {"k2", "kk", "Жол", "Алматы мен Астана арасында жаңа жол салынады."},
    };
    qalam::Corpus c;
    for (const Doc& d : docs) REQUIRE(c.addDocument({d.id, d.title, d.text, d.lang, "", ""}).message == "");
    return c;
  }();
  return corpus;
}

// "id: left[match]right | ..." — left and right keep the text's own spaces.
std::string render(const qalam::ConcordanceResult& result) {
  std::string out;
  for (const qalam::ConcordanceLine& line : result.lines) {
    if (!out.empty()) out += " | ";
    out += fixture().document(line.doc).id;
    out += ": ";
    out += line.left;
    out += '[';
    out += line.match;
    out += ']';
    out += line.right;
  }
  return out;
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

qalam::ConcordanceOptions options(std::uint32_t context, const char* sort = "doc", std::uint32_t offset = 0,
                                  std::uint32_t limit = 50) {
  qalam::ConcordanceOptions o;
  o.context = context;
  o.sort = qalam::parseConcordanceSort(sort).value();
  o.offset = offset;
  o.limit = limit;
  o.crossScript = false;
  return o;
}

}  // namespace

TEST_CASE("concordance lines show each occurrence with its context, sorted and paged") {
  struct Row {
    const char* name;
    const char* query;
    qalam::ConcordanceOptions options;
    std::uint32_t total;
    const char* expected;
  };
  const std::vector<Row> rows = {
      {"document order", "water", options(2), 4,
       "e1: Farmers need [water] for cotton | e1: need clean [water] too | "
       "e2: Ministers discussed [water] sharing in | e2: Almaty. Fair [water] sharing helps"},
      {"no context", "water", options(0), 4, "e1: [water] | e1: [water] | e2: [water] | e2: [water]"},
      {"one word of context", "water", options(1), 4,
       "e1: need [water] for | e1: clean [water] too | e2: discussed [water] sharing | e2: Fair [water] sharing"},
      {"three words, cut at the text's edges", "water", options(3), 4,
       "e1: Farmers need [water] for cotton. Cities | e1: Cities need clean [water] too | "
       "e2: Ministers discussed [water] sharing in Almaty | e2: in Almaty. Fair [water] sharing helps farmers"},
      {"1L: by the word before", "water", options(1, "1L"), 4,
       "e1: clean [water] too | e2: discussed [water] sharing | e2: Fair [water] sharing | e1: need [water] for"},
      {"2L: by the second word before, punctuation skipped", "water", options(2, "2L"), 4,
       "e2: Almaty. Fair [water] sharing helps | e1: Farmers need [water] for cotton | "
       "e2: Ministers discussed [water] sharing in | e1: need clean [water] too"},
      {"1R: ties keep corpus order", "water", options(1, "1R"), 4,
       "e1: need [water] for | e2: discussed [water] sharing | e2: Fair [water] sharing | e1: clean [water] too"},
      {"2R: a missing word sorts first", "water", options(2, "2R"), 4,
       "e1: need clean [water] too | e1: Farmers need [water] for cotton | "
       "e2: Almaty. Fair [water] sharing helps | e2: Ministers discussed [water] sharing in"},
      {"sort keys look past the context shown", "water", options(0, "1L"), 4,
       "e1: [water] | e2: [water] | e2: [water] | e1: [water]"},
      {"offset and limit page the sorted lines", "water", options(1, "1L", 1, 2), 4,
       "e2: discussed [water] sharing | e2: Fair [water] sharing"},
      {"an offset past the end gives no lines", "water", options(1, "doc", 9), 4, ""},
      {"a phrase is one occurrence", "\"water sharing\"", options(1), 2,
       "e2: discussed [water sharing] in | e2: Fair [water sharing] helps"},
      {"a word inside a phrase merges with it", "water OR \"water sharing\"", options(1), 4,
       "e1: need [water] for | e1: clean [water] too | e2: discussed [water sharing] in | e2: Fair [water sharing] helps"},
      {"two words each make lines", "cotton farmers", options(1), 2, "e1: [Farmers] need | e1: for [cotton]. Cities"},
      {"a prefix stands for the words it begins", "shar*", options(1), 2,
       "e2: water [sharing] in | e2: water [sharing] helps"},
      {"both sides of NEAR make lines", "ministers NEAR/3 water", options(1), 3,
       "e2: [Ministers] discussed | e2: discussed [water] sharing | e2: Fair [water] sharing"},
      {"negated words make no lines", "water -cotton", options(1), 2,
       "e2: discussed [water] sharing | e2: Fair [water] sharing"},
      {"title words make no lines", "title:water", options(1), 0, ""},
      {"only a negation: documents but no lines", "NOT water", options(1), 0, ""},
      {"Persian in document order", "آب", options(1), 3, "pA: قیمت [آب] گران | pB: مصرف [آب] کاهش | pC: به [آب] نیاز"},
      // 1L is the logically preceding word (displayed to the right of the
      // match): به < قیمت < مصرف, not the following words' order.
      {"Persian 1L: by the word before in reading order", "آب", options(1, "1L"), 3,
       "pC: به [آب] نیاز | pA: قیمت [آب] گران | pB: مصرف [آب] کاهش"},
      {"Persian 2L", "آب", options(2, "2L"), 3,
       "pB: تابستان مصرف [آب] کاهش یافت | pC: کشاورزان به [آب] نیاز دارند | pA: هفته قیمت [آب] گران شد"},
      {"Persian 1R: by the word after in reading order", "آب", options(1, "1R"), 3,
       "pB: مصرف [آب] کاهش | pC: به [آب] نیاز | pA: قیمت [آب] گران"},
      {"Persian 2R", "آب", options(2, "2R"), 3,
       "pC: کشاورزان به [آب] نیاز دارند | pA: هفته قیمت [آب] گران شد | pB: تابستان مصرف [آب] کاهش یافت"},
      {"a stem matches: Алматыда finds Алматы", "Алматыда", options(1), 2, "k1: [Алматыда] су | k2: [Алматы] мен"},
      {"Kazakh 1R", "Алматы", options(1, "1R"), 2, "k2: [Алматы] мен | k1: [Алматыда] су"},
      {"no matching document", "zzz", options(1), 0, ""},
      {"an empty query", "", options(1), 0, ""},
  };
  for (const Row& row : rows) {
    INFO(row.name << ": " << row.query);
    const qalam::ConcordanceResult result = fixture().concordance(row.query, row.options);
    CHECK(result.error.message == "");
    CHECK_FALSE(result.truncated);
    CHECK(result.total == row.total);
    CHECK(render(result) == row.expected);
  }
}

TEST_CASE("a concordance line carries its offsets, context words and direction") {
  struct Row {
    const char* query;
    std::size_t line;
    const char* expected;  // position (begin,end) direction | left words | right words
  };
  const std::vector<Row> rows = {
      {"water", 0, "2 (13,18) ltr | need farmers | for cotton"},
      {"water", 1, "8 (49,54) ltr | clean need | too"},
      {"\"water sharing\"", 1, "7 (50,63) ltr | fair almaty | helps farmers"},
      {"آب", 2, "2 (22,26) rtl | به كشاورزان | نياز دارند"},  // normalized: ک→ك, ی→ي
      {"Алматыда", 0, "0 (0,16) ltr |  | су тапшылығы"},
  };
  for (const Row& row : rows) {
    INFO(row.query << " line " << row.line);
    const qalam::ConcordanceResult result = fixture().concordance(row.query, options(2));
    REQUIRE(row.line < result.lines.size());
    const qalam::ConcordanceLine& line = result.lines[row.line];
    const std::string& text = fixture().document(line.doc).text;
    CHECK(text.substr(line.matchBegin, line.matchEnd - line.matchBegin) == line.match);
    CHECK(text.substr(line.matchBegin - line.left.size(), line.left.size()) == line.left);
    CHECK(text.substr(line.matchEnd, line.right.size()) == line.right);
    std::string got = std::to_string(line.position);
    got += " (" + std::to_string(line.matchBegin) + ',' + std::to_string(line.matchEnd) + ") ";
    got += line.rightToLeft ? "rtl" : "ltr";
    got += " | " + joined(line.leftWords) + " | " + joined(line.rightWords);
    CHECK(got == row.expected);
  }
}

TEST_CASE("a concordance query error is returned as a value") {
  const qalam::ConcordanceResult result = fixture().concordance("water \"sharing", options(1));
  CHECK(result.error.code == qalam::ErrorCode::kQuerySyntax);
  CHECK(result.errorPosition == 6);
  CHECK(result.total == 0);
  CHECK(result.lines.empty());
}

TEST_CASE("the concordance stops collecting at its cap and says so") {
  qalam::ConcordanceOptions capped = options(1);
  capped.maxOccurrences = 3;
  const qalam::ConcordanceResult result = fixture().concordance("water", capped);
  CHECK(result.total == 3);
  CHECK(result.truncated);
  CHECK(render(result) == "e1: need [water] for | e1: clean [water] too | e2: discussed [water] sharing");
  capped.maxOccurrences = 4;
  CHECK_FALSE(fixture().concordance("water", capped).truncated);
  CHECK(qalam::ConcordanceOptions{}.maxOccurrences == 100000);
}

TEST_CASE("across scripts the concordance finds a name's other spellings") {
  qalam::ConcordanceOptions crossScript = options(1);
  crossScript.crossScript = true;
  CHECK(render(fixture().concordance("Алматы", crossScript)) ==
        "e2: in [Almaty]. Fair | k1: [Алматыда] су | k2: [Алматы] мен");
}

TEST_CASE("concordance sort keys parse from their short names") {
  struct Row {
    const char* text;
    std::optional<qalam::ConcordanceSort> expected;
  };
  using S = qalam::ConcordanceSort;
  const std::vector<Row> rows = {
      {"doc", S::kDocument}, {"1L", S::k1L}, {"2L", S::k2L}, {"3L", S::k3L}, {"1R", S::k1R},
      {"2R", S::k2R},        {"3r", S::k3R}, {"4L", std::nullopt}, {"L1", std::nullopt}, {"", std::nullopt},
      {"1", std::nullopt},   {"1LL", std::nullopt},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(qalam::parseConcordanceSort(row.text) == row.expected);
  }
}
