// Span-level scoring of recognized mentions against gold ones: exact match
// (same begin, end and type) and partial overlap (same type, any overlap),
// per type and over all types of a set, and the table they print as.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ner_corpora.hpp"
#include "qalam/entity.hpp"

namespace qalam::eval {

struct TypeCounts {
  std::size_t gold = 0;
  std::size_t predicted = 0;
  std::size_t exact = 0;             // predictions equal to a gold mention
  std::size_t goldOverlapped = 0;    // gold mentions overlapped by a prediction of their type
  std::size_t predictedOverlapping = 0;

  double precision() const { return predicted ? double(exact) / double(predicted) : 0.0; }
  double recall() const { return gold ? double(exact) / double(gold) : 0.0; }
  double f1() const { return harmonic(precision(), recall()); }
  double partialF1() const {
    return harmonic(predicted ? double(predictedOverlapping) / double(predicted) : 0.0,
                    gold ? double(goldOverlapped) / double(gold) : 0.0);
  }
  static double harmonic(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }
};

struct SetScore {
  std::string set;
  std::vector<std::string> types;
  std::map<std::string, TypeCounts> byType;  // plus "ALL"
};

// The class a prediction is scored as in `set`, or "" when the set does not
// label its type (a FAC prediction on factRuEval is neither right nor wrong).
std::string scoredClass(const LabelledSet& set, EntityType type);

void scoreText(const LabelledSet& set, const LabelledText& text, const std::vector<Mention>& predicted, SetScore& score);

// The counts summed over the set's types (micro average).
TypeCounts totalOf(const SetScore& score);

// "| set | type | gold | predicted | P | R | F1 | partial F1 |" rows, Markdown.
std::string renderTable(const std::vector<SetScore>& scores);

}  // namespace qalam::eval
