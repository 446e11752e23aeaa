// The Corpus class: bulk import of one UTF-8 buffer per file, document access.
// Cold paths, so reports and documents travel as JSON.
#include <nlohmann/json.hpp>
#include <string>

#include "bindings.hpp"
#include "json_values.hpp"
#include "qalam/concordance.hpp"
#include "qalam/corpus_format.hpp"
#include "qalam/corpus.hpp"
#include "qalam/import_session.hpp"
#include "qalam/saved_index.hpp"
#include "qalam/utf.hpp"
#include "search_hits.hpp"

namespace qalam::wasm {
namespace {

std::string reportJson(const ImportReport& report) {
  return dumpJson({{"added", report.added}, {"skipped", report.skipped}, {"issues", issuesJson(report.issues)}});
}

// `bytes` arrives from a Uint8Array (or a string) without per-document calls.
std::string addJsonLines(Corpus& corpus, const std::string& fileName, const std::string& bytes) {
  return reportJson(corpus.addJsonLines(fileName, bytes));
}

// Any supported format, chosen by the file name and first bytes.
std::string addFile(Corpus& corpus, const std::string& fileName, const std::string& bytes) {
  return reportJson(corpus.addFile(fileName, bytes));
}

// Counts by language, source, year and month over every match of `query`;
// a query that does not parse gives {error: {code, message, position}}.
std::string facetsJson(const Corpus& corpus, const std::string& query, bool crossScript) {
  SearchOptions options;
  options.limit = 1;
  options.snippets = false;
  options.facets = true;
  options.crossScript = crossScript;
  const SearchResults results = corpus.search(query, options);
  if (results.error) {
    // As searchDocuments reports it: the position as a UTF-16 index.
    std::vector<std::uint32_t> position{results.errorPosition};
    utf8ToUtf16Offsets(query, position);
    return dumpJson({{"error",
                      {{"code", errorCodeName(results.error.code)},
                       {"message", results.error.message},
                       {"position", position[0]}}}});
  }
  auto counts = [](const std::vector<FacetCount>& list) {
    nlohmann::json out = nlohmann::json::array();
    for (const FacetCount& c : list) out.push_back({{"value", c.value}, {"count", c.count}});
    return out;
  };
  return dumpJson({{"total", results.total},
                   {"lang", counts(results.facets.lang)},
                   {"source", counts(results.facets.source)},
                   {"year", counts(results.facets.year)},
                   {"month", counts(results.facets.month)},
                   {"entity", counts(results.entityFacet)}});
}

// A file read at once and indexed in batches: the worker steps it between
// messages and posts progress.
std::unique_ptr<ImportSession> openImport(const std::string& fileName, const std::string& bytes) {
  return std::make_unique<ImportSession>(fileName, bytes);
}

// The same with a field mapping: `fields` is {id, title, text, lang, date,
// source}, each an optional key or column name (corpus_format.hpp); other
// properties and values that are not strings are ignored.
std::unique_ptr<ImportSession> openMappedImport(const std::string& fileName, const std::string& bytes, val fields) {
  FieldMapping mapping;
  if (!fields.isUndefined() && !fields.isNull()) {
    for (const std::string_view field : kMappedFields) {
      const val key = fields[std::string(field)];
      if (key.isString()) *mappedKey(mapping, field) = key.as<std::string>();
    }
  }
  return std::make_unique<ImportSession>(fileName, bytes, mapping);
}

std::uint32_t stepImport(ImportSession& session, Corpus& corpus, std::uint32_t maxDocuments) {
  return session.step(corpus, maxDocuments);
}

std::string importReportJson(const ImportSession& session) { return reportJson(session.report()); }

// Concordance lines as JSON. `options`: {context, sort ("doc", "1L".."3R"),
// offset, limit, crossScript}, each optional.
std::string concordanceJson(const Corpus& corpus, const std::string& query, val options) {
  ConcordanceOptions o;
  auto number = [&](const char* key, std::uint32_t fallback) {
    const val v = options[key];
    return v.isNumber() ? v.as<std::uint32_t>() : fallback;
  };
  if (!options.isUndefined() && !options.isNull()) {
    o.context = std::min<std::uint32_t>(number("context", o.context), 50);
    o.offset = number("offset", o.offset);
    o.limit = std::min<std::uint32_t>(number("limit", o.limit), 10000);
    if (options["crossScript"].isTrue() || options["crossScript"].isFalse()) o.crossScript = options["crossScript"].as<bool>();
    if (options["sort"].isString()) {
      const auto sort = parseConcordanceSort(options["sort"].as<std::string>());
      if (!sort) return dumpJson({{"error", {{"code", "invalid-argument"}, {"message", "sort takes doc, 1L, 2L, 3L, 1R, 2R or 3R"}}}});
      o.sort = *sort;
    }
  }
  const ConcordanceResult result = corpus.concordance(query, o);
  if (result.error) {
    return dumpJson({{"error", {{"code", errorCodeName(result.error.code)}, {"message", result.error.message}}}});
  }
  nlohmann::json lines = nlohmann::json::array();
  for (const ConcordanceLine& line : result.lines) {
    lines.push_back({{"doc", line.doc},
                     {"id", corpus.document(line.doc).id},
                     {"position", line.position},
                     {"left", line.left},
                     {"match", line.match},
                     {"right", line.right},
                     {"direction", line.rightToLeft ? "rtl" : "ltr"}});
  }
  return dumpJson({{"total", result.total}, {"truncated", result.truncated}, {"lines", lines}});
}

// Why `doc` scores as it does for `query`, as JSON (a cold path).
std::string explainJson(const Corpus& corpus, const std::string& query, std::uint32_t doc, bool crossScript) {
  Error error;
  const Explanation e = corpus.explain(query, doc, crossScript, &error);
  if (error) return dumpJson({{"error", {{"code", errorCodeName(error.code)}, {"message", error.message}}}});
  nlohmann::json terms = nlohmann::json::array();
  for (const TermExplanation& t : e.terms) {
    terms.push_back({{"word", t.word},
                     {"term", t.term},
                     {"titleFrequency", t.titleFrequency},
                     {"textFrequency", t.textFrequency},
                     {"documentFrequency", t.documentFrequency},
                     {"idf", t.idf},
                     {"weight", t.weight},
                     {"score", t.score},
                     {"counted", t.counted}});
  }
  return dumpJson({{"matched", e.matched}, {"score", e.score}, {"terms", terms}});
}

// The saved index as a Uint8Array owned by JavaScript (copied out of wasm
// memory): compact (sections compressed) or uncompressed (quicker to save
// and to load, for copies within a session).
val savedBytes(const Corpus& corpus, SaveMode mode) {
  const std::vector<std::uint8_t> bytes = saveCorpus(corpus, mode);
  val out = val::global("Uint8Array").new_(bytes.size());
  out.call<void>("set", val(emscripten::typed_memory_view(bytes.size(), bytes.data())));
  return out;
}
val save(const Corpus& corpus) { return savedBytes(corpus, SaveMode::kCompact); }
val saveUncompressed(const Corpus& corpus) { return savedBytes(corpus, SaveMode::kFast); }

// Replaces this corpus with a saved one; on any error the corpus is unchanged
// and the error comes back as a value.
val loadFrom(Corpus& corpus, const std::string& bytes) {
  LoadedCorpus loaded = loadCorpus(bytes);
  if (loaded.error) return errorValue(loaded.error);
  corpus = std::move(*loaded.corpus);
  return val::null();
}

// A JavaScript-owned copy of a vector, so no view into wasm memory escapes.
val copiedArray(const char* type, const std::vector<std::uint32_t>& values) {
  val out = val::global(type).new_(values.size());
  out.call<void>("set", val(emscripten::typed_memory_view(values.size(), values.data())));
  return out;
}

// Occurrences of `query` per matching document (the timeline's counts):
// {docs: Uint32Array, counts: Uint32Array, total, months, years:
// [{value, count}], undated, error: null | {code, message}}.
val occurrenceCounts(const Corpus& corpus, const std::string& query, bool crossScript) {
  const OccurrenceCounts counts = corpus.occurrenceCounts(query, crossScript);
  const OccurrencePeriods periods =
      occurrencesByPeriod(counts, [&corpus](DocId doc) { return std::string_view(corpus.document(doc).date); });
  const auto list = [](const std::vector<FacetCount>& counted) {
    val out = val::array();
    for (const FacetCount& c : counted) {
      val entry = val::object();
      entry.set("value", c.value);
      entry.set("count", c.count);
      out.call<void>("push", entry);
    }
    return out;
  };
  val out = val::object();
  out.set("docs", copiedArray("Uint32Array", counts.docs));
  out.set("counts", copiedArray("Uint32Array", counts.counts));
  out.set("total", static_cast<double>(counts.total));
  out.set("months", list(periods.months));
  out.set("years", list(periods.years));
  out.set("undated", static_cast<double>(periods.undated));
  if (counts.error) {
    std::vector<std::uint32_t> position{counts.errorPosition};
    utf8ToUtf16Offsets(query, position);
    out.set("error", errorValue(counts.error, static_cast<int>(position[0])));
  } else {
    out.set("error", val::null());
  }
  return out;
}

std::string documentJson(const Corpus& corpus, std::uint32_t doc) {
  if (doc >= corpus.size()) return "null";
  const Document& d = corpus.document(doc);
  return dumpJson({{"id", d.id}, {"title", d.title}, {"text", d.text}, {"lang", d.lang}, {"date", d.date}, {"source", d.source}});
}

// Hits [offset, offset + limit) with highlighted snippets for those only, so
// any page of results is highlighted.
SearchHits searchPage(const Corpus& corpus, const std::string& query, std::uint32_t offset, std::uint32_t limit,
                      bool crossScript) {
  SearchOptions options;
  options.offset = offset;
  options.limit = limit;
  options.crossScript = crossScript;
  return SearchHits(query, corpus.search(query, options));
}

SearchHits search(const Corpus& corpus, const std::string& query, std::uint32_t limit, bool crossScript) {
  SearchOptions options;
  options.limit = limit;
  options.crossScript = crossScript;
  return SearchHits(query, corpus.search(query, options));
}

// Ranked documents without snippets (no document is analyzed again): for
// callers that only need ids and scores, such as exports and benchmarks.
SearchHits searchDocuments(const Corpus& corpus, const std::string& query, std::uint32_t limit, bool crossScript) {
  SearchOptions options;
  options.limit = limit;
  options.crossScript = crossScript;
  options.snippets = false;
  return SearchHits(query, corpus.search(query, options));
}

}  // namespace
}  // namespace qalam::wasm

EMSCRIPTEN_BINDINGS(qalam_corpus) {
  using namespace qalam;
  emscripten::class_<ImportSession>("ImportSession")
      .constructor(&wasm::openImport)
      .constructor(&wasm::openMappedImport)
      .function("step", &wasm::stepImport)
      .function("total", &ImportSession::total)
      .function("done", &ImportSession::done)
      .function("reportJson", &wasm::importReportJson);
  emscripten::class_<Corpus> corpus("Corpus");
  wasm::bindCorpusEntities(corpus);
  corpus.constructor<>()
      .function("addJsonLines", &wasm::addJsonLines)
      .function("addFile", &wasm::addFile)
      .function("facets", &wasm::facetsJson)
      .function("concordance", &wasm::concordanceJson)
      .function("explain", &wasm::explainJson)
      .function("save", &wasm::save)
      .function("saveUncompressed", &wasm::saveUncompressed)
      .function("loadFrom", &wasm::loadFrom)
      .function("size", &Corpus::size)
      .function("documentJson", &wasm::documentJson)
      .function("search", &wasm::search)
      .function("searchPage", &wasm::searchPage)
      .function("occurrenceCounts", &wasm::occurrenceCounts)
      .function("searchDocuments", &wasm::searchDocuments);
}
