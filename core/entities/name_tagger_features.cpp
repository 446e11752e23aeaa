#include "name_tagger_features.hpp"

#include <string>

#include "qalam/name_key.hpp"

namespace qalam::tagger {
namespace {

// FNV-1a, folded into the model's 2^22 feature slots.
std::uint32_t hashOf(std::string_view s) {
  std::uint64_t h = 1469598103934665603ULL;
  for (const char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return static_cast<std::uint32_t>(h ^ (h >> 32)) & ((1U << NameTaggerModel::kFeatureBits) - 1);
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

std::optional<std::size_t> typeIndex(EntityType type) {
  for (std::size_t k = 0; k < kTypes.size(); ++k) {
    if (kTypes[k] == type) return k;
  }
  return std::nullopt;
}

TaggerInput prepareInput(std::string_view text, Language language, const EntityLexicon& lexicon,
                         const NameRecognizer& recognizer) {
  TaggerInput in;
  in.words = lexicon.words(text, language);
  in.rules = recognizer.recognize(text, language);
  const std::size_t n = in.words.size();
  std::vector<std::string> ruleTag(n, "O"), shapes(n), lexTag(n, "O"), forms(n), stems(n);
  for (const Mention& m : in.rules) {
    bool first = true;
    for (std::size_t i = 0; i < n; ++i) {
      if (in.words[i].end <= m.begin || in.words[i].begin >= m.end) continue;
      ruleTag[i] = std::string(first ? "B-" : "I-") + std::string(entityTypeCode(m.type));
      first = false;
    }
  }
  for (std::size_t i = 0; i < n;) {
    const auto match = lexicon.longestMatch(in.words, i);
    if (!match) {
      ++i;
      continue;
    }
    const std::string code(entityTypeCode(lexicon.entity(match->entities.front()).type));
    for (std::size_t k = 0; k < match->words; ++k) lexTag[i + k] = (k == 0 ? "B-" : "I-") + code;
    i += match->words;
  }
  for (std::size_t i = 0; i < n; ++i) {
    shapes[i] = shapeOf(text.substr(in.words[i].begin, in.words[i].end - in.words[i].begin));
    forms[i] = in.words[i].forms.front();
    stems[i] = in.words[i].forms.size() > 1 ? in.words[i].forms[1] : forms[i];
  }
  const std::string lang = languageCode(language);
  // Word k's entry of a per-word column, or the text's edge markers.
  static const std::string kBefore = "<s>", kAfter = "</s>";
  auto at = [&](const std::vector<std::string>& column, std::ptrdiff_t k) -> const std::string& {
    if (k < 0) return kBefore;
    if (k >= static_cast<std::ptrdiff_t>(n)) return kAfter;
    return column[static_cast<std::size_t>(k)];
  };
  in.features.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const auto si = static_cast<std::ptrdiff_t>(i);
    const std::string& w = forms[i];
    const std::size_t gapBegin = i == 0 ? 0 : in.words[i - 1].end;
    const std::string_view gap = text.substr(gapBegin, in.words[i].begin - gapBegin);
    const bool start = i == 0 || gap.find_first_of(".!?\n") != std::string_view::npos;
    const std::string quote = gap.find_first_of("\"\xAB\xBB") != std::string_view::npos ? "q" : "";
    const std::string& prev = at(shapes, si - 1);
    const std::string& next = at(shapes, si + 1);
    const std::string list[] = {
        "b", "w=" + w, "s=" + stems[i], "w-1=" + at(forms, si - 1), "w+1=" + at(forms, si + 1),
        "w-2=" + at(forms, si - 2), "w+2=" + at(forms, si + 2), "w-1w=" + at(forms, si - 1) + "|" + w,
        "ww+1=" + w + "|" + at(forms, si + 1), "suf2=" + std::string(lastLetters(w, 2)),
        "suf3=" + std::string(lastLetters(w, 3)), "suf4=" + std::string(lastLetters(w, 4)),
        "pre3=" + std::string(firstLetters(w, 3)), "sh=" + shapes[i] + (start ? "^" : "") + quote, "sh-1=" + prev,
        "sh+1=" + next, "shh=" + prev + shapes[i] + next, "r=" + ruleTag[i], "r-1=" + at(ruleTag, si - 1),
        "r+1=" + at(ruleTag, si + 1), "rsh=" + ruleTag[i] + shapes[i] + (start ? "^" : ""), "lex=" + lexTag[i],
        "rsuf=" + ruleTag[i] + std::string(lastLetters(w, 3)), "suf1=" + std::string(lastLetters(w, 1)),
        "pre2=" + std::string(firstLetters(w, 2)), "pre4=" + std::string(firstLetters(w, 4)),
        "sh-2=" + at(shapes, si - 2), "sh+2=" + at(shapes, si + 2), "r-2=" + at(ruleTag, si - 2),
        "r+2=" + at(ruleTag, si + 2), "lex-1=" + at(lexTag, si - 1), "lex+1=" + at(lexTag, si + 1),
        "w-1sh=" + at(forms, si - 1) + "|" + shapes[i], "shw+1=" + shapes[i] + "|" + at(forms, si + 1),
        "s-1=" + at(stems, si - 1), "s+1=" + at(stems, si + 1),
        "suf3-1=" + std::string(lastLetters(at(forms, si - 1), 3)),
        "suf3+1=" + std::string(lastLetters(at(forms, si + 1), 3))};
    in.features[i].reserve(std::size(list));
    for (const std::string& f : list) in.features[i].push_back(hashOf(lang + ":" + f));
  }
  return in;
}

HistoryFeatures::HistoryFeatures(Language language) {
  const std::string lang = languageCode(language);
  for (std::size_t a = 0; a < kTags; ++a) {
    previous_[a] = hashOf(lang + ":t-1=" + tagName(a));
    for (std::size_t b = 0; b < kTags; ++b) pair_[a * kTags + b] = hashOf(lang + ":t-2t-1=" + tagName(a) + tagName(b));
  }
}

std::vector<std::size_t> goldTags(const std::vector<WordSpan>& words, const std::vector<Mention>& gold) {
  std::vector<std::size_t> labels(words.size(), kOutside);
  for (const Mention& m : gold) {
    const auto type = typeIndex(m.type);
    if (!type) continue;
    bool first = true;
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (words[i].end <= m.begin || words[i].begin >= m.end || labels[i] != kOutside) continue;
      labels[i] = first ? beginTag(*type) : insideTag(*type);
      first = false;
    }
  }
  return labels;
}

}  // namespace qalam::tagger
