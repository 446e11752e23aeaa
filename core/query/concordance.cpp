#include "qalam/concordance.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_set>

#include "match_finder.hpp"
#include "qalam/language.hpp"

namespace qalam {
namespace {

// One word or phrase of the query: for each of its words, the terms that
// match it. A phrase's words must stand at consecutive positions.
struct Pattern {
  std::vector<std::unordered_set<std::string>> words;
};

std::unordered_set<std::string> termsOf(const QueryPart& part) {
  std::unordered_set<std::string> terms;
  for (const WeightedTerm& t : part.terms) terms.insert(t.term);
  return terms;
}

// Words outside a NOT, in the text (title: words match titles only). An
// alternative that is not a phrase matches each of its words anywhere.
void collectPatterns(const QueryNode& node, std::vector<Pattern>& out) {
  if (node.kind == QueryNode::Kind::kNot) return;
  if (node.kind == QueryNode::Kind::kMatch && !node.titleOnly) {
    for (const QueryAlternative& alternative : node.clause.alternatives) {
      if (alternative.phrase) {
        Pattern phrase;
        for (const QueryPart& part : alternative.parts) phrase.words.push_back(termsOf(part));
        out.push_back(std::move(phrase));
        continue;
      }
      for (const QueryPart& part : alternative.parts) out.push_back(Pattern{{termsOf(part)}});
    }
  }
  for (const QueryNode& child : node.children) collectPatterns(child, out);
}

// A run of matched words [first, last] (indices into the word list) and the
// bytes to mark, from the first word's matching token to the last's.
struct Span {
  std::uint32_t first;
  std::uint32_t last;
  std::uint32_t begin;
  std::uint32_t end;
};

std::vector<Span> findSpans(const std::vector<TextWord>& words, const std::vector<Token>& tokens,
                            const std::vector<Pattern>& patterns) {
  std::vector<Span> spans;
  for (const Pattern& pattern : patterns) {
    const std::size_t n = pattern.words.size();
    for (std::size_t i = 0; n > 0 && i + n <= words.size(); ++i) {
      const Token* firstHit = nullptr;
      const Token* lastHit = nullptr;
      for (std::size_t j = 0; j < n; ++j) {
        const TextWord& w = words[i + j];
        lastHit = w.position == words[i].position + j ? findMatchingToken(w, tokens, pattern.words[j]) : nullptr;
        if (!lastHit) break;
        if (j == 0) firstHit = lastHit;
      }
      if (!lastHit) continue;
      spans.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + n - 1), firstHit->begin, lastHit->end});
    }
  }
  std::sort(spans.begin(), spans.end(),
            [](const Span& a, const Span& b) { return a.first != b.first ? a.first < b.first : a.last < b.last; });
  std::vector<Span> merged;
  for (const Span& s : spans) {
    if (merged.empty() || s.first > merged.back().last) {
      merged.push_back(s);
      continue;
    }
    Span& m = merged.back();
    m.last = std::max(m.last, s.last);
    m.begin = std::min(m.begin, s.begin);
    m.end = std::max(m.end, s.end);
  }
  return merged;
}

// The word's exact form: its widest unmarked token (covid-19 over covid).
const std::string& exactForm(const TextWord& word, const std::vector<Token>& tokens) {
  const Token* best = &tokens[word.firstToken];
  for (std::uint32_t i = word.firstToken; i < word.endToken; ++i) {
    const Token& t = tokens[i];
    if (termKind(t.term) == TermKind::kExact && t.end - t.begin > best->end - best->begin) best = &t;
  }
  return best->term;
}

// Where the sort key lies: words before (negative) or after the match.
int sortOffset(ConcordanceSort sort) {
  switch (sort) {
    case ConcordanceSort::kDocument: return 0;
    case ConcordanceSort::k1L: return -1;
    case ConcordanceSort::k2L: return -2;
    case ConcordanceSort::k3L: return -3;
    case ConcordanceSort::k1R: return 1;
    case ConcordanceSort::k2R: return 2;
    case ConcordanceSort::k3R: return 3;
  }
  return 0;
}

std::string sortKey(const Span& span, int offset, const std::vector<TextWord>& words, const std::vector<Token>& tokens) {
  if (offset < 0) {
    const auto back = static_cast<std::uint32_t>(-offset);
    return span.first >= back ? exactForm(words[span.first - back], tokens) : std::string();
  }
  const auto ahead = static_cast<std::uint32_t>(offset);
  return span.last + ahead < words.size() ? exactForm(words[span.last + ahead], tokens) : std::string();
}

