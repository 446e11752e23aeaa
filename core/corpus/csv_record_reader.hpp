// Splits CSV (RFC 4180) into records, shared by the article importer and the
// entity-list reader: a quoted field may span lines, so a record is known by
// the line it starts on.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace qalam {

class CsvRecordReader {
 public:
  enum class Status { kRecord, kEnd, kUnclosedQuote };

  CsvRecordReader(std::string_view bytes, char delimiter) : bytes_(bytes), delimiter_(delimiter) {}

  // Reads the next non-blank record into `fields`; `firstLine` is the line it
  // starts on.
  Status next(std::vector<std::string>& fields, std::uint32_t& firstLine) {
    skipBlankLines();
    firstLine = line_;
    fields.clear();
    if (pos_ >= bytes_.size()) return Status::kEnd;
    for (;;) {
      std::string field;
      if (pos_ < bytes_.size() && bytes_[pos_] == '"' && !readQuoted(field)) return Status::kUnclosedQuote;
      readUnquoted(field);  // the whole field, or what follows a closing quote
      fields.push_back(std::move(field));
      if (pos_ >= bytes_.size()) return Status::kRecord;
      if (bytes_[pos_] == delimiter_) {
        ++pos_;
        continue;
      }
      endLine();
      return Status::kRecord;
    }
  }

 private:
  bool atLineEnd() const {
    return bytes_[pos_] == '\n' || (bytes_[pos_] == '\r' && pos_ + 1 < bytes_.size() && bytes_[pos_ + 1] == '\n');
  }
  void endLine() {
    pos_ += bytes_[pos_] == '\r' ? 2 : 1;
    ++line_;
  }
  void skipBlankLines() {
    while (pos_ < bytes_.size() && atLineEnd()) endLine();
  }
  // From the opening quote through the closing one; `""` is a quote.
  bool readQuoted(std::string& field) {
    for (++pos_; pos_ < bytes_.size(); ++pos_) {
      const char c = bytes_[pos_];
      if (c == '"') {
        if (pos_ + 1 < bytes_.size() && bytes_[pos_ + 1] == '"') {
          field += '"';
          ++pos_;
          continue;
        }
        ++pos_;
        return true;
      }
      if (c == '\n') ++line_;
      field += c;
    }
    return false;
  }
  // Up to the delimiter or the end of the line; quotes here are plain text.
  void readUnquoted(std::string& field) {
    const std::size_t start = pos_;
    while (pos_ < bytes_.size() && bytes_[pos_] != delimiter_ && !atLineEnd()) ++pos_;
    field.append(bytes_.substr(start, pos_ - start));
  }

  std::string_view bytes_;
  char delimiter_;
  std::size_t pos_ = 0;
  std::uint32_t line_ = 1;
};

// The candidate the header's first line holds most of, outside quotes; ties
// go to the earlier candidate, no candidate at all means one column.
inline char detectDelimiter(std::string_view bytes) {
  const std::array<char, 3> candidates = {',', ';', '\t'};
  std::array<std::size_t, 3> counts = {};
  bool inQuotes = false;
  for (const char c : bytes) {
    if (c == '"') inQuotes = !inQuotes;
    if (inQuotes) continue;
    if (c == '\n') break;
    for (std::size_t i = 0; i < candidates.size(); ++i) counts[i] += c == candidates[i] ? 1 : 0;
  }
  std::size_t best = 0;
  for (std::size_t i = 1; i < candidates.size(); ++i) {
    if (counts[i] > counts[best]) best = i;
  }
  return candidates[best];
}

}  // namespace qalam
