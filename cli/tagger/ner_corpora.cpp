#include "ner_corpora.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

namespace qalam::eval {
namespace {

std::string readAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string_view> lines(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t at = 0;
  while (at <= text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.push_back(line);
    at = end + 1;
  }
  if (!out.empty() && out.back().empty()) out.pop_back();
  return out;
}

// Directional marks and the byte-order mark carried by NewsFANE's tokens.
std::string withoutMarks(std::string_view token) {
  static constexpr std::string_view kMarks[] = {"\xE2\x80\x8E", "\xE2\x80\x8F", "\xEF\xBB\xBF"};
  std::string out(token);
  for (std::string_view mark : kMarks) {
    for (std::size_t at = out.find(mark); at != std::string::npos; at = out.find(mark)) out.erase(at, mark.size());
  }
  return out;
}

bool isBlank(std::string_view line) {
  return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t'; });
}

// Byte offset of each code point index in `text` (and one past the end).
std::vector<std::uint32_t> codePointOffsets(std::string_view text) {
  std::vector<std::uint32_t> out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) out.push_back(static_cast<std::uint32_t>(i));
  }
  out.push_back(static_cast<std::uint32_t>(text.size()));
  return out;
}

// Splits nested gold mentions off: a mention inside another scored one is
// ignored rather than required.
void separateNested(LabelledText& t) {
  std::vector<GoldMention> outer;
  for (const GoldMention& g : t.gold) {
    const bool nested = std::any_of(t.gold.begin(), t.gold.end(), [&](const GoldMention& o) {
      return &o != &g && o.begin <= g.begin && g.end <= o.end && (o.end - o.begin > g.end - g.begin);
    });
    (nested ? t.ignored : outer).push_back(g);
  }
  std::sort(outer.begin(), outer.end(), [](const GoldMention& a, const GoldMention& b) { return a.begin < b.begin; });
  outer.erase(std::unique(outer.begin(), outer.end(),
                          [](const GoldMention& a, const GoldMention& b) { return a.begin == b.begin && a.end == b.end; }),
              outer.end());
  t.gold = std::move(outer);
}

}  // namespace

std::string kazNerdType(std::string_view tag) {
  static const std::map<std::string_view, std::string> kMap = {
      {"PERSON", "PER"},   {"GPE", "GPE"},          {"LOCATION", "LOC"},      {"ORGANISATION", "ORG"},
      {"FACILITY", "FAC"}, {"EVENT", "EVENT"},      {"DATE", "DATE"},         {"MONEY", "MONEY"},
      {"PERCENTAGE", "PERCENT"}};
  const auto it = kMap.find(tag);
  return it == kMap.end() ? "" : it->second;
}

std::string newsFaneType(std::string_view tag) {
  static const std::map<std::string_view, std::string> kMap = {
      {"Politician", "PER"}, {"Athlete", "PER"}, {"Artist", "PER"}, {"Other_PER", "PER"}, {"Religious_PER", "PER"},
      {"Scientist", "PER"}, {"Businessperson", "PER"}, {"Lawyer", "PER"}, {"Engineer", "PER"}, {"Police", "PER"},
      {"Non-Governmental", "ORG"}, {"Sports", "ORG"}, {"Government", "ORG"}, {"Media", "ORG"}, {"Commercial", "ORG"},
      {"Educational", "ORG"}, {"Medical-Science", "ORG"}, {"Entertainment", "ORG"}, {"Religious_ORG", "ORG"},
      {"Nation", "GPE"}, {"Population-Center", "GPE"}, {"State-or-Province", "GPE"}, {"County-or-District", "GPE"},
      {"GPE-Cluster", "LOC"}, {"Continent", "LOC"}, {"Water-Body", "LOC"}, {"Land-Region-Natural", "LOC"},
      {"Celestial", "LOC"}, {"Building-Grounds", "FAC"}, {"Subarea-Facility", "FAC"}, {"Airport", "FAC"},
      {"Path", "FAC"}, {"Plant", "FAC"}};
  const auto it = kMap.find(tag);
  return it == kMap.end() ? "" : it->second;
}

