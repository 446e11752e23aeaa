#include "qalam/import_session.hpp"

#include <algorithm>

#include "qalam/corpus_format.hpp"

namespace qalam {

ImportSession::ImportSession(std::string fileName, std::string_view bytes, CorpusFileReader read)
    : fileName_(std::move(fileName)) {
  if (read == nullptr) read = &readCorpusFile;
  issues_ = read(fileName_, bytes, [&](Document&& doc, std::uint32_t line) { queue_.emplace_back(std::move(doc), line); });
}

ImportSession::ImportSession(std::string fileName, std::string_view bytes, const FieldMapping& fields)
    : fileName_(std::move(fileName)) {
  issues_ = readCorpusFile(fileName_, bytes, [&](Document&& doc, std::uint32_t line) { queue_.emplace_back(std::move(doc), line); },
                           fields);
}

std::uint32_t ImportSession::step(Corpus& corpus, std::uint32_t maxDocuments) {
  const std::size_t end = std::min(queue_.size(), next_ + maxDocuments);
  for (; next_ < end; ++next_) {
    auto& [doc, line] = queue_[next_];
    if (Error error = corpus.addDocument(std::move(doc))) {
      issues_.push_back(ImportIssue{fileName_, line, error.code, error.message, true});
    } else {
      ++added_;
    }
    doc = Document{};  // the corpus holds it now; free the queue's copy
  }
  if (next_ == queue_.size()) corpus.compactIndex();
  return static_cast<std::uint32_t>(queue_.size() - next_);
}

ImportReport ImportSession::report() const {
  ImportReport report;
  report.added = added_;
  report.issues = issues_;
  std::stable_sort(report.issues.begin(), report.issues.end(),
                   [](const ImportIssue& a, const ImportIssue& b) { return a.line < b.line; });
  report.skipped = static_cast<std::uint32_t>(
      std::count_if(report.issues.begin(), report.issues.end(), [](const ImportIssue& i) { return i.skipped; }));
  return report;
}

}  // namespace qalam
