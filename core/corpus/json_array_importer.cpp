#include "qalam/json_array_importer.hpp"

#include <string>

#include "import_mapped_keys.hpp"
#include "qalam/jsonl_importer.hpp"

namespace qalam {
namespace {

// Splits the array into its top-level elements without parsing them: a
// string-aware bracket counter, iterative, so depth costs no stack and every
// element gets its own line and its own issue.
class ArrayScanner {
 public:
  explicit ArrayScanner(std::string_view bytes) : bytes_(bytes) {}

  bool atEnd() const { return pos_ >= bytes_.size(); }
  char peek() const { return bytes_[pos_]; }
  std::size_t position() const { return pos_; }
  std::uint32_t line() const { return line_; }

  void advance() {
    if (bytes_[pos_] == '\n') ++line_;
    ++pos_;
  }
  void skipSpace() {
    while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) advance();
  }

  struct Element {
    std::string_view text;        // trailing white space removed
    std::uint32_t maxDepth = 0;   // of its brackets, its own included
    bool lineBreakInString = false;
    bool complete = true;         // false when the file ends inside it
  };

  // Reads from here to the ',' or ']' that ends the element (left unread),
  // or to the end of the file.
  Element scanElement() {
    Element element;
    const std::size_t start = pos_;
    std::uint32_t depth = 0;
    bool inString = false;
    bool escaped = false;
    for (; !atEnd(); advance()) {
      const char c = peek();
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          inString = false;
        } else if (c == '\n' || c == '\r') {
          element.lineBreakInString = true;
        }
        continue;
      }
      if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        ++depth;
        if (depth > element.maxDepth) element.maxDepth = depth;
      } else if ((c == ']' || c == '}') && depth > 0) {
        --depth;
      } else if (depth == 0 && (c == ',' || c == ']')) {
        break;
      }
    }
    element.complete = !inString && depth == 0;
    element.text = bytes_.substr(start, pos_ - start);
    while (!element.text.empty() && (element.text.back() == ' ' || element.text.back() == '\t' ||
                                      element.text.back() == '\n' || element.text.back() == '\r')) {
      element.text.remove_suffix(1);
    }
    return element;
  }

 private:
  std::string_view bytes_;
  std::size_t pos_ = 0;
  std::uint32_t line_ = 1;
};

ImportIssue issueAt(std::string_view fileName, std::uint32_t line, std::string message, bool skipped = true) {
  return ImportIssue{std::string(fileName), line, ErrorCode::kMalformedRecord, std::move(message), skipped};
}

// Why an element cannot be read, or empty when it can.
std::string elementProblem(const ArrayScanner::Element& element) {
  std::string problem;
  if (element.maxDepth > kMaxJsonDepth) {
    problem = "nested deeper than ";
    problem += std::to_string(kMaxJsonDepth);
    problem += " levels: not read";
  } else if (!element.complete) {
    problem = "the file ends inside this element";
  } else if (element.lineBreakInString) {
    problem = "not valid JSON: line break inside a string";
  } else if (element.text.front() != '{') {
    problem = "expected a JSON object";
  }
  return problem;
}

// An element folded onto one line is exactly one JSON Lines record, so the
// fields, their checks and the warnings stay those of the JSON Lines reader.
void readElement(std::string_view fileName, std::string_view text, std::uint32_t line,
                 const std::array<std::string, kMappedFields.size()>& keys, MappedKeysFound& found,
                 const DocumentSink& sink, std::vector<ImportIssue>& issues) {
  std::string record(text);
  for (char& c : record) {
    if (c == '\n' || c == '\r') c = ' ';  // white space here: breaks inside strings were refused
  }
  std::vector<ImportIssue> read = readJsonRecords(
      fileName, record, [&](Document&& doc, std::uint32_t) { sink(std::move(doc), line); }, keys, found);
  for (ImportIssue& issue : read) {
    issue.line = line;
    issues.push_back(std::move(issue));
  }
}

std::vector<ImportIssue> readArrayElements(std::string_view fileName, std::string_view bytes, const DocumentSink& sink,
                                           const std::array<std::string, kMappedFields.size()>& keys,
                                           MappedKeysFound& found) {
  std::vector<ImportIssue> issues;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  ArrayScanner scanner(bytes);
  scanner.skipSpace();
  if (scanner.atEnd()) return issues;
  if (scanner.peek() != '[') {
    issues.push_back(issueAt(fileName, scanner.line(),
                             scanner.peek() == '{' ? "a JSON object, not an array of objects: nothing read"
                                                   : "not a JSON array: nothing read"));
    return issues;
  }
  scanner.advance();
  bool afterComma = false;
  for (;;) {
    scanner.skipSpace();
    if (scanner.atEnd()) {
      issues.push_back(issueAt(fileName, scanner.line(), "the file ends before the array's closing ']'", false));
      break;
    }
    if (scanner.peek() == ']') {
      if (afterComma) issues.push_back(issueAt(fileName, scanner.line(), "no element after the last ','", false));
      scanner.advance();
      scanner.skipSpace();
      if (!scanner.atEnd()) {
        issues.push_back(issueAt(fileName, scanner.line(), "content after the array's closing ']': not read"));
      }
      break;
    }
    if (scanner.peek() == ',') {
      issues.push_back(issueAt(fileName, scanner.line(), "empty element: no value before ','", false));
      scanner.advance();
      afterComma = true;
      continue;
    }
    const std::uint32_t line = scanner.line();
    const ArrayScanner::Element element = scanner.scanElement();
    if (std::string problem = elementProblem(element); !problem.empty()) {
      issues.push_back(issueAt(fileName, line, std::move(problem)));
    } else {
      readElement(fileName, element.text, line, keys, found, sink, issues);
    }
    if (!element.complete) break;  // the rest of the file belongs to this element
    afterComma = !scanner.atEnd() && scanner.peek() == ',';
    if (afterComma) scanner.advance();
  }
  return issues;
}

}  // namespace

std::vector<ImportIssue> readJsonArray(std::string_view fileName, std::string_view bytes,
                                       const std::function<void(Document&&, std::uint32_t)>& sink) {
  return readJsonArray(fileName, bytes, sink, FieldMapping{});
}

std::vector<ImportIssue> readJsonArray(std::string_view fileName, std::string_view bytes,
                                       const std::function<void(Document&&, std::uint32_t)>& sink,
                                       const FieldMapping& fields) {
  const auto keys = jsonKeys(fields);
  return readWithMapping(fileName, fields, sink, [&](const DocumentSink& into, MappedKeysFound& found) {
    return readArrayElements(fileName, bytes, into, keys, found);
  });
}

}  // namespace qalam
