#include "qalam/name_tagger.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <sstream>
#include <stdexcept>

#include "qalam/name_key.hpp"

namespace qalam {
namespace {

constexpr std::array<EntityType, 6> kTypes = {EntityType::kPerson,   EntityType::kOrganization, EntityType::kGeopolitical,
                                              EntityType::kLocation, EntityType::kFacility,     EntityType::kEvent};
constexpr std::size_t kOutside = 0;

std::optional<std::size_t> typeIndex(EntityType type) {
  for (std::size_t k = 0; k < kTypes.size(); ++k) {
    if (kTypes[k] == type) return k;
  }
  return std::nullopt;
}
std::size_t beginTag(std::size_t type) { return 1 + 2 * type; }
std::size_t insideTag(std::size_t type) { return 2 + 2 * type; }
bool isInside(std::size_t tag) { return tag != kOutside && tag % 2 == 0; }
std::size_t typeOfTag(std::size_t tag) { return (tag - 1) / 2; }

std::uint64_t hashOf(std::string_view s) {
  std::uint64_t h = 1469598103934665603ULL;
  for (const char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

// The last or first `count` code points of a word.
std::string_view lastLetters(std::string_view w, std::size_t count) {
  std::size_t at = w.size();
  for (std::size_t seen = 0; at > 0 && seen < count;) {
    --at;
    if ((static_cast<unsigned char>(w[at]) & 0xC0) != 0x80) ++seen;
  }
  return w.substr(at);
}
std::string_view firstLetters(std::string_view w, std::size_t count) {
  std::size_t at = 0;
  for (std::size_t seen = 0; at < w.size() && seen <= count; ++at) {
    if ((static_cast<unsigned char>(w[at]) & 0xC0) != 0x80 && ++seen > count) break;
  }
  return w.substr(0, at);
}

std::string shapeOf(std::string_view raw) {
  if (raw.empty()) return "e";
  const auto lead = static_cast<unsigned char>(raw[0]);
  if (lead >= '0' && lead <= '9') return "d";
  if (lead == 0xD8 || lead == 0xD9 || lead == 0xDA || lead == 0xDB) return "a";  // Arabic script
  if (!startsWithCapital(raw)) return "l";
  std::size_t at = raw.size() > 1 ? 1 : 0;
  while (at < raw.size() && (static_cast<unsigned char>(raw[at]) & 0xC0) == 0x80) ++at;
  return at < raw.size() && startsWithCapital(raw.substr(at)) ? "C" : "c";
}

const char* tagName(std::size_t tag) {
  static const char* kNames[] = {"O", "B1", "I1", "B2", "I2", "B3", "I3", "B4", "I4", "B5", "I5", "B6", "I6"};
  return kNames[tag];
}

}  // namespace

struct NameTagger::Example {
  std::vector<WordSpan> words;
  std::vector<std::vector<std::uint64_t>> features;  // per word, without tag history
  std::vector<std::string> forms;                   // exact forms, for history features
  std::vector<Mention> rules;
};

NameTagger::NameTagger(const EntityLexicon& lexicon, const NameRecognizer& recognizer)
    : lexicon_(&lexicon), recognizer_(&recognizer) {}

NameTagger::Example NameTagger::prepare(std::string_view text, Language language) const {
  Example ex;
  ex.words = lexicon_->words(text, language);
  ex.rules = recognizer_->recognize(text, language);
  const std::size_t n = ex.words.size();
  std::vector<std::string> ruleTag(n, "O"), shapes(n), lexTag(n, "O");
  for (const Mention& m : ex.rules) {
    bool first = true;
    for (std::size_t i = 0; i < n; ++i) {
      if (ex.words[i].end <= m.begin || ex.words[i].begin >= m.end) continue;
      ruleTag[i] = std::string(first ? "B-" : "I-") + std::string(entityTypeCode(m.type));
      first = false;
    }
  }
  for (std::size_t i = 0; i < n;) {
    const auto match = lexicon_->longestMatch(ex.words, i);
    if (!match) {
      ++i;
      continue;
    }
    const std::string code(entityTypeCode(lexicon_->entity(match->entities.front()).type));
    for (std::size_t k = 0; k < match->words; ++k) lexTag[i + k] = (k == 0 ? "B-" : "I-") + code;
    i += match->words;
  }
  for (std::size_t i = 0; i < n; ++i) {
    shapes[i] = shapeOf(text.substr(ex.words[i].begin, ex.words[i].end - ex.words[i].begin));
    ex.forms.push_back(ex.words[i].forms.front());
  }
  const std::string lang = languageCode(language);
  auto form = [&](std::ptrdiff_t at) -> std::string {
    if (at < 0) return "<s>";
    if (at >= static_cast<std::ptrdiff_t>(n)) return "</s>";
    return ex.forms[static_cast<std::size_t>(at)];
  };
  ex.features.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const auto si = static_cast<std::ptrdiff_t>(i);
    const std::string& w = ex.forms[i];
    const std::string gap(text.substr(i == 0 ? 0 : ex.words[i - 1].end, ex.words[i].begin - (i == 0 ? 0 : ex.words[i - 1].end)));
    const bool start = i == 0 || gap.find_first_of(".!?\n") != std::string::npos;
    const std::string quote = gap.find_first_of("\"\xAB\xBB") != std::string::npos ? "q" : "";
    const std::string next = i + 1 < n ? shapes[i + 1] : "</s>";
    const std::string prev = i > 0 ? shapes[i - 1] : "<s>";
    const std::string stem = ex.words[i].forms.size() > 1 ? ex.words[i].forms[1] : w;
    const std::string list[] = {
        "b", "w=" + w, "s=" + stem, "w-1=" + form(si - 1), "w+1=" + form(si + 1), "w-2=" + form(si - 2),
        "w+2=" + form(si + 2), "w-1w=" + form(si - 1) + "|" + w, "ww+1=" + w + "|" + form(si + 1),
        "suf2=" + std::string(lastLetters(w, 2)), "suf3=" + std::string(lastLetters(w, 3)),
        "suf4=" + std::string(lastLetters(w, 4)), "pre3=" + std::string(firstLetters(w, 3)),
        "sh=" + shapes[i] + (start ? "^" : "") + quote, "sh-1=" + prev, "sh+1=" + next,
        "shh=" + prev + shapes[i] + next, "r=" + ruleTag[i], "r-1=" + (i > 0 ? ruleTag[i - 1] : "<s>"),
        "r+1=" + (i + 1 < n ? ruleTag[i + 1] : "</s>"), "rsh=" + ruleTag[i] + shapes[i] + (start ? "^" : ""),
        "lex=" + lexTag[i], "rsuf=" + ruleTag[i] + std::string(lastLetters(w, 3))};
    for (const std::string& f : list) ex.features[i].push_back(hashOf(lang + ":" + f));
  }
  return ex;
}

std::size_t NameTagger::predict(const std::vector<std::uint64_t>& features, std::size_t previous,
                                std::size_t beforePrevious) const {
  std::array<float, kTags> score{};
  auto add = [&](std::uint64_t f) {
    const auto it = weights_.find(f);
    if (it == weights_.end()) return;
    for (std::size_t t = 0; t < kTags; ++t) score[t] += it->second[t];
  };
  for (const std::uint64_t f : features) add(f);
  // Tag history features are mixed with the word's first feature (the
  // language-specific bias) so each language learns its own transitions.
  const std::uint64_t language = features.empty() ? 0 : features.front();
  add(language ^ hashOf(std::string("t-1=") + tagName(previous)));
  add(language ^ hashOf(std::string("t-2t-1=") + tagName(beforePrevious) + tagName(previous)));
  std::size_t best = kOutside;
  for (std::size_t t = 1; t < kTags; ++t) {
    // I-X only continues B-X or I-X.
    if (isInside(t) && (previous == kOutside || typeOfTag(previous) != typeOfTag(t))) continue;
    if (score[t] > score[best]) best = t;
  }
  return best;
}

void NameTagger::train(const std::vector<TaggedText>& texts, int epochs) {
  weights_.clear();
  totals_.clear();
  stamps_.clear();
  step_ = 1;
  std::vector<Example> examples;
  std::vector<std::vector<std::size_t>> gold;
  for (const TaggedText& t : texts) {
    examples.push_back(prepare(t.text, t.language));
    const Example& ex = examples.back();
    std::vector<std::size_t> labels(ex.words.size(), kOutside);
    for (const Mention& m : t.gold) {
      const auto type = typeIndex(m.type);
      if (!type) continue;
      bool first = true;
      for (std::size_t i = 0; i < ex.words.size(); ++i) {
        if (ex.words[i].end <= m.begin || ex.words[i].begin >= m.end || labels[i] != kOutside) continue;
        labels[i] = first ? beginTag(*type) : insideTag(*type);
        first = false;
      }
    }
    gold.push_back(std::move(labels));
  }
  auto update = [&](std::uint64_t f, std::size_t tag, float delta) {
    Weights& w = weights_[f];
    Weights& total = totals_[f];
    std::vector<std::uint64_t>& stamp = stamps_[f];
    if (w.empty()) {
      w.assign(kTags, 0.0f);
      total.assign(kTags, 0.0f);
      stamp.assign(kTags, 0);
    }
    total[tag] += static_cast<float>(step_ - stamp[tag]) * w[tag];
    stamp[tag] = step_;
    w[tag] += delta;
  };
  for (int epoch = 0; epoch < epochs; ++epoch) {
    for (std::size_t e = 0; e < examples.size(); ++e) {
      const Example& ex = examples[e];
      std::size_t prev = kOutside, prev2 = kOutside, goldPrev = kOutside, goldPrev2 = kOutside;
      for (std::size_t i = 0; i < ex.words.size(); ++i) {
        const std::size_t guess = predict(ex.features[i], prev, prev2);
        const std::size_t truth = gold[e][i];
        if (guess != truth) {
          std::vector<std::uint64_t> fs = ex.features[i];
          for (const std::uint64_t f : fs) {
            update(f, truth, 1.0f);
            update(f, guess, -1.0f);
          }
          const std::uint64_t language = fs.empty() ? 0 : fs.front();
          update(language ^ hashOf(std::string("t-1=") + tagName(goldPrev)), truth, 1.0f);
          update(language ^ hashOf(std::string("t-1=") + tagName(prev)), guess, -1.0f);
          update(language ^ hashOf(std::string("t-2t-1=") + tagName(goldPrev2) + tagName(goldPrev)), truth, 1.0f);
          update(language ^ hashOf(std::string("t-2t-1=") + tagName(prev2) + tagName(prev)), guess, -1.0f);
        }
        ++step_;
        prev2 = prev;
        prev = guess;
        goldPrev2 = goldPrev;
        goldPrev = truth;
      }
    }
  }
  // Average every weight over all steps, then drop what rounds to zero.
  for (auto it = weights_.begin(); it != weights_.end();) {
    Weights& w = it->second;
    const Weights& total = totals_[it->first];
    const std::vector<std::uint64_t>& stamp = stamps_[it->first];
    bool any = false;
    for (std::size_t t = 0; t < kTags; ++t) {
      const float sum = total[t] + static_cast<float>(step_ - stamp[t]) * w[t];
      w[t] = std::round(sum / static_cast<float>(step_) * 1000.0f) / 1000.0f;
      any = any || w[t] != 0.0f;
    }
    it = any ? std::next(it) : weights_.erase(it);
  }
  totals_.clear();
  stamps_.clear();
}

std::vector<Mention> NameTagger::tag(std::string_view text, Language language) const {
  const Example ex = prepare(text, language);
  std::vector<std::size_t> tags(ex.words.size(), kOutside);
  std::size_t prev = kOutside, prev2 = kOutside;
  for (std::size_t i = 0; i < ex.words.size(); ++i) {
    tags[i] = predict(ex.features[i], prev, prev2);
    prev2 = prev;
    prev = tags[i];
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
    m.begin = ex.words[i].begin;
    m.end = ex.words[end - 1].end;
    m.text = std::string(text.substr(m.begin, m.end - m.begin));
    m.confidence = 0.6f;
    for (const Mention& r : ex.rules) {
      if (r.begin == m.begin && r.end == m.end && r.type == m.type) {
        m.entityId = r.entityId;
        m.confidence = std::max(r.confidence, 0.7f);
      }
    }
    if (m.entityId.empty()) {
      std::vector<std::string> bases;
      for (std::size_t k = i; k < end; ++k) bases.push_back(NameRecognizer::baseForm(ex.forms[k], language));
      m.entityId = recognizer_->nameId(m.type, bases);
    }
    out.push_back(std::move(m));
    i = end;
  }
  return out;
}

std::string NameTagger::save() const {
  std::vector<std::uint64_t> keys;
  for (const auto& [f, w] : weights_) keys.push_back(f);
  std::sort(keys.begin(), keys.end());
  std::ostringstream out;
  for (const std::uint64_t f : keys) {
    const Weights& w = weights_.at(f);
    for (std::size_t t = 0; t < kTags; ++t) {
      const auto scaled = static_cast<long>(std::lround(w[t] * 1000.0f));
      if (scaled != 0) out << f << ' ' << t << ' ' << scaled << '\n';
    }
  }
  return out.str();
}

void NameTagger::load(std::string_view saved) {
  weights_.clear();
  std::istringstream in{std::string(saved)};
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    std::istringstream fields(line);
    std::uint64_t f = 0;
    std::size_t t = 0;
    long scaled = 0;
    if (!(fields >> f >> t >> scaled) || t >= kTags) {
      throw std::runtime_error("name tagger weights, line " + std::to_string(number) + ": expected 'feature tag weight'");
    }
    Weights& w = weights_[f];
    if (w.empty()) w.assign(kTags, 0.0f);
    w[t] = static_cast<float>(scaled) / 1000.0f;
  }
}

}  // namespace qalam
