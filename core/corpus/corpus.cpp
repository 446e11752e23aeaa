#include "qalam/corpus.hpp"

#include <algorithm>
#include <iterator>
#include <unordered_set>

#include "corpus_entities.hpp"
#include "qalam/entity_list.hpp"
#include "qalam/gazetteer.hpp"
#include "qalam/import_session.hpp"
#include "qalam/jsonl_importer.hpp"
#include "qalam/query.hpp"
#include "qalam/query_evaluator.hpp"
#include "qalam/query_expander.hpp"
#include "qalam/ranker.hpp"
#include "qalam/utf.hpp"

namespace qalam {
namespace {

// A document's language is always known once imported (given, or
// identified): one of the six gets its stemmer, any other none.
AnalyzeOptions analyzeOptionsFor(const Document& doc) {
  return AnalyzeOptions{languageFromCode(doc.lang), true, doc.lang.empty()};
}

std::string_view monthOf(std::string_view date) {
  const bool iso = date.size() >= 7 && date[4] == '-' &&
                   std::all_of(date.begin(), date.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
  return iso ? date.substr(0, 7) : std::string_view();
}

std::vector<EntityType> typesOf(FieldFilter::Field field) {
  switch (field) {
    case FieldFilter::Field::kPerson: return {EntityType::kPerson};
    case FieldFilter::Field::kOrganization: return {EntityType::kOrganization};
    case FieldFilter::Field::kPlace: return {EntityType::kGeopolitical, EntityType::kLocation, EntityType::kFacility};
    default: break;
  }
  return {};
}

}  // namespace

Corpus::Corpus() : entities_(std::make_unique<CorpusEntities>()) {}
Corpus::~Corpus() = default;
Corpus::Corpus(Corpus&&) noexcept = default;
Corpus& Corpus::operator=(Corpus&&) noexcept = default;

void Corpus::extractEntities(DocId doc) {
  CorpusEntities& e = *entities_;
  const Document& d = docs_[doc];
  std::vector<Mention> mentions;
  if (e.enabled) {
    const Language language = languageFromCode(d.lang);
    mentions = e.extractor().extract(d.title, language, d.date);
    for (Mention& m : e.extractor().extract(d.text, language, d.date)) mentions.push_back(std::move(m));
  }
  const auto normalize = [&e](std::string_view s) { return e.analyzer.normalize(s); };
  if (!e.edits.empty()) {
    for (Mention& m : mentions) {
      if (!m.entityId.empty()) e.edits.apply(m, normalize(m.text));
    }
  }
  e.table.addDocument(doc, mentions, monthOf(d.date), normalize);
  // Entities are shown by the name a person gave them, else the lexicon's.
  for (const auto& [entity, count] : e.table.entitiesOf(doc)) {
    const std::string& id = e.table.record(entity).id;
    std::optional<std::string> name = e.edits.empty() ? std::nullopt : e.edits.nameOf(id);
    if (!name) {
      const auto known = e.lexicon.find(id);
      if (known && !e.lexicon.entity(*known).name.empty()) name = e.lexicon.entity(*known).name;
    }
    if (name && (!e.table.named(entity) || e.table.record(entity).name != *name)) e.table.setName(entity, std::move(*name));
  }
}

EntityDocuments Corpus::entityResolver() const {
  return [this](const FieldFilter& f) { return entityDocuments(f); };
}

Error Corpus::loadGazetteer(std::string_view bytes, bool reextract) {
  GazetteerLoad load = readGazetteer(bytes);
  if (load.error) return load.error;
  for (LexiconEntity& entity : load.entities) entities_->lexicon.add(std::move(entity));
  entities_->lexiconChanged();
  if (reextract) reextractEntities();
  return {};
}

EntityListReport Corpus::addEntityList(std::string_view fileName, std::string_view bytes, LexiconSource source,
                                       bool reextract) {
  EntityListRead read = readEntityList(fileName, bytes, source);
  EntityListReport report;
  report.issues = std::move(read.issues);
  report.error = std::move(read.error);
  if (report.error) return report;
  report.entities = static_cast<std::uint32_t>(read.entities.size());
  for (LexiconEntity& entity : read.entities) entities_->lexicon.add(std::move(entity));
  entities_->lexiconChanged();
  if (reextract) reextractEntities();
  return report;
}

void Corpus::reextractEntities() {
  entities_->table = EntityTable{};
  for (DocId d = 0; d < docs_.size(); ++d) extractEntities(d);
  restoreEntityEdits();
}

void Corpus::setEntityExtraction(bool on) { entities_->enabled = on; }
const EntityTable& Corpus::entities() const { return entities_->table; }
const Analyzer& Corpus::analyzer() const { return entities_->analyzer; }
const EntityLexicon& Corpus::lexicon() const { return entities_->lexicon; }

Corpus::DocumentMentions Corpus::documentMentions(DocId doc) const {
  DocumentMentions out;
  if (doc >= docs_.size()) return out;
  const Document& d = docs_[doc];
  const Language language = languageFromCode(d.lang);
  out.title = entities_->extractor().extract(d.title, language, d.date);
  out.text = entities_->extractor().extract(d.text, language, d.date);
  return out;
}

std::vector<DocId> Corpus::entityDocuments(const FieldFilter& filter) const {
  const std::vector<EntityType> types = typesOf(filter.field);
  const EntityTable& table = entities_->table;
  const EntityLexicon& lexicon = entities_->lexicon;
  std::vector<EntityIndex> found;
  if (const auto e = table.find(filter.value)) found.push_back(*e);
  // An alias the lexicon knows, covering the whole value, in any script.
  const std::vector<WordSpan> words = lexicon.words(filter.value, Language::kOther);
  if (const auto match = lexicon.longestMatch(words, 0); match && match->words == words.size()) {
    for (const std::uint32_t k : match->entities) {
      if (const auto e = table.find(lexicon.entity(k).id)) found.push_back(*e);
    }
  }
  if (const auto* written = table.bySurface(entities_->analyzer.normalize(filter.value))) {
    found.insert(found.end(), written->begin(), written->end());
  }
  std::vector<DocId> docs;
  for (const EntityIndex e : found) {
    if (std::find(types.begin(), types.end(), table.record(e).type) == types.end()) continue;
    const std::vector<std::uint32_t>& more = table.documentsOf(e);
    std::vector<DocId> merged;
    std::set_union(docs.begin(), docs.end(), more.begin(), more.end(), std::back_inserter(merged));
    docs.swap(merged);
  }
  return docs;
}

Error Corpus::addDocument(Document doc) {
  if (doc.id.empty()) return {ErrorCode::kInvalidArgument, "document has no id"};
  // The analyzer would read invalid sequences as U+FFFD anyway; storing them
  // repaired keeps every string the corpus hands out valid UTF-8.
  for (std::string* field : {&doc.id, &doc.title, &doc.text, &doc.lang, &doc.date, &doc.source}) replaceInvalidUtf8(*field);
  if (byId_.count(doc.id)) return {ErrorCode::kDuplicateId, "duplicate id \"" + doc.id + "\""};
  if (doc.lang.empty()) doc.lang = languageCode(languages_.identify(doc.title + "\n" + doc.text));
  const auto docId = static_cast<DocId>(docs_.size());
  std::vector<TermToken> title;
  std::vector<TermToken> text;
  entities_->analyzer.analyze(doc.title, index_, title, 0, analyzeOptionsFor(doc));
  entities_->analyzer.analyze(doc.text, index_, text, 0, analyzeOptionsFor(doc));
  index_.addDocument(docId, title, text);
  for (const auto* field : {&title, &text}) {
    const std::string& source = field == &title ? doc.title : doc.text;
    for (const TermToken& t : *field) {
      if (t.kind == TermKind::kLoose || names_.seen(t.term)) continue;
      const std::string_view term = index_.term(t.term);
      names_.add(t.term, term, termText(term), startsWithCapital(std::string_view(source).substr(t.begin, t.end - t.begin)),
                 entities_->keyer);
    }
  }
  byId_.emplace(doc.id, docId);
  facets_.add(doc);
  docs_.push_back(std::move(doc));
  extractEntities(docId);
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
  return explainDocument(parsed.query, index_, Bm25Scorer(index_), docs_, doc, entityResolver());
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
    scored = evaluateQuery(query, index_, bm25, docs_, entityResolver());
    results.total = static_cast<std::uint32_t>(scored.size());
    std::vector<DocId> all;
    all.reserve(scored.size());
    for (const ScoredDoc& s : scored) all.push_back(s.doc);
    results.facets = facets_.count(all);
    std::sort(all.begin(), all.end());
    results.entityFacet = entities_->table.facet(all, 50);
    const std::size_t keep = std::min<std::size_t>(std::size_t{options.offset} + options.limit, scored.size());
    // Best score first; equal scores in document order, so results are stable.
    auto better = [](const ScoredDoc& a, const ScoredDoc& b) { return a.score != b.score ? a.score > b.score : a.doc < b.doc; };
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(keep), scored.end(), better);
    scored.resize(keep);
  } else {
    TopDocs top = searchTopDocs(query, index_, bm25, docs_, std::size_t{options.offset} + options.limit,
                                options.countAtLeast, entityResolver());
    results.total = top.total;
    results.totalExact = top.totalExact;
    scored = std::move(top.docs);
  }
  scored.erase(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(options.offset, scored.size())));

  const std::vector<std::string> termList = query.terms();
  const std::unordered_set<std::string> terms(termList.begin(), termList.end());
  for (const ScoredDoc& hit : scored) {
    results.docs.push_back(hit.doc);
    results.scores.push_back(hit.score);
    if (options.snippets) {
      const Document& doc = docs_[hit.doc];
      results.snippets.push_back(makeSnippet(doc.text, entities_->analyzer.analyze(doc.text, analyzeOptionsFor(doc)), terms));
    }
  }
  return results;
}

