#include <catch2/catch.hpp>

#include "qalam/money_recognizer.hpp"

namespace {

// TYPE"text"=value for each mention, in order; the text must be the input's
// bytes between the mention's offsets.
std::string render(std::string_view input, const std::vector<qalam::Mention>& mentions) {
  std::string out;
  for (const qalam::Mention& m : mentions) {
    REQUIRE(m.end <= input.size());
    REQUIRE(m.text == input.substr(m.begin, m.end - m.begin));
    if (!out.empty()) out += ' ';
    out += std::string(qalam::entityTypeCode(m.type)) + '"' + m.text + "\"=" + m.entityId;
  }
  return out;
}

struct Row {
  const char* text;
  const char* expected;
};

template <std::size_t N>
void check(const Row (&rows)[N]) {
  const qalam::MoneyRecognizer recognizer;
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(render(row.text, recognizer.find(row.text)) == row.expected);
  }
}

}  // namespace

TEST_CASE("sums with scale words in the six languages") {
  const Row rows[] = {
      {"زيادة التجارة إلى 15 مليار دولار", "MONEY\"15 مليار دولار\"=15000000000 USD"},
      {"revenue of $2.5 billion", "MONEY\"$2.5 billion\"=2500000000 USD"},
      {"a $2.5bn deal and US$ 5 million", "MONEY\"$2.5bn\"=2500000000 USD MONEY\"US$ 5 million\"=5000000 USD"},
      {"инвестиции 2,5 млрд долларов", "MONEY\"2,5 млрд долларов\"=2500000000 USD"},
      {"2,5 млрд. долларов", "MONEY\"2,5 млрд. долларов\"=2500000000 USD"},
      {"бюджет 1,2 миллиард теңге", "MONEY\"1,2 миллиард теңге\"=1200000000 KZT"},
      {"бес миллиард теңгеге", "MONEY\"бес миллиард теңгеге\"=5000000000 KZT"},
      {"۳۰۰ میلیون دلار", "MONEY\"۳۰۰ میلیون دلار\"=300000000 USD"},
      {"۲/۵ میلیارد دلار", "MONEY\"۲/۵ میلیارد دلار\"=2500000000 USD"},
      {"1 млн сомонӣ ва 5 ҳазор сомонӣ", "MONEY\"1 млн сомонӣ\"=1000000 TJS MONEY\"5 ҳазор сомонӣ\"=5000 TJS"},
      {"3 тыс. руб.", "MONEY\"3 тыс. руб.\"=3000 RUB"},
      {"10 млн юаней", "MONEY\"10 млн юаней\"=10000000 CNY"},
      {"٣٠٠ ألف دولار", "MONEY\"٣٠٠ ألف دولار\"=300000 USD"},
  };
  check(rows);
}

TEST_CASE("digits, separators and currencies as news text writes them") {
  const Row rows[] = {
      {"5000 ₸, 5 000 тенге, 15 000 000 теңгеге",
       "MONEY\"5000 ₸\"=5000 KZT MONEY\"5 000 тенге\"=5000 KZT MONEY\"15 000 000 теңгеге\"=15000000 KZT"},
      {"1,500,000 dollars and 1.500.000 euros", "MONEY\"1,500,000 dollars\"=1500000 USD MONEY\"1.500.000 euros\"=1500000 EUR"},
      {"۱٬۵۰۰ دلار و ۲٫۷۵ یورو", "MONEY\"۱٬۵۰۰ دلار\"=1500 USD MONEY\"۲٫۷۵ یورو\"=2.75 EUR"},
      {"40 евро, 40 یورو, 40 يورو, €40, 40 euro",
       "MONEY\"40 евро\"=40 EUR MONEY\"40 یورو\"=40 EUR MONEY\"40 يورو\"=40 EUR MONEY\"€40\"=40 EUR MONEY\"40 euro\"=40 EUR"},
      {"500 рублей и 20 руб. и 7 ₽", "MONEY\"500 рублей\"=500 RUB MONEY\"20 руб.\"=20 RUB MONEY\"7 ₽\"=7 RUB"},
      {"1000 افغانی و 100 afghanis", "MONEY\"1000 افغانی\"=1000 AFN MONEY\"100 afghanis\"=100 AFN"},
      {"USD 100 and 100 KZT", "MONEY\"USD 100\"=100 USD MONEY\"100 KZT\"=100 KZT"},
      {"$0.75 each", "MONEY\"$0.75\"=0.75 USD"},
  };
  check(rows);
}

TEST_CASE("ambiguous currency names resolve as documented") {
  const Row rows[] = {
      // Toman: ten rials, given in IRR.
      {"500 هزار تومان", "MONEY\"500 هزار تومان\"=5000000 IRR"},
      {"۲۰ میلیارد ریال", "MONEY\"۲۰ میلیارد ریال\"=20000000000 IRR"},
      {"10 ريالات", "MONEY\"10 ريالات\"=10 SAR"},
      {"10 ريال و 5 ريال قطري", "MONEY\"10 ريال\"=10 SAR MONEY\"5 ريال قطري\"=5 QAR"},
      {"5 دينار كويتي و 7 دينار", "MONEY\"5 دينار كويتي\"=5 KWD"},
      {"200 сом и 300 узбекских сумов и 5 өзбек сомы", "MONEY\"200 сом\"=200 KGS MONEY\"300 узбекских сумов\"=300 UZS MONEY\"5 өзбек сомы\"=5 UZS"},
      {"100 канадских долларов", "MONEY\"100 канадских долларов\"=100 CAD"},
      {"20 جنيه استرليني و 20 جنيها", "MONEY\"20 جنيه استرليني\"=20 GBP MONEY\"20 جنيها\"=20 EGP"},
  };
  check(rows);
}

TEST_CASE("percentages in the six languages") {
  const Row rows[] = {
      {"رشد ۱۲.۵ درصد و ۲/۵ درصد و ۱۲٫۵٪", "PERCENT\"۱۲.۵ درصد\"=12.5% PERCENT\"۲/۵ درصد\"=2.5% PERCENT\"۱۲٫۵٪\"=12.5%"},
      {"نمو 12.5% و 5 بالمئة و 7 في المائة", "PERCENT\"12.5%\"=12.5% PERCENT\"5 بالمئة\"=5% PERCENT\"7 في المائة\"=7%"},
      {"рост 12,5 процента, 3 процентов", "PERCENT\"12,5 процента\"=12.5% PERCENT\"3 процентов\"=3%"},
      {"30 пайыз, 40 пайызға, отыз пайыз, 5 фоиз",
       "PERCENT\"30 пайыз\"=30% PERCENT\"40 пайызға\"=40% PERCENT\"отыз пайыз\"=30% PERCENT\"5 фоиз\"=5%"},
      {"5 percent, 7 per cent, 10 %", "PERCENT\"5 percent\"=5% PERCENT\"7 per cent\"=7% PERCENT\"10 %\"=10%"},
  };
  check(rows);
}

TEST_CASE("numbers that are not sums stay unread") {
  const Row rows[] = {
      {"в 2024 году 100 человек", ""},
      {"version 1.2.3 dollars", ""},
      {"5 декабря 2025 года", ""},
      {"15 миллион адам", ""},
      {"Европа 5 и 5 Европы", ""},
      {"теңгерім 5 теңгерім", ""},
      {"7 دينار", ""},
      {"dollar 5", ""},
  };
  check(rows);
}
