// An import done in steps, so that a page can show progress and stay
// responsive: the file is read (parsed and checked) at once, its documents
// are indexed a batch at a time. Corpus::addFile is one session run to the end.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "qalam/corpus.hpp"
#include "qalam/corpus_format.hpp"

namespace qalam {

using CorpusFileReader = std::vector<ImportIssue> (*)(std::string_view fileName, std::string_view bytes,
                                                      const std::function<void(Document&&, std::uint32_t)>& sink);

class ImportSession {
 public:
  // Reads `bytes` now with `read` (by default: the format told by the name).
  ImportSession(std::string fileName, std::string_view bytes, CorpusFileReader read = nullptr);
  // Reads `bytes` now, told by the name, each field from the key or column
  // `fields` names (corpus_format.hpp).
  ImportSession(std::string fileName, std::string_view bytes, const FieldMapping& fields);

  // Adds up to `maxDocuments` of the documents read to `corpus` (a document
  // whose id is taken is refused and reported); returns how many remain.
  std::uint32_t step(Corpus& corpus, std::uint32_t maxDocuments);

  std::uint32_t total() const { return static_cast<std::uint32_t>(queue_.size()); }  // documents read
  std::uint32_t done() const { return static_cast<std::uint32_t>(next_); }           // added or refused
  // The report so far: issues of reading and refusals, sorted by line.
  ImportReport report() const;

 private:
  std::string fileName_;
  std::vector<std::pair<Document, std::uint32_t>> queue_;  // document, line
  std::size_t next_ = 0;
  std::vector<ImportIssue> issues_;
  std::uint32_t added_ = 0;
};

}  // namespace qalam
