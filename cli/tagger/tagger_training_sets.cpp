#include "tagger_training_sets.hpp"

namespace qalam::eval {
namespace {

EntityType typeOfCode(const std::string& code) {
  return code == "GPE/LOC" ? EntityType::kGeopolitical : *entityTypeFromCode(code);
}

}  // namespace

std::vector<std::string> trainingFiles(const std::string& sharedDir) {
  return {sharedDir + "/corpora/kk/KazNERD_IOB2_valid.txt", sharedDir + "/corpora/ar/NewsFANE_Gold_2014_part1.txt",
          sharedDir + "/corpora/ru/factRuEval-2016-devset"};
}

std::vector<LabelledSet> readTrainingSets(const std::string& sharedDir) {
  const std::vector<std::string> files = trainingFiles(sharedDir);
  std::vector<LabelledSet> sets;
  sets.push_back(readIobFile(files[0], "KazNERD (kk)", Language::kKazakh, {"PER", "ORG", "GPE", "LOC", "FAC", "EVENT"},
                             kazNerdType, 1));
  sets.push_back(readIobFile(files[1], "NewsFANE (ar)", Language::kArabic, {"PER", "ORG", "GPE", "LOC", "FAC"},
                             newsFaneType, 1));
  sets.push_back(readFactRuEval(files[2]));
  return sets;
}

std::vector<TaggedText> taggedTexts(const LabelledSet& set) {
  std::vector<TaggedText> out;
  out.reserve(set.texts.size());
  for (const LabelledText& text : set.texts) {
    TaggedText t{text.text, set.language, {}};
    for (const GoldMention& g : text.gold) t.gold.push_back({typeOfCode(g.type), g.begin, g.end, {}, {}, 1.0f});
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace qalam::eval
