// What the fuzz targets share: a check that aborts (so libFuzzer saves the
// input) when a documented promise of a parser is broken, and the checks
// every importer's documents must pass.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "qalam/corpus.hpp"
#include "qalam/document.hpp"
#include "qalam/error.hpp"
#include "qalam/utf.hpp"

namespace qalam::fuzz {

// A broken promise is a crash as far as fuzzing goes: print why and abort.
inline void require(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
}

inline std::string_view asText(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Importers replace invalid UTF-8, so every field they sink must be valid;
// line numbers are 1-based and never past the file's last line.
inline void checkDocument(const Document& doc, std::uint32_t line, std::string_view bytes) {
  for (const std::string* field : {&doc.id, &doc.title, &doc.text, &doc.lang, &doc.date, &doc.source}) {
    require(findInvalidUtf8(*field) == std::string_view::npos, "a sunk document holds invalid UTF-8");
  }
  std::size_t lines = 1;
  for (char c : bytes) lines += c == '\n' || c == '\r';  // an upper bound whatever the line ends
  require(line >= 1 && line <= lines, "a document's line is outside the file");
}

inline void checkIssues(const std::vector<ImportIssue>& issues, std::string_view bytes) {
  std::size_t lines = 1;
  for (char c : bytes) lines += c == '\n' || c == '\r';
  for (const ImportIssue& issue : issues) {
    require(issue.line <= lines, "an issue's line is outside the file");
    require(!issue.message.empty(), "an issue without a message");
  }
}

// A tiny corpus in four scripts whose words the queries' operators can hit.
inline std::unique_ptr<Corpus> makeTinyCorpus() {
  auto corpus = std::make_unique<Corpus>();
  const std::string_view jsonl =
      R"({"id":"a1","title":"Water talks in Almaty","text":"Almaty hosted water talks on the Aral Sea with Tokayev.","lang":"en","date":"2024-08-09","source":"Desk one"})"
      "\n"
      R"({"id":"a2","title":"Алматы су","text":"В Алматы 5 декабря обсудили воду Аральского моря; бюджет 15 млн долларов.","lang":"ru","date":"2024-12-05","source":"Desk two"})"
      "\n"
      R"({"id":"a3","title":"آب آلماتی","text":"نشست آب در آلماتی در سال ۲۰۲۴ برگزار شد و ۱۲ درصد بودجه افزایش یافت.","lang":"fa","date":"2025-01-15"})"
      "\n"
      R"({"id":"a4","text":"Тоқаев Астанада су туралы айтты. Қазақстан 2024 жылы.","lang":"kk"})"
      "\n";
  const ImportReport report = corpus->addJsonLines("tiny.jsonl", jsonl);
  require(report.added == 4, "the tiny fuzz corpus did not load");
  return corpus;
}

}  // namespace qalam::fuzz
