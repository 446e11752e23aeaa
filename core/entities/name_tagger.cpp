#include "qalam/name_tagger.hpp"

#include <algorithm>

#include "name_rules.hpp"
#include "name_tagger_features.hpp"
#include "qalam/gazetteer.hpp"

namespace qalam {
namespace {

bool overlaps(const Mention& a, const Mention& b) { return a.begin < b.end && b.begin < a.end; }

}  // namespace

NameTagger::NameTagger(const EntityLexicon& lexicon, const NameRecognizer& recognizer,
                       std::shared_ptr<const NameTaggerModel> model)
    : lexicon_(&lexicon), recognizer_(&recognizer), model_(std::move(model)) {}

std::vector<Mention> NameTagger::tag(std::string_view text, Language language) const {
  using namespace tagger;
  const TaggerInput in = prepareInput(text, language, *lexicon_, *recognizer_);
  const HistoryFeatures history(language);
  auto add = [&](std::uint32_t feature, std::array<std::int64_t, kTags>& score) {
    if (const NameTaggerModel::Row* row = model_->find(feature)) {
      for (std::size_t t = 0; t < kTags; ++t) score[t] += (*row)[t];
    }
  };
  const std::vector<std::size_t> tags =
      decode(in.words.size(), [&](std::size_t i, std::size_t previous, std::size_t beforePrevious,
                                  std::array<std::int64_t, kTags>& score) {
        for (const std::uint32_t f : in.features[i]) add(f, score);
        add(history.previous(previous), score);
        add(history.pair(beforePrevious, previous), score);
      });

  // Names from a curated or user list keep their span and id; so do the
  // gazetteer's countries where the tagger finds no name over them (corpora
  // tag "Қазақстан Президенті" as a title, a reader still wants Kazakhstan).
  std::vector<Mention> listed, countries;
  for (const Mention& r : in.rules) {
    const auto known = lexicon_->find(r.entityId);
    if (!known) continue;
    if (lexicon_->entity(*known).source != LexiconSource::kGazetteer) {
      listed.push_back(r);
    } else if (r.type == EntityType::kGeopolitical && isGazetteerCountry(r.entityId)) {
      countries.push_back(r);
    }
  }
  std::vector<Mention> out;
  for (std::size_t i = 0; i < tags.size();) {
    if (tags[i] == kOutside) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < tags.size() && tags[end] == insideTag(typeOfTag(tags[i]))) ++end;
    Mention m;
    m.type = kTypes[typeOfTag(tags[i])];
    m.begin = in.words[i].begin;
    m.end = in.words[end - 1].end;
    // Arabic proclitics (والشرق) stay outside the name, as in the rules.
    const std::string_view first = text.substr(m.begin, in.words[i].end - m.begin);
    if (name_rules::scriptOf(first) == name_rules::Script::kArabic) {
      m.begin += static_cast<std::uint32_t>(name_rules::procliticBytes(first));
    }
    m.text = std::string(text.substr(m.begin, m.end - m.begin));
    m.confidence = kTaggedConfidence;
    for (const Mention& r : in.rules) {
      if (r.begin != m.begin || r.end != m.end) continue;
      // A country keeps its type whatever the tagger says (أوزبكستان as ORG).
      if (r.type == EntityType::kGeopolitical && isGazetteerCountry(r.entityId)) m.type = r.type;
      if (r.type == m.type) {
        m.entityId = r.entityId;
        m.confidence = std::max(r.confidence, m.confidence);
      }
    }
    if (m.entityId.empty()) {
      if (const auto match = lexicon_->longestMatch(in.words, i); match && match->words == end - i) {
        for (const std::uint32_t e : match->entities) {
          if (lexicon_->entity(e).type == m.type) {
            m.entityId = lexicon_->entity(e).id;
            break;
          }
        }
      }
    }
    if (m.entityId.empty()) {
      std::vector<std::string> bases;
      for (std::size_t k = i; k < end; ++k) bases.push_back(NameRecognizer::baseForm(in.words[k].forms.front(), language));
      m.entityId = recognizer_->nameId(m.type, bases);
    }
    if (std::none_of(listed.begin(), listed.end(), [&](const Mention& l) { return overlaps(l, m); })) {
      out.push_back(std::move(m));
    }
    i = end;
  }
  for (const Mention& c : countries) {
    auto over = [&](const Mention& o) { return overlaps(o, c); };
    if (std::none_of(out.begin(), out.end(), over) && std::none_of(listed.begin(), listed.end(), over)) {
      out.push_back(c);
    }
  }
  out.insert(out.end(), listed.begin(), listed.end());
  std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace qalam
