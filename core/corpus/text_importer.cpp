#include "qalam/text_importer.hpp"

#include <algorithm>
#include <string>

#include "qalam/utf.hpp"

namespace qalam {
namespace {

constexpr std::size_t kNoOffset = std::string_view::npos;

// "a/b/story.txt" -> "story"; a leading dot is part of the name, as in ".notes".
std::string_view fileStem(std::string_view fileName) {
  if (const std::size_t slash = fileName.find_last_of("/\\"); slash != std::string_view::npos) {
    fileName.remove_prefix(slash + 1);
  }
  if (const std::size_t dot = fileName.rfind('.'); dot != std::string_view::npos && dot > 0) {
    fileName = fileName.substr(0, dot);
  }
  return fileName;
}

std::uint32_t lineAt(std::string_view text, std::size_t offset) {
  return 1 + static_cast<std::uint32_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

// The first line with anything but white space on it, trimmed.
std::string firstLineAsTitle(std::string_view text) {
  const std::size_t begin = text.find_first_not_of(" \t\r\n\v\f");
  if (begin == std::string_view::npos) return {};
  std::string_view line = text.substr(begin, text.find('\n', begin) - begin);  // npos: to the end
  if (line.size() > kMaxTextTitleBytes) {
    std::size_t cut = kMaxTextTitleBytes;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    line = line.substr(0, cut);
  }
  while (!line.empty() && isSpace(line.back())) line.remove_suffix(1);
  return std::string(line);
}

ImportIssue issueAt(std::string_view fileName, std::uint32_t line, ErrorCode code, std::string message, bool skipped) {
  return ImportIssue{std::string(fileName), line, code, std::move(message), skipped};
}

}  // namespace

// Converts UTF-16 (BOM already removed) to UTF-8. Unpaired surrogates and an
// odd last byte become U+FFFD; returns how many, and where the first one went.
std::size_t utf16ToUtf8(std::string_view bytes, bool bigEndian, std::string& out, std::size_t& firstReplaced) {
  const auto unitAt = [&](std::size_t i) {
    const auto first = static_cast<unsigned char>(bytes[i]);
    const auto second = static_cast<unsigned char>(bytes[i + 1]);
    return static_cast<char32_t>(bigEndian ? (first << 8 | second) : (second << 8 | first));
  };
  std::size_t replaced = 0;
  const auto replace = [&] {
    if (replaced++ == 0) firstReplaced = out.size();
    appendUtf8(out, 0xFFFD);
  };
  out.reserve(bytes.size() * 3 / 2);
  std::size_t i = 0;
  for (; i + 1 < bytes.size(); i += 2) {
    const char32_t unit = unitAt(i);
    if (unit >= 0xD800 && unit < 0xDC00 && i + 3 < bytes.size()) {
      const char32_t low = unitAt(i + 2);
      if (low >= 0xDC00 && low < 0xE000) {
        appendUtf8(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
        i += 2;
        continue;
      }
    }
    if (unit >= 0xD800 && unit < 0xE000) {
      replace();
    } else {
      appendUtf8(out, unit);
    }
  }
  if (i < bytes.size()) replace();
  return replaced;
}

Document documentFromText(std::string_view fileName, std::string_view bytes, std::vector<ImportIssue>& issues) {
  Document doc;
  std::size_t replaced = 0;
  std::size_t firstReplaced = kNoOffset;
  const char* encoding = "UTF-8";
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
    encoding = "UTF-16";
    replaced = utf16ToUtf8(bytes.substr(2), bytes[0] == '\xFE', doc.text, firstReplaced);
  } else if (bytes.find('\0') != std::string_view::npos) {
    issues.push_back(issueAt(fileName, 0, ErrorCode::kMalformedRecord, "looks binary, not text (NUL bytes): not read", true));
    return doc;
  } else {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    firstReplaced = findInvalidUtf8(bytes);
    doc.text.assign(bytes);
    replaced = replaceInvalidUtf8(doc.text);
  }
  doc.id = fileStem(fileName);
  doc.title = firstLineAsTitle(doc.text);
  if (replaced > 0) {
    std::string message = "invalid ";
    message += encoding;
    message += " replaced with U+FFFD (";
    message += std::to_string(replaced);
    message += replaced == 1 ? " sequence)" : " sequences)";
    issues.push_back(issueAt(fileName, lineAt(doc.text, firstReplaced), ErrorCode::kInvalidUtf8, std::move(message), false));
  }
  if (doc.text.empty()) {
    issues.push_back(issueAt(fileName, 0, ErrorCode::kEmptyDocument, "empty file: kept, nothing to search", false));
  }
  return doc;
}

}  // namespace qalam
