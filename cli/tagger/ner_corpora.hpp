// Readers for the labelled entity corpora: each sentence or article becomes
// one text with gold mentions as UTF-8 byte offsets, typed by Qalam's codes.
// The class mappings are documented in docs/EVALUATION.md.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "qalam/language.hpp"

namespace qalam::eval {

struct GoldMention {
  std::uint32_t begin = 0;  // UTF-8 byte offsets into LabelledText::text
  std::uint32_t end = 0;
  std::string type;         // "PER", "ORG", "GPE", "LOC", "FAC", "EVENT", or a merged class "GPE/LOC"
};

struct LabelledText {
  std::string text;
  std::vector<GoldMention> gold;
  // Gold mentions nested inside a scored one: a prediction equal to one of
  // them is neither right nor wrong (factRuEval's Москвы inside мэрии Москвы).
  std::vector<GoldMention> ignored;
  std::string where;  // "file:line" of the text's start, for messages
};

struct LabelledSet {
  std::string name;  // "KazNERD (kk)"
  Language language = Language::kOther;
  std::vector<std::string> types;  // the Qalam types the set labels and is scored on
  std::vector<LabelledText> texts;
};

// One token per line ("token<sep>IOB-tag"), a blank line between sentences.
// Sentences are rebuilt as their tokens joined by single spaces; U+200E,
// U+200F and U+FEFF are removed from tokens. `mapTag` returns the Qalam type
// of a corpus class, or "" to ignore it. Every `keepEvery`-th sentence is
// kept (1: all). Throws std::runtime_error naming the file and line on bad input.
LabelledSet readIobFile(const std::string& path, const std::string& name, Language language,
                        std::vector<std::string> types, std::string (*mapTag)(std::string_view),
                        std::size_t keepEvery);

std::string kazNerdType(std::string_view tag);
std::string newsFaneType(std::string_view tag);

// factRuEval-2016: book_N.txt with .spans (char offsets) and .objects; an
// object's mention runs from its first span's start to its last span's end.
// Person → PER, Org → ORG, Location and LocOrg → "GPE/LOC".
LabelledSet readFactRuEval(const std::string& folder);

// The project's own sets: "id<TAB>sentence" lines with inline annotations
// [[TYPE:text]]; '#' starts a comment line.
LabelledSet readInlineSet(const std::string& path, const std::string& name, Language language);

}  // namespace qalam::eval
