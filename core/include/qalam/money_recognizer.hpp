// Finds sums of money and percentages in news text in Persian, Arabic,
// Kazakh, Russian, Tajik and English. Mention::entityId holds the value:
// MONEY "15000000000 USD" (the amount as an integer, or with a decimal point
// when it has a fraction, then the ISO 4217 code), PERCENT "12.5%".
// One left-to-right pass over the text's code points.
#pragma once

#include <string_view>
#include <vector>

#include "qalam/entity.hpp"

namespace qalam {

class MoneyRecognizer {
 public:
  // MONEY and PERCENT mentions in text order, never overlapping.
  std::vector<Mention> find(std::string_view utf8Text) const;
};

}  // namespace qalam
