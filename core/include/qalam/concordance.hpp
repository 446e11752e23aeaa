// A concordance (keyword in context): every occurrence of a query's words in
// the text of the documents the query matches, one line each, with a few
// words of context on either side, sortable by the words around the match.
//
// Left and right are logical, not visual: "left" is the text that precedes
// the match in reading order, "right" the text that follows. In a Persian or
// Arabic line the left context is therefore displayed to the RIGHT of the
// match and the right context to its left; `rightToLeft` tells the display
// which way round to lay a line out. Core does no bidi layout. Sorting by 1L
// always means the logically preceding word, whatever the script.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "qalam/document.hpp"
#include "qalam/error.hpp"
#include "qalam/facets.hpp"
#include "qalam/index.hpp"
#include "qalam/query.hpp"
#include "qalam/token.hpp"

namespace qalam {

struct ConcordanceLine {
  DocId doc = 0;
  std::uint32_t position = 0;  // word ordinal (in the text) of the match's first word
  // UTF-8 text taken verbatim from the document, punctuation and spaces kept.
  // `left` runs from the start of the farthest context word to the match,
  // `right` from the match to the end of the farthest context word, so
  // left + match + right is a contiguous slice of the text.
  std::string left;
  std::string match;
  std::string right;
  std::uint32_t matchBegin = 0;  // UTF-8 byte offsets of `match` in the document text
  std::uint32_t matchEnd = 0;
  // Normalized exact forms of the context words, nearest first.
  std::vector<std::string> leftWords;
  std::vector<std::string> rightWords;
  bool rightToLeft = false;  // the document is in Arabic script (fa, ar)
};

// kDocument: corpus order, then position. k2L: by the second word before the
// match (logically), k1R: by the first word after it, and so on. Words
// compare as normalized exact forms, byte-wise (code point order, not a
// locale's collation); a missing word (text edge) sorts first. Ties keep
// corpus order, then position.
enum class ConcordanceSort : std::uint8_t { kDocument, k1L, k2L, k3L, k1R, k2R, k3R };

// "doc", "1L", "2L", "3L", "1R", "2R", "3R" (case-insensitive L/R).
std::optional<ConcordanceSort> parseConcordanceSort(std::string_view text);

struct ConcordanceOptions {
  std::uint32_t context = 5;  // words on each side
  ConcordanceSort sort = ConcordanceSort::kDocument;
  std::uint32_t offset = 0;   // into the sorted occurrences
  std::uint32_t limit = 50;   // lines returned at most
  bool crossScript = true;    // as SearchOptions::crossScript
  // Occurrences collected at most, in corpus order; past this `truncated` is
  // set and sorting and paging see only the first ones.
  std::uint32_t maxOccurrences = 100000;
};

struct ConcordanceResult {
  std::uint32_t total = 0;  // occurrences collected (at most maxOccurrences)
  bool truncated = false;   // more occurrences exist than were collected
  std::vector<ConcordanceLine> lines;  // the page [offset, offset + limit)
  Error error;
  std::uint32_t errorPosition = 0;  // byte offset into the query
};

// The analyzer's tokens of a document's text, exactly as it was indexed.
using TextAnalysis = std::function<std::vector<Token>(const Document&)>;

// The concordance of `query` (parsed and expanded) over the text of the
// `matching` documents (increasing DocId). An occurrence is a run of words
// matched by one of the query's words or phrases outside a NOT (title:
// words aside: the concordance reads the text only); overlapping runs merge.
// Corpus::concordance parses, expands and evaluates, then calls this.
ConcordanceResult buildConcordance(const Query& query, const std::vector<DocId>& matching,
                                   const std::vector<Document>& documents, const TextAnalysis& analyze,
                                   const ConcordanceOptions& options);

// How many concordance lines each matching document gives, without the
// lines: what a timeline of a query needs. Documents whose text holds no
// occurrence (matched by title or a filter only) are left out.
struct OccurrenceCounts {
  std::vector<DocId> docs;             // increasing
  std::vector<std::uint32_t> counts;   // parallel to docs
  std::uint64_t total = 0;             // the sum of counts
  Error error;
  std::uint32_t errorPosition = 0;     // byte offset into the query
};

// The occurrences of `query` (parsed and expanded) in each of the `matching`
// documents (increasing DocId), counted as buildConcordance finds them.
OccurrenceCounts countOccurrences(const Query& query, const std::vector<DocId>& matching,
                                  const std::vector<Document>& documents, const TextAnalysis& analyze);

// Occurrences added up by their documents' month ("2024-08") and year
// ("2024"), in time order, from dates that start YYYY-MM or YYYY (a year
// alone counts for its year only); occurrences in other documents are
// `undated`.
struct OccurrencePeriods {
  std::vector<FacetCount> months;
  std::vector<FacetCount> years;
  std::uint64_t undated = 0;
};
OccurrencePeriods occurrencesByPeriod(const OccurrenceCounts& counts,
                                      const std::function<std::string_view(DocId)>& dateOf);

}  // namespace qalam
