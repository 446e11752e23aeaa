#include "ner_scorer.hpp"

#include <algorithm>
#include <cstdio>

namespace qalam::eval {
namespace {

struct Span {
  std::uint32_t begin;
  std::uint32_t end;
  std::string type;
};

bool overlaps(const Span& a, const GoldMention& b) { return a.begin < b.end && b.begin < a.end && a.type == b.type; }

std::string fixed(double v) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.3f", v);
  return buffer;
}

}  // namespace

std::string scoredClass(const LabelledSet& set, EntityType type) {
  const std::string code(entityTypeCode(type));
  const bool merged = std::find(set.types.begin(), set.types.end(), "GPE/LOC") != set.types.end();
  if (merged && (type == EntityType::kGeopolitical || type == EntityType::kLocation)) return "GPE/LOC";
  return std::find(set.types.begin(), set.types.end(), code) != set.types.end() ? code : "";
}

void scoreText(const LabelledSet& set, const LabelledText& text, const std::vector<Mention>& predicted, SetScore& score) {
  std::vector<Span> spans;
  for (const Mention& m : predicted) {
    const std::string cls = scoredClass(set, m.type);
    if (cls.empty()) continue;
    const bool ignored = std::any_of(text.ignored.begin(), text.ignored.end(), [&](const GoldMention& g) {
      return g.begin == m.begin && g.end == m.end && g.type == cls;
    });
    if (!ignored) spans.push_back({m.begin, m.end, cls});
  }
  for (const std::string& type : set.types) {
    TypeCounts& c = score.byType[type];
    for (const GoldMention& g : text.gold) {
      if (g.type != type) continue;
      ++c.gold;
      if (std::any_of(spans.begin(), spans.end(), [&](const Span& s) { return overlaps(s, g); })) ++c.goldOverlapped;
    }
    for (const Span& s : spans) {
      if (s.type != type) continue;
      ++c.predicted;
      const bool exact = std::any_of(text.gold.begin(), text.gold.end(), [&](const GoldMention& g) {
        return g.begin == s.begin && g.end == s.end && g.type == s.type;
      });
      if (exact) ++c.exact;
      if (std::any_of(text.gold.begin(), text.gold.end(), [&](const GoldMention& g) { return overlaps(s, g); })) {
        ++c.predictedOverlapping;
      }
    }
  }
}

TypeCounts totalOf(const SetScore& score) {
  TypeCounts all;
  for (const std::string& type : score.types) {
    const auto it = score.byType.find(type);
    if (it == score.byType.end()) continue;
    all.gold += it->second.gold;
    all.predicted += it->second.predicted;
    all.exact += it->second.exact;
    all.goldOverlapped += it->second.goldOverlapped;
    all.predictedOverlapping += it->second.predictedOverlapping;
  }
  return all;
}

std::string renderTable(const std::vector<SetScore>& scores) {
  std::string out = "| set | type | gold | predicted | P | R | F1 | partial F1 |\n|---|---|---:|---:|---:|---:|---:|---:|\n";
  for (const SetScore& s : scores) {
    const TypeCounts all = totalOf(s);
    for (const std::string& type : s.types) {
      const auto it = s.byType.find(type);
      const TypeCounts c = it == s.byType.end() ? TypeCounts{} : it->second;
      out += "| " + s.set + " | " + type + " | " + std::to_string(c.gold) + " | " + std::to_string(c.predicted) + " | " +
             fixed(c.precision()) + " | " + fixed(c.recall()) + " | " + fixed(c.f1()) + " | " + fixed(c.partialF1()) + " |\n";
    }
    out += "| " + s.set + " | all | " + std::to_string(all.gold) + " | " + std::to_string(all.predicted) + " | " +
           fixed(all.precision()) + " | " + fixed(all.recall()) + " | " + fixed(all.f1()) + " | " + fixed(all.partialF1()) + " |\n";
  }
  return out;
}

}  // namespace qalam::eval
