#include "qalam/corpus.hpp"

#include <algorithm>
#include <unordered_set>

#include "qalam/import_session.hpp"
#include "qalam/jsonl_importer.hpp"
#include "qalam/query.hpp"
#include "qalam/query_evaluator.hpp"
#include "qalam/query_expander.hpp"
#include "qalam/ranker.hpp"
#include "qalam/utf.hpp"

namespace qalam {
namespace {

AnalyzeOptions analyzeOptionsFor(const Document& doc) { return AnalyzeOptions{languageFromCode(doc.lang), true}; }

}  // namespace

Error Corpus::addDocument(Document doc) {
  if (doc.id.empty()) return {ErrorCode::kInvalidArgument, "document has no id"};
  // The analyzer would read invalid sequences as U+FFFD anyway; storing them
  // repaired keeps every string the corpus hands out valid UTF-8.
  for (std::string* field : {&doc.id, &doc.title, &doc.text, &doc.lang, &doc.date, &doc.source}) replaceInvalidUtf8(*field);
  if (byId_.count(doc.id)) return {ErrorCode::kDuplicateId, "duplicate id \"" + doc.id + "\""};
  if (doc.lang.empty()) doc.lang = languageCode(languages_.identify(doc.title + "\n" + doc.text));
  const auto docId = static_cast<DocId>(docs_.size());
  std::vector<Token> title;
  std::vector<Token> text;
  analyzer_.analyze(doc.title, title, 0, analyzeOptionsFor(doc));
  analyzer_.analyze(doc.text, text, 0, analyzeOptionsFor(doc));
  std::vector<TermId> ids;
  index_.addDocument(docId, title, text, &ids);
  std::size_t k = 0;
  for (const auto* field : {&title, &text}) {
    const std::string& source = field == &title ? doc.title : doc.text;
    for (const Token& t : *field) {
      const TermId id = ids[k++];
      if (termKind(t.term) == TermKind::kLoose) continue;
      names_.add(id, t.term, termText(t.term), startsWithCapital(std::string_view(source).substr(t.begin, t.end - t.begin)), keyer_);
    }
  }
  byId_.emplace(doc.id, docId);
  facets_.add(doc);
  docs_.push_back(std::move(doc));
  return {};
}

ImportReport Corpus::addJsonLines(std::string_view fileName, std::string_view bytes) {
  ImportSession session(std::string(fileName), bytes, &readJsonLines);
  session.step(*this, session.total());
  return session.report();
}

ImportReport Corpus::addFile(std::string_view fileName, std::string_view bytes) {
  ImportSession session(std::string(fileName), bytes);
  session.step(*this, session.total());
  return session.report();
}

Explanation Corpus::explain(std::string_view queryText, DocId doc, bool crossScript, Error* error) const {
  const QueryParseResult parsed = prepareQuery(queryText, crossScript);
  if (parsed.error) {
    if (error != nullptr) *error = parsed.error;
    return {};
  }
  return explainDocument(parsed.query, index_, Bm25Scorer(index_), docs_, doc);
}

SearchResults Corpus::search(std::string_view queryText, const SearchOptions& options) const {
  SearchResults results;
  QueryParseResult parsed = prepareQuery(queryText, options.crossScript);
  if (parsed.error) {
    results.error = parsed.error;
    results.errorPosition = parsed.errorPosition;
    return results;
  }
  Query& query = parsed.query;
  if (query.empty() || docs_.empty()) return results;

  const Bm25Scorer bm25(index_);
  std::vector<ScoredDoc> scored;
  if (options.facets) {
    // Facets need every match: evaluate them all, then keep the best.
    scored = evaluateQuery(query, index_, bm25, docs_);
    results.total = static_cast<std::uint32_t>(scored.size());
    std::vector<DocId> all;
    all.reserve(scored.size());
    for (const ScoredDoc& s : scored) all.push_back(s.doc);
    results.facets = facets_.count(all);
    const std::size_t keep = std::min<std::size_t>(options.limit, scored.size());
    // Best score first; equal scores in document order, so results are stable.
    auto better = [](const ScoredDoc& a, const ScoredDoc& b) { return a.score != b.score ? a.score > b.score : a.doc < b.doc; };
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(keep), scored.end(), better);
    scored.resize(keep);
  } else {
    TopDocs top = searchTopDocs(query, index_, bm25, docs_, options.limit, options.countAtLeast);
    results.total = top.total;
    results.totalExact = top.totalExact;
    scored = std::move(top.docs);
  }

  const std::vector<std::string> termList = query.terms();
  const std::unordered_set<std::string> terms(termList.begin(), termList.end());
  for (const ScoredDoc& hit : scored) {
    results.docs.push_back(hit.doc);
    results.scores.push_back(hit.score);
    if (options.snippets) {
      const Document& doc = docs_[hit.doc];
      results.snippets.push_back(makeSnippet(doc.text, analyzer_.analyze(doc.text, analyzeOptionsFor(doc)), terms));
    }
  }
  return results;
}

QueryParseResult Corpus::prepareQuery(std::string_view text, bool crossScript) const {
  QueryParseResult parsed = parseQuery(text, analyzer_);
  if (parsed.error || parsed.query.empty() || docs_.empty()) return parsed;
  ExpansionOptions expansion;
  expansion.crossScript = crossScript;
  expandQuery(parsed.query, Vocabulary{index_, &names_, &keyer_}, expansion);
  return parsed;
}

ConcordanceResult Corpus::concordance(std::string_view queryText, const ConcordanceOptions& options) const {
  QueryParseResult parsed = prepareQuery(queryText, options.crossScript);
  if (parsed.error) return ConcordanceResult{0, false, {}, std::move(parsed.error), parsed.errorPosition};
  if (parsed.query.empty() || docs_.empty()) return {};
  std::vector<DocId> matching;
  const Bm25Scorer bm25(index_);
  for (const ScoredDoc& hit : evaluateQuery(parsed.query, index_, bm25, docs_)) matching.push_back(hit.doc);
  const TextAnalysis analyzeText = [this](const Document& doc) { return analyzer_.analyze(doc.text, analyzeOptionsFor(doc)); };
  return buildConcordance(parsed.query, matching, docs_, analyzeText, options);
}

}  // namespace qalam