LabelledSet readIobFile(const std::string& path, const std::string& name, Language language,
                        std::vector<std::string> types, std::string (*mapTag)(std::string_view), std::size_t keepEvery) {
  LabelledSet set{name, language, std::move(types), {}};
  const std::string content = readAll(path);
  LabelledText current;
  std::size_t sentence = 0;
  std::string openType;  // the type of the mention being built, "" when none
  auto finish = [&] {
    if (!current.text.empty() && sentence++ % keepEvery == 0) set.texts.push_back(std::move(current));
    current = LabelledText{};
    openType.clear();
  };
  const std::vector<std::string_view> all = lines(content);
  for (std::size_t n = 0; n < all.size(); ++n) {
    const std::string_view line = all[n];
    if (isBlank(line)) {
      finish();
      continue;
    }
    const std::size_t sep = line.find_last_of(" \t");
    if (sep == std::string_view::npos || sep == 0) {
      throw std::runtime_error(path + ":" + std::to_string(n + 1) + ": expected 'token<space or tab>tag'");
    }
    const std::string token = withoutMarks(line.substr(0, sep));
    const std::string_view tag = line.substr(sep + 1);
    if (tag != "O" && !(tag.size() > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-')) {
      throw std::runtime_error(path + ":" + std::to_string(n + 1) + ": bad IOB tag '" + std::string(tag) + "'");
    }
    if (current.text.empty()) current.where = path + ":" + std::to_string(n + 1);
    if (token.empty()) continue;
    if (!current.text.empty()) current.text += ' ';
    const auto begin = static_cast<std::uint32_t>(current.text.size());
    current.text += token;
    const auto end = static_cast<std::uint32_t>(current.text.size());
    const std::string type = tag == "O" ? "" : mapTag(tag.substr(2));
    const bool continues = tag[0] == 'I' && !openType.empty() && type == openType;
    if (continues) {
      current.gold.back().end = end;
    } else if (!type.empty()) {
      current.gold.push_back({begin, end, type});
    }
    openType = type;
  }
  finish();
  return set;
}

LabelledSet readFactRuEval(const std::string& folder) {
  LabelledSet set{"factRuEval-2016 dev (ru)", Language::kRussian, {"PER", "ORG", "GPE/LOC"}, {}};
  std::vector<std::string> books;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    const std::string file = entry.path().filename().string();
    if (file.size() > 4 && file.substr(file.size() - 4) == ".txt") books.push_back(file.substr(0, file.size() - 4));
  }
  if (books.empty()) throw std::runtime_error(folder + ": no book_N.txt files");
  std::sort(books.begin(), books.end());
  for (const std::string& book : books) {
    const std::string base = folder + "/" + book;
    LabelledText t;
    t.text = readAll(base + ".txt");
    t.where = base + ".txt";
    const std::vector<std::uint32_t> offsets = codePointOffsets(t.text);
    std::map<std::string, std::pair<std::size_t, std::size_t>> spans;  // id → code point begin, end
    const std::string spanText = readAll(base + ".spans");
    const std::vector<std::string_view> spanLines = lines(spanText);
    for (std::size_t n = 0; n < spanLines.size(); ++n) {
      std::istringstream fields{std::string(spanLines[n])};
      std::string id, type;
      std::size_t start = 0, length = 0;
      if (!(fields >> id >> type >> start >> length) || start + length + 1 > offsets.size()) {
        throw std::runtime_error(base + ".spans:" + std::to_string(n + 1) + ": expected 'id type start length ...' within the text");
      }
      spans[id] = {start, start + length};
    }
    const std::string objectText = readAll(base + ".objects");
    const std::vector<std::string_view> objectLines = lines(objectText);
    for (std::size_t n = 0; n < objectLines.size(); ++n) {
      const std::string_view line = objectLines[n].substr(0, objectLines[n].find('#'));
      std::istringstream fields{std::string(line)};
      std::string id, type, spanId;
      if (!(fields >> id >> type)) throw std::runtime_error(base + ".objects:" + std::to_string(n + 1) + ": expected 'id type span...'");
      std::size_t begin = SIZE_MAX, end = 0;
      while (fields >> spanId) {
        const auto it = spans.find(spanId);
        if (it == spans.end()) throw std::runtime_error(base + ".objects:" + std::to_string(n + 1) + ": unknown span " + spanId);
        begin = std::min(begin, it->second.first);
        end = std::max(end, it->second.second);
      }
      const std::string mapped = type == "Person" ? "PER" : type == "Org" ? "ORG" : (type == "Location" || type == "LocOrg") ? "GPE/LOC" : "";
      if (mapped.empty() || begin >= end) continue;
      t.gold.push_back({offsets[begin], offsets[end], mapped});
    }
    separateNested(t);
    set.texts.push_back(std::move(t));
  }
  return set;
}

LabelledSet readInlineSet(const std::string& path, const std::string& name, Language language) {
  LabelledSet set{name, language, {"PER", "ORG", "GPE", "LOC"}, {}};
  const std::string content = readAll(path);
  const std::vector<std::string_view> all = lines(content);
  for (std::size_t n = 0; n < all.size(); ++n) {
    const std::string_view line = all[n];
    if (isBlank(line) || line.front() == '#') continue;
    const std::string where = path + ":" + std::to_string(n + 1);
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) throw std::runtime_error(where + ": expected 'id<TAB>sentence'");
    LabelledText t;
    t.where = where;
    std::string_view rest = line.substr(tab + 1);
    while (!rest.empty()) {
      const std::size_t open = rest.find("[[");
      t.text += rest.substr(0, open);
      if (open == std::string_view::npos) break;
      const std::size_t close = rest.find("]]", open);
      const std::size_t colon = rest.find(':', open);
      if (close == std::string_view::npos || colon == std::string_view::npos || colon > close) {
        throw std::runtime_error(where + ": expected [[TYPE:text]]");
      }
      const std::string type(rest.substr(open + 2, colon - open - 2));
      if (std::find(set.types.begin(), set.types.end(), type) == set.types.end()) {
        throw std::runtime_error(where + ": unknown type '" + type + "'");
      }
      const auto begin = static_cast<std::uint32_t>(t.text.size());
      t.text += rest.substr(colon + 1, close - colon - 1);
      t.gold.push_back({begin, static_cast<std::uint32_t>(t.text.size()), type});
      rest = rest.substr(close + 2);
    }
    set.texts.push_back(std::move(t));
  }
  if (set.texts.empty()) throw std::runtime_error(path + ": no sentences");
  return set;
}

}  // namespace qalam::eval
