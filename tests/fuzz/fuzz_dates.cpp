// Dates, sums and percentages. Bytes before the first NUL are the anchor
// date, the rest the text (no NUL: all text, no anchor).
#include <cstring>

#include "fuzz_support.hpp"
#include "qalam/date_recognizer.hpp"
#include "qalam/money_recognizer.hpp"

namespace {

void checkMentions(const std::vector<qalam::Mention>& mentions, std::string_view text) {
  std::uint32_t previousEnd = 0;
  for (const qalam::Mention& m : mentions) {
    qalam::fuzz::require(m.begin < m.end && m.end <= text.size(), "a mention outside the text");
    qalam::fuzz::require(m.begin >= previousEnd, "mentions out of order or overlapping");
    qalam::fuzz::require(m.text == text.substr(m.begin, m.end - m.begin), "a mention's text is not the text it spans");
    qalam::fuzz::require(!m.entityId.empty(), "a mention without a value");
    qalam::fuzz::require(m.confidence >= 0.0f && m.confidence <= 1.0f, "a confidence outside 0..1");
    previousEnd = m.end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace qalam;
  static const DateRecognizer dates;
  static const MoneyRecognizer money;
  const std::string_view bytes = fuzz::asText(data, size);
  const std::size_t nul = bytes.find('\0');
  const std::string_view anchor = nul == std::string_view::npos ? std::string_view{} : bytes.substr(0, nul);
  const std::string_view text = nul == std::string_view::npos ? bytes : bytes.substr(nul + 1);

  checkMentions(dates.find(text, anchor), text);
  checkMentions(money.find(text), text);
  return 0;
}
