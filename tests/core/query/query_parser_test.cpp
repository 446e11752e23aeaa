#include <catch2/catch.hpp>

#include "qalam/query.hpp"

TEST_CASE("queries parse to a canonical form") {
  static const qalam::Analyzer analyzer;
  struct Row {
    const char* input;
    const char* expected;
  };
  const std::vector<Row> rows = {
      {"Tokayev", "tokayev"},
      {"  Almaty   UN ", "{almaty|~almati|almati} un"},
      {"\"Central Asia\" water", "\"central asia\" water"},
      {"\"solo\"", "solo"},
      {"COVID-19", "\"{covid|covid-19} 19\""},
      {"Zakon.kz", "\"{zakon.kz|zakon} kz\""},
      {"رئیس‌جمهور روسیه", "رييسجمهور {روسيه|~روس|روس|~روسي|روسي}"},
      {"Алматыда", "{алматыда|~алмат|алмат|~алматыд|алматыд}"},  // Kazakh and Russian stems
      {"Тоқаев \"Орталық Азия\"", "{тоқаев|~тоқа|тоқа|≈токаев|токаев} \"орталық азия\""},
      {"\"Алматыда\"", "алматыда"},
      {"", ""},
      {"!!! ؟", ""},
      {"\"\"", ""},
  };
  for (const Row& row : rows) {
    INFO(row.input);
    const qalam::QueryParseResult result = qalam::parseQuery(row.input, analyzer);
    CHECK_FALSE(result.error);
    CHECK(result.query.toString() == row.expected);
  }
}

TEST_CASE("an unbalanced quote is an error with its position") {
  static const qalam::Analyzer analyzer;
  struct Row {
    const char* input;
    std::uint32_t position;
  };
  const std::vector<Row> rows = {{"\"unclosed", 0}, {"a \"b", 2}, {"\"a\" \"", 4}};
  for (const Row& row : rows) {
    INFO(row.input);
    const qalam::QueryParseResult result = qalam::parseQuery(row.input, analyzer);
    CHECK(result.error.code == qalam::ErrorCode::kQuerySyntax);
    CHECK(result.errorPosition == row.position);
    CHECK(result.query.empty());
  }
}