struct Occurrence {
  DocId doc;
  Span span;
  std::string key;  // empty unless sorting by a context word
};

// Persian and Arabic documents; a document of unknown language by the script
// of its first word that is not an ASCII number.
bool isArabicScript(const Document& doc, const std::vector<Token>& tokens) {
  const Language language = languageFromCode(doc.lang);
  if (language == Language::kPersian || language == Language::kArabic) return true;
  if (language != Language::kOther) return false;
  for (const Token& t : tokens) {
    const auto lead = static_cast<unsigned char>(t.term.empty() ? '0' : t.term[0]);
    if (lead >= '0' && lead <= '9') continue;
    return (lead >= 0xD8 && lead <= 0xDB) || lead == 0xDD;  // U+0600–06FF, U+0750–077F
  }
  return false;
}

// text[from, to) with every run of more than kMaxGapBytes bytes outside the
// words shown as " … ", so that words far apart in a hostile text (100,000
// spaces between them) still make a short line. Words overlapping `from` or
// `to` are kept whole within the range.
std::string boundedContext(std::string_view text, const std::vector<TextWord>& words, std::uint32_t first,
                           std::uint32_t last, std::uint32_t from, std::uint32_t to) {
  constexpr std::uint32_t kMaxGapBytes = 80;
  std::string out;
  std::uint32_t at = from;
  const auto gap = [&](std::uint32_t end) {
    if (end <= at) return;
    if (end - at > kMaxGapBytes) {
      out += " \u2026 ";
    } else {
      out += text.substr(at, end - at);
    }
    at = end;
  };
  for (std::uint32_t k = first; k <= last && k < words.size(); ++k) {
    const std::uint32_t b = std::max(words[k].begin, at);
    const std::uint32_t e = std::min(words[k].end, to);
    if (e <= b) continue;
    gap(b);
    out += text.substr(b, e - b);
    at = e;
  }
  gap(to);
  return out;
}

ConcordanceLine makeLine(const Document& doc, const Occurrence& o, const std::vector<TextWord>& words,
                         const std::vector<Token>& tokens, std::uint32_t context) {
  const std::string_view text = doc.text;
  const Span& s = o.span;
  ConcordanceLine line;
  line.doc = o.doc;
  line.position = words[s.first].position;
  line.matchBegin = s.begin;
  line.matchEnd = s.end;
  line.match = text.substr(s.begin, s.end - s.begin);
  const std::uint32_t lo = s.first - std::min(s.first, context);
  const auto hi = static_cast<std::uint32_t>(std::min<std::size_t>(std::size_t{s.last} + context, words.size() - 1));
  const std::uint32_t leftBegin = lo < s.first ? std::min(words[lo].begin, s.begin) : s.begin;
  const std::uint32_t rightEnd = hi > s.last ? std::max(words[hi].end, s.end) : s.end;
  line.left = lo < s.first ? boundedContext(text, words, lo, s.first - 1, leftBegin, s.begin) : std::string();
  line.right = hi > s.last ? boundedContext(text, words, s.last + 1, hi, s.end, rightEnd) : std::string();
  for (std::uint32_t k = s.first; k > lo; --k) line.leftWords.push_back(exactForm(words[k - 1], tokens));
  for (std::uint32_t k = s.last + 1; k <= hi; ++k) line.rightWords.push_back(exactForm(words[k], tokens));
  line.rightToLeft = isArabicScript(doc, tokens);
  return line;
}

}  // namespace

std::optional<ConcordanceSort> parseConcordanceSort(std::string_view text) {
  if (text == "doc") return ConcordanceSort::kDocument;
  if (text.size() != 2 || text[0] < '1' || text[0] > '3') return std::nullopt;
  const int distance = text[0] - '0';
  if (text[1] == 'L' || text[1] == 'l') {
    return distance == 1 ? ConcordanceSort::k1L : distance == 2 ? ConcordanceSort::k2L : ConcordanceSort::k3L;
  }
  if (text[1] == 'R' || text[1] == 'r') {
    return distance == 1 ? ConcordanceSort::k1R : distance == 2 ? ConcordanceSort::k2R : ConcordanceSort::k3R;
  }
  return std::nullopt;
}

