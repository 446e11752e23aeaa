// A loaded collection: its documents, the analyzer and the index over them.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "qalam/analyzer.hpp"
#include "qalam/concordance.hpp"
#include "qalam/document.hpp"
#include "qalam/entity.hpp"
#include "qalam/entity_edits.hpp"
#include "qalam/entity_lexicon.hpp"
#include "qalam/entity_table.hpp"
#include "qalam/error.hpp"
#include "qalam/explain.hpp"
#include "qalam/facets.hpp"
#include "qalam/index.hpp"
#include "qalam/language.hpp"
#include "qalam/name_key_index.hpp"
#include "qalam/query.hpp"
#include "qalam/query_evaluator.hpp"
#include "qalam/snippet.hpp"

namespace qalam {

struct ImportReport {
  std::uint32_t added = 0;
  std::uint32_t skipped = 0;
  std::vector<ImportIssue> issues;
};

struct SearchOptions {
  std::uint32_t limit = 20;
  bool snippets = true;
  // A name typed in one script also finds its spellings in the others; off,
  // the search stays within the scripts typed.
  bool crossScript = true;
  // Counts by language, source, year and month over every match, not only
  // the `limit` returned.
  bool facets = false;
  // Matches counted exactly before the search starts skipping postings that
  // cannot reach the results (then `total` is a lower bound). Facets count
  // every match.
  std::uint32_t countAtLeast = 1000;
  // Hits skipped before the `limit` returned (a later page); snippets are
  // made for the returned hits only.
  std::uint32_t offset = 0;
};

struct SearchResults {
  std::uint32_t total = 0;            // documents matching, before the limit
  bool totalExact = true;             // false: at least `total` (see SearchOptions::countAtLeast)
  std::vector<DocId> docs;            // best first, from SearchOptions::offset
  std::vector<float> scores;
  std::vector<Snippet> snippets;      // parallel to docs when requested
  Facets facets;                      // when requested
  std::vector<FacetCount> entityFacet;  // entity ids by matching documents, when facets are requested
  Error error;
  std::uint32_t errorPosition = 0;    // byte offset into the query
};

struct LoadedCorpus;
struct CorpusEntities;

struct EntityListReport {
  std::uint32_t entities = 0;      // read from the file
  std::vector<ImportIssue> issues;
  Error error;                     // the file could not be read; nothing was added
};

// What editEntities did: how many edits it applied (in order, stopping at
// the first it could not), the entity each one left (merge: the one kept;
// rename: the one renamed; split: the new one), and why it stopped.
struct EntityEditReport {
  std::uint32_t applied = 0;
  std::vector<std::string> ids;
  Error error;
};

enum class SaveMode;  // saved_index.hpp

class Corpus {
 public:
  Corpus();
  ~Corpus();
  Corpus(Corpus&&) noexcept;
  Corpus& operator=(Corpus&&) noexcept;

  // Adds one JSON Lines file. Malformed lines are reported with their line
  // number and skipped; documents already in the corpus are never touched.
  ImportReport addJsonLines(std::string_view fileName, std::string_view bytes);
  // Adds one file of any corpus format (corpus_format.hpp), told by its name
  // and first bytes; reported as addJsonLines reports.
  ImportReport addFile(std::string_view fileName, std::string_view bytes);
  // Adds one document; an empty id or an id already present is refused. A
  // document without `lang` gets the language identified from its text.
  Error addDocument(Document doc);
  // Packs the index's recent postings (ImportSession calls it when a file is in).
  void compactIndex() { index_.compact(); }

  SearchResults search(std::string_view query, const SearchOptions& options = {}) const;
  // Why `doc` scores as it does for `query` (a cold path). A malformed query
  // comes back as `error`.
  Explanation explain(std::string_view query, DocId doc, bool crossScript, Error* error = nullptr) const;
  // Every occurrence of the query's words in the text of the documents it
  // matches, as keyword-in-context lines (concordance.hpp).
  ConcordanceResult concordance(std::string_view query, const ConcordanceOptions& options = {}) const;
  // How many of those lines each matching document gives, without making
  // them (a timeline's counts).
  OccurrenceCounts occurrenceCounts(std::string_view query, bool crossScript = true) const;

  // Entities. Documents get their mentions extracted as they are added
  // (names from the lexicon and by rules, dates, sums, percentages). The
  // gazetteer (gazetteer.bin) and entity lists feed the lexicon; adding a
  // list re-extracts the documents already in the corpus, unless
  // `reextract` is false: a corpus loaded from a saved index keeps the
  // entities it was saved with, and only needs the lexicon back for new
  // documents and for filters by alias.
  Error loadGazetteer(std::string_view bytes, bool reextract = true);
  EntityListReport addEntityList(std::string_view fileName, std::string_view bytes, LexiconSource source,
                                 bool reextract = true);
  // Off: documents added from now on get no entities (faster imports).
  void setEntityExtraction(bool on);
  const EntityTable& entities() const;
  const EntityLexicon& lexicon() const;
  // The mentions in a document's title and text (found again: a cold path).
  struct DocumentMentions {
    std::vector<Mention> title;
    std::vector<Mention> text;
  };
  DocumentMentions documentMentions(DocId doc) const;
  // A person's corrections (entity_edits.hpp): merges and renames change
  // the entity table at once; a split extracts the documents again. Every
  // edit joins a log that is saved with the index and replayed on every
  // mention extracted later (new documents, a new list, re-indexing).
  EntityEditReport editEntities(std::string_view json);
  EntityEditReport editEntities(std::vector<EntityEdit> edits);
  const std::vector<EntityEdit>& entityEdits() const;
  // Documents mentioning the entity a person:/org:/place: filter names: by
  // id, by an alias the lexicon knows, or as written in some document.
  std::vector<DocId> entityDocuments(const FieldFilter& filter) const;

  std::uint32_t size() const { return static_cast<std::uint32_t>(docs_.size()); }
  const Document& document(DocId doc) const { return docs_[doc]; }
  const InvertedIndex& index() const { return index_; }
  const Analyzer& analyzer() const;

 private:
  friend std::vector<std::uint8_t> saveCorpus(const Corpus& corpus, SaveMode mode);
  friend LoadedCorpus loadCorpus(std::string_view bytes);

  // The query parsed and, when neither it nor the corpus is empty, expanded
  // against the vocabulary; search and concordance start from it.
  QueryParseResult prepareQuery(std::string_view text, bool crossScript) const;

  LanguageIdentifier languages_;
  InvertedIndex index_;
  NameKeyIndex names_;
  FacetTable facets_;
  std::vector<Document> docs_;
  std::unordered_map<std::string, DocId> byId_;
  // The analyzer and name keyer too (index, queries and entities share
  // them), behind a pointer so that the lexicon's reference survives moves.
  std::unique_ptr<CorpusEntities> entities_;

  void extractEntities(DocId doc);
  void reextractEntities();
  Error applyEntityEdit(EntityEdit& edit);
  // After the table was rebuilt: ids merged away find their entity again and
  // renamed entities get their names back.
  void restoreEntityEdits();
  EntityDocuments entityResolver() const;
};

}  // namespace qalam
