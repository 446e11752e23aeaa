#include "qalam/corpus.hpp"

#include <algorithm>
#include <unordered_set>

#include "qalam/jsonl_importer.hpp"
#include "qalam/query.hpp"
#include "qalam/ranker.hpp"

namespace qalam {

Error Corpus::addDocument(Document doc) {
  if (doc.id.empty()) return {ErrorCode::kInvalidArgument, "document has no id"};
  if (byId_.count(doc.id)) return {ErrorCode::kDuplicateId, "duplicate id \"" + doc.id + "\""};
  if (doc.lang.empty()) doc.lang = languageCode(languages_.identify(doc.title + "\n" + doc.text));
  const auto docId = static_cast<DocId>(docs_.size());
  std::vector<Token> title;
  std::vector<Token> text;
  analyzer_.analyze(doc.title, title);
  analyzer_.analyze(doc.text, text);
  index_.addDocument(docId, title, text);
  byId_.emplace(doc.id, docId);
  docs_.push_back(std::move(doc));
  return {};
}

ImportReport Corpus::addJsonLines(std::string_view fileName, std::string_view bytes) {
  ImportReport report;
  std::vector<ImportIssue> duplicates;
  report.issues = readJsonLines(fileName, bytes, [&](Document&& doc, std::uint32_t line) {
    if (Error error = addDocument(std::move(doc))) {
      duplicates.push_back(ImportIssue{std::string(fileName), line, error.code, error.message});
    } else {
      ++report.added;
    }
  });
  report.issues.insert(report.issues.end(), duplicates.begin(), duplicates.end());
  std::stable_sort(report.issues.begin(), report.issues.end(),
                   [](const ImportIssue& a, const ImportIssue& b) { return a.line < b.line; });
  report.skipped = static_cast<std::uint32_t>(report.issues.size());
  return report;
}

namespace {

// Whether the positions of consecutive phrase terms line up in one document.
bool phraseOccurs(const std::vector<const std::uint32_t*>& starts, const std::vector<std::uint32_t>& counts) {
  for (std::uint32_t k = 0; k < counts[0]; ++k) {
    const std::uint32_t first = starts[0][k];
    bool all = true;
    for (std::size_t t = 1; t < starts.size() && all; ++t) {
      all = std::binary_search(starts[t], starts[t] + counts[t], first + static_cast<std::uint32_t>(t));
    }
    if (all) return true;
  }
  return false;
}

}  // namespace

SearchResults Corpus::search(std::string_view queryText, const SearchOptions& options) const {
  SearchResults results;
  QueryParseResult parsed = parseQuery(queryText, analyzer_);
  if (parsed.error) {
    results.error = parsed.error;
    results.errorPosition = parsed.errorPosition;
    return results;
  }
  const Query& query = parsed.query;
  if (query.empty() || docs_.empty()) return results;

  // Every term of every clause must exist; collect the lists once.
  struct TermList {
    const PostingList* list;
    double idf;
  };
  std::vector<std::vector<TermList>> clauses;
  const Bm25Scorer scorer(index_);
  for (const QueryClause& clause : query.clauses) {
    std::vector<TermList> lists;
    for (const std::string& term : clause.terms) {
      const PostingList* list = index_.find(term);
      if (list == nullptr) return results;
      lists.push_back({list, scorer.idf(list->size())});
    }
    clauses.push_back(std::move(lists));
  }

  // Conjunctive document-at-a-time walk driven by the rarest list.
  std::vector<TermList> all;
  for (const auto& lists : clauses) all.insert(all.end(), lists.begin(), lists.end());
  const auto rarest = std::min_element(all.begin(), all.end(), [](const TermList& a, const TermList& b) {
    return a.list->size() < b.list->size();
  });
  std::vector<std::size_t> cursor(all.size(), 0);
  std::vector<std::pair<float, DocId>> scored;
  for (const DocId doc : rarest->list->docs) {
    bool matches = true;
    for (std::size_t t = 0; t < all.size() && matches; ++t) {
      const auto& docs = all[t].list->docs;
      cursor[t] = static_cast<std::size_t>(std::lower_bound(docs.begin() + static_cast<std::ptrdiff_t>(cursor[t]), docs.end(), doc) - docs.begin());
      matches = cursor[t] < docs.size() && docs[cursor[t]] == doc;
    }
    if (!matches) continue;
    std::size_t t = 0;
    for (std::size_t c = 0; c < clauses.size() && matches; ++c) {
      if (query.clauses[c].phrase) {
        std::vector<const std::uint32_t*> starts;
        std::vector<std::uint32_t> counts;
        for (std::size_t k = 0; k < clauses[c].size(); ++k) {
          starts.push_back(all[t + k].list->positionsOf(cursor[t + k]));
          counts.push_back(all[t + k].list->positionCount(cursor[t + k]));
        }
        matches = phraseOccurs(starts, counts);
      }
      t += clauses[c].size();
    }
    if (!matches) continue;
    double score = 0.0;
    for (std::size_t k = 0; k < all.size(); ++k) score += scorer.score(*all[k].list, cursor[k], all[k].idf);
    scored.emplace_back(static_cast<float>(score), doc);
  }

  results.total = static_cast<std::uint32_t>(scored.size());
  const std::size_t keep = std::min<std::size_t>(options.limit, scored.size());
  // Best score first; equal scores in document order, so results are stable.
  auto better = [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; };
  std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(keep), scored.end(), better);
  scored.resize(keep);

  std::unordered_set<std::string> terms;
  for (const QueryClause& clause : query.clauses) terms.insert(clause.terms.begin(), clause.terms.end());
  for (const auto& [score, doc] : scored) {
    results.docs.push_back(doc);
    results.scores.push_back(score);
    if (options.snippets) {
      const std::string& text = docs_[doc].text;
      results.snippets.push_back(makeSnippet(text, analyzer_.analyze(text), terms));
    }
  }
  return results;
}

}  // namespace qalam
