#include <catch2/catch.hpp>

#include "qalam/query.hpp"

namespace {

const qalam::Analyzer& analyzer() {
  static const qalam::Analyzer a;
  return a;
}

}  // namespace

TEST_CASE("the query language parses to a canonical tree") {
  struct Row {
    const char* input;
    const char* expected;
  };
  const std::vector<Row> rows = {
      {"water OR trade", "(water OR trade)"},
      {"water trade OR summit", "((water trade) OR summit)"},
      {"water AND trade", "water trade"},
      {"water -trade", "water -trade"},
      {"water NOT trade", "water -trade"},
      {"NOT trade", "-trade"},
      {"(water OR trade) summit", "(water OR trade) summit"},
      {"-(water OR trade) summit", "-(water OR trade) summit"},
      {"\"central asia\" OR water", "(\"central asia\" OR water)"},
      {"«آسیای مرکزی»", "\"اسياي مركزي\""},                       // guillemets quote too
      {"summ*", "summ*"},
      {"Алма*", "алма*"},
      {"water NEAR/3 sharing", "NEAR/3(water, {sharing|~share|share})"},
      {"\"syr darya\" NEAR/5 water", "NEAR/5(\"syr darya\", water)"},
      {"lang:fa water", "lang:fa water"},
      {"LANG:fa", "\"lang fa\""},                                  // field names are lower case: text
      {"source:\"Qalam sample desk\"", "source:\"qalam sample desk\""},
      {"date:2024-01..2024-12", "date:2024-01..2024-12"},
      {"date:>=2024", "date:>=2024"},
      {"date:>2024", "date:>2024"},
      {"date:<2024-06", "date:<2024-06"},
      {"date:2024", "date:2024"},
      {"date:2024-02-29", "date:2024-02-29"},
      {"date:2000-02-29..2024-12-31", "date:2000-02-29..2024-12-31"},
      {"title:water", "title:water"},
      {"person:Tokayev water", "person:\"Tokayev\" water"},
      {"org:\"سازمان ملل\" -place:Алматы", "org:\"سازمان ملل\" -place:\"Алматы\""},
      {"title:\"water talks\"", "title:\"water talks\""},
      {"تاشکند OR دوشنبه", "(تاشكند OR {دوشنبه|~دوشنب|دوشنب})"},   // right-to-left words parse alike
      {"Тоқаев OR (Almaty lang:kk)", "({тоқаев|~тоқа|тоқа|≈токаев|токаев} OR ({almaty|~almati|almati} lang:kk))"},
      {"!!! OR water", "(() OR water)"},                            // a word with no letters matches nothing
      {"", ""},
      {"  ", ""},
  };
  for (const Row& row : rows) {
    INFO(row.input);
    const qalam::QueryParseResult result = qalam::parseQuery(row.input, analyzer());
    CHECK(result.error.message == "");
    CHECK(result.query.toString() == row.expected);
  }
}

TEST_CASE("malformed queries are errors with the byte position where they start") {
  struct Row {
    std::string input;
    const char* message;
    std::uint32_t position;
  };
  const std::vector<Row> rows = {
      {"\"unclosed", "unbalanced quote", 0},
      {"a \"b", "unbalanced quote", 2},
      {"«آسیای", "unbalanced quote", 0},
      {"(water", "unbalanced '('", 0},
      {"water)", "unbalanced ')'", 5},
      {"()", "empty parentheses", 0},
      {"NOT", "NOT needs something to exclude", 0},
      {"water NOT", "NOT needs something to exclude", 6},
      {"water OR", "OR needs something on its right", 6},
      {"AND water", "AND needs something on both sides", 0},
      {"****", "a prefix* needs at least two letters before the *", 0},
      {"a*", "a prefix* needs at least two letters before the *", 0},
      {"NEAR/3 water", "NEAR/n needs a word on its left", 0},
      {"water NEAR/0 trade", "NEAR/n takes a distance from 1 to 1000", 6},
      {"water NEAR/3 (a OR b)", "NEAR/n joins two words or phrases", 6},
      {"date:2024-1", "date: takes YYYY, YYYY-MM or YYYY-MM-DD, a range a..b, or >=, >, <=, <", 0},
      {"date:2025..2024", "date range ends before it starts", 0},
      {"date:2024-13", "date: 2024-13 has no such month (01 to 12)", 0},
      {"water date:2024-00..2024-05", "date: 2024-00 has no such month (01 to 12)", 6},
      {"date:>=2023-02-29", "date: 2023-02-29 has no such day in its month", 0},
      {"date:2024-04-31", "date: 2024-04-31 has no such day in its month", 0},
      {"date:2024-01-00", "date: 2024-01-00 has no such day in its month", 0},
      {"lang:", "'lang:' needs a value", 0},
      {"person:\"\"", "person: needs a name", 0},
      {"آلماتی )", "unbalanced ')'", 13},
  };
  for (const Row& row : rows) {
    INFO(row.input);
    const qalam::QueryParseResult result = qalam::parseQuery(row.input, analyzer());
    CHECK(result.error.code == qalam::ErrorCode::kQuerySyntax);
    CHECK(result.error.message == row.message);
    CHECK(result.errorPosition == row.position);
    CHECK(result.query.empty());
  }
}

TEST_CASE("hostile queries are rejected, not run") {
  // How fast they are rejected is measured in bench/index_bench.cpp.
  std::string huge;
  for (int i = 0; i < 10000; ++i) huge += "word" + std::to_string(i) + " ";
  const std::string deep(1000, '(');
  const qalam::QueryParseResult tooLong = qalam::parseQuery(huge, analyzer());
  const qalam::QueryParseResult tooDeep = qalam::parseQuery(deep, analyzer());
  CHECK(tooLong.error.message == "query too long: at most 256 words");
  CHECK(tooLong.errorPosition == huge.find("word256"));
  CHECK(tooDeep.error.message == "query nested too deeply");
  CHECK(tooLong.query.empty());
  CHECK(tooDeep.query.empty());
}
