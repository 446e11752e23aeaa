// Currency names, signs and codes of the six languages, each mapped to its
// ISO 4217 code, and the percent words.
#pragma once

#include <optional>
#include <string_view>

#include "scanned_text.hpp"

namespace qalam::entities {

struct CurrencyMatch {
  std::string_view code;  // ISO 4217: "USD", "KZT", ...
  std::size_t last = 0;   // its last token
  // The Iranian toman is ten rials; ISO 4217 has no code for it, so sums in
  // tomans are given in IRR and multiplied by this.
  int factor = 1;
};

// The currency written at token `i`, as a name after an amount ("долларов",
// "تومان", "теңгеге", "دينار كويتي") or a sign or code ("$", "₸", "USD").
// Ambiguous names resolve as docs/ENTITIES.md says: bare "сом" is the Kyrgyz
// som, an Arabic "ريال" the Saudi riyal and a Persian "ریال" the Iranian
// rial; a bare "دينار" names no currency and gives nullopt.
std::optional<CurrencyMatch> matchCurrency(const ScannedText& text, std::size_t i);

// A currency sign or code that is written before the amount: "$", "US$",
// "€", "USD" (its last token).
std::optional<CurrencyMatch> matchCurrencyBefore(const ScannedText& text, std::size_t i);

// The percent word or sign at token `i`: %, ٪, درصد, بالمئة, في المائة,
// процентов, пайыз, фоиз, percent, per cent. Returns its last token.
std::optional<std::size_t> matchPercent(const ScannedText& text, std::size_t i);

}  // namespace qalam::entities