QueryParseResult Corpus::prepareQuery(std::string_view text, bool crossScript) const {
  QueryParseResult parsed = parseQuery(text, entities_->analyzer);
  if (parsed.error || parsed.query.empty() || docs_.empty()) return parsed;
  ExpansionOptions expansion;
  expansion.crossScript = crossScript;
  expandQuery(parsed.query, Vocabulary{index_, &names_, &entities_->keyer}, expansion);
  return parsed;
}

ConcordanceResult Corpus::concordance(std::string_view queryText, const ConcordanceOptions& options) const {
  QueryParseResult parsed = prepareQuery(queryText, options.crossScript);
  if (parsed.error) return ConcordanceResult{0, false, {}, std::move(parsed.error), parsed.errorPosition};
  if (parsed.query.empty() || docs_.empty()) return {};
  std::vector<DocId> matching;
  const Bm25Scorer bm25(index_);
  for (const ScoredDoc& hit : evaluateQuery(parsed.query, index_, bm25, docs_, entityResolver())) matching.push_back(hit.doc);
  const TextAnalysis analyzeText = [this](const Document& doc) { return entities_->analyzer.analyze(doc.text, analyzeOptionsFor(doc)); };
  return buildConcordance(parsed.query, matching, docs_, analyzeText, options);
}

OccurrenceCounts Corpus::occurrenceCounts(std::string_view queryText, bool crossScript) const {
  QueryParseResult parsed = prepareQuery(queryText, crossScript);
  OccurrenceCounts counts;
  if (parsed.error) {
    counts.error = std::move(parsed.error);
    counts.errorPosition = parsed.errorPosition;
    return counts;
  }
  if (parsed.query.empty() || docs_.empty()) return counts;
  std::vector<DocId> matching;
  const Bm25Scorer bm25(index_);
  for (const ScoredDoc& hit : evaluateQuery(parsed.query, index_, bm25, docs_, entityResolver())) matching.push_back(hit.doc);
  std::sort(matching.begin(), matching.end());
  const TextAnalysis analyzeText = [this](const Document& doc) { return entities_->analyzer.analyze(doc.text, analyzeOptionsFor(doc)); };
  return countOccurrences(parsed.query, matching, docs_, analyzeText);
}

}  // namespace qalam
