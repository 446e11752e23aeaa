#include "qalam/entity_extractor.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>

#include "qalam/date_recognizer.hpp"
#include "qalam/money_recognizer.hpp"
#include "qalam/name_recognizer.hpp"
#include "qalam/name_tagger.hpp"

namespace qalam {

struct EntityExtractor::Impl {
  Impl(const Analyzer& analyzer, const EntityLexicon& lexicon, const NameKeyer& keyer)
      : names(analyzer, lexicon, keyer) {
    if (auto model = installedNameTaggerModel()) tagger.emplace(lexicon, names, std::move(model));
  }
  NameRecognizer names;
  std::optional<NameTagger> tagger;  // for the languages its weights cover
  DateRecognizer dates;
  MoneyRecognizer money;
};

EntityExtractor::EntityExtractor(const Analyzer& analyzer, const EntityLexicon& lexicon, const NameKeyer& keyer)
    : impl_(std::make_unique<Impl>(analyzer, lexicon, keyer)) {}

EntityExtractor::~EntityExtractor() = default;

std::vector<Mention> EntityExtractor::extract(std::string_view text, Language language,
                                              std::string_view anchorDate) const {
  std::vector<Mention> all = impl_->tagger && impl_->tagger->model().covers(language)
                                 ? impl_->tagger->tag(text, language)
                                 : impl_->names.recognize(text, language);
  for (Mention& m : impl_->dates.find(text, anchorDate)) all.push_back(std::move(m));
  for (Mention& m : impl_->money.find(text)) all.push_back(std::move(m));
  // Strongest first; each kept unless it overlaps one kept before it.
  std::vector<std::size_t> order(all.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Mention& x = all[a];
    const Mention& y = all[b];
    if (x.confidence != y.confidence) return x.confidence > y.confidence;
    if (x.end - x.begin != y.end - y.begin) return x.end - x.begin > y.end - y.begin;
    return x.begin < y.begin;
  });
  // Kept spans by their start: a new span overlaps a kept one only if it
  // overlaps its neighbour on either side.
  std::map<std::uint32_t, std::size_t> kept;
  for (const std::size_t i : order) {
    const Mention& m = all[i];
    if (m.end <= m.begin) continue;
    const auto after = kept.lower_bound(m.begin);
    if (after != kept.end() && after->first < m.end) continue;
    if (after != kept.begin() && all[std::prev(after)->second].end > m.begin) continue;
    kept.emplace(m.begin, i);
  }
  std::vector<Mention> out;
  out.reserve(kept.size());
  for (const auto& [begin, i] : kept) out.push_back(std::move(all[i]));
  return out;
}

}  // namespace qalam