ConcordanceResult buildConcordance(const Query& query, const std::vector<DocId>& matching,
                                   const std::vector<Document>& documents, const TextAnalysis& analyze,
                                   const ConcordanceOptions& options) {
  ConcordanceResult result;
  std::vector<Pattern> patterns;
  collectPatterns(query.root, patterns);
  if (patterns.empty()) return result;
  const int keyOffset = sortOffset(options.sort);

  // Every occurrence, in corpus order; only the sort key is kept, the lines
  // of the page are cut afterwards.
  std::vector<Occurrence> occurrences;
  for (const DocId doc : matching) {
    const std::vector<Token> tokens = analyze(documents[doc]);
    const std::vector<TextWord> words = groupWords(tokens);
    for (const Span& span : findSpans(words, tokens, patterns)) {
      if (occurrences.size() >= options.maxOccurrences) {
        result.truncated = true;
        break;
      }
      occurrences.push_back({doc, span, keyOffset == 0 ? std::string() : sortKey(span, keyOffset, words, tokens)});
    }
    if (result.truncated) break;
  }
  result.total = static_cast<std::uint32_t>(occurrences.size());
  if (keyOffset != 0) {
    std::stable_sort(occurrences.begin(), occurrences.end(),
                     [](const Occurrence& a, const Occurrence& b) { return a.key < b.key; });
  }

  const std::size_t begin = std::min<std::size_t>(options.offset, occurrences.size());
  const std::size_t end = begin + std::min<std::size_t>(options.limit, occurrences.size() - begin);
  result.lines.resize(end - begin);
  // Analyze each document of the page once, however its lines are spread.
  std::vector<std::size_t> byDoc(end - begin);
  for (std::size_t i = 0; i < byDoc.size(); ++i) byDoc[i] = begin + i;
  std::stable_sort(byDoc.begin(), byDoc.end(),
                   [&](std::size_t a, std::size_t b) { return occurrences[a].doc < occurrences[b].doc; });
  std::vector<Token> tokens;
  std::vector<TextWord> words;
  for (std::size_t k = 0; k < byDoc.size(); ++k) {
    const Occurrence& o = occurrences[byDoc[k]];
    if (k == 0 || occurrences[byDoc[k - 1]].doc != o.doc) {
      tokens = analyze(documents[o.doc]);
      words = groupWords(tokens);
    }
    result.lines[byDoc[k] - begin] = makeLine(documents[o.doc], o, words, tokens, options.context);
  }
  return result;
}

OccurrenceCounts countOccurrences(const Query& query, const std::vector<DocId>& matching,
                                  const std::vector<Document>& documents, const TextAnalysis& analyze) {
  OccurrenceCounts result;
  std::vector<Pattern> patterns;
  collectPatterns(query.root, patterns);
  if (patterns.empty()) return result;
  for (const DocId doc : matching) {
    const std::vector<Token> tokens = analyze(documents[doc]);
    const auto count = static_cast<std::uint32_t>(findSpans(groupWords(tokens), tokens, patterns).size());
    if (count == 0) continue;
    result.docs.push_back(doc);
    result.counts.push_back(count);
    result.total += count;
  }
  return result;
}

namespace {

bool digits(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<FacetCount> inTimeOrder(const std::map<std::string, std::uint64_t>& counts) {
  std::vector<FacetCount> out;
  out.reserve(counts.size());
  for (const auto& [value, count] : counts) {
    out.push_back(FacetCount{value, static_cast<std::uint32_t>(std::min<std::uint64_t>(count, UINT32_MAX))});
  }
  return out;
}

}  // namespace

OccurrencePeriods occurrencesByPeriod(const OccurrenceCounts& counts,
                                      const std::function<std::string_view(DocId)>& dateOf) {
  std::map<std::string, std::uint64_t> months;
  std::map<std::string, std::uint64_t> years;
  OccurrencePeriods out;
  for (std::size_t i = 0; i < counts.docs.size(); ++i) {
    const std::string_view date = dateOf(counts.docs[i]);
    const std::uint32_t n = counts.counts[i];
    if (date.size() < 4 || !digits(date.substr(0, 4))) {
      out.undated += n;
      continue;
    }
    years[std::string(date.substr(0, 4))] += n;
    if (date.size() >= 7 && date[4] == '-' && digits(date.substr(5, 2))) months[std::string(date.substr(0, 7))] += n;
  }
  out.months = inTimeOrder(months);
  out.years = inTimeOrder(years);
  return out;
}

}  // namespace qalam
