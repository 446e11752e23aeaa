#include "name_scan.hpp"

#include <algorithm>

#include "qalam/name_key.hpp"

namespace qalam::name_rules {
namespace {

std::string tableKey(Language language, std::string_view form) {
  std::string key(1, static_cast<char>(language));
  key += form;
  return key;
}

// Whether a text word is a trigger word: any shared form, except that the
// text's exact form may not be only the trigger's stem (қала is not қаласы,
// though қаласында is).
bool sharesForm(const std::vector<std::string>& text, const std::vector<std::string>& trigger, bool arabic) {
  for (std::size_t a = 0; a < text.size(); ++a) {
    // Arabic stems join plural and singular (شركات, شركة): exact forms only.
    for (std::size_t b = 0; b < (arabic ? 1 : trigger.size()); ++b) {
      if (text[a] == trigger[b] && !(a == 0 && b > 0)) return true;
    }
  }
  return false;
}

// What stands between two words.
struct Gap {
  bool sentence = false;
  bool punct = false;
  bool quote = false;
  bool quoteOpens = false;
};

Gap classifyGap(std::string_view gap) {
  static constexpr std::string_view kSentence[] = {".", "!", "?", "\n", "\xD8\x9F" /* ؟ */, "\xE2\x80\xA6" /* … */};
  static constexpr std::string_view kPunct[] = {",", ";", ":", "(", ")", "[", "]", "/", "|",
                                                 "\xD8\x8C" /* ، */, "\xD8\x9B" /* ؛ */, "\xE2\x80\x94" /* — */,
                                                 "\xE2\x80\x93" /* – */, " - "};
  static constexpr std::string_view kQuotes[] = {"\"", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E"};
  Gap g;
  for (std::string_view s : kSentence) g.sentence = g.sentence || gap.find(s) != std::string_view::npos;
  for (std::string_view s : kPunct) g.punct = g.punct || gap.find(s) != std::string_view::npos;
  for (std::string_view s : kQuotes) g.quote = g.quote || gap.find(s) != std::string_view::npos;
  g.punct = g.punct || g.sentence;
  // The gap's last quote opens a quotation when it is « “ „, or a straight
  // quote with no letter right before it.
  const std::size_t last = gap.find_last_of("\"\xAB\x9C\x9E");
  if (g.quote && last != std::string_view::npos) {
    const std::string_view tail = gap.substr(0, last + 1);
    g.quoteOpens = name_rules::endsWith(tail, "\xC2\xAB") || name_rules::endsWith(tail, "\xE2\x80\x9C") ||
                   name_rules::endsWith(tail, "\xE2\x80\x9E") || (tail.back() == '"' && (last == 0 || gap[last - 1] == ' '));
  }
  return g;
}

}  // namespace

TriggerTable::TriggerTable(const EntityLexicon& lexicon) {
  for (const TriggerEntry& entry : triggerEntries()) {
    CompiledTrigger trigger{{}, entry.kind, entry.type};
    for (const WordSpan& w : lexicon.words(entry.text, entry.language)) trigger.words.push_back(w.forms);
    if (trigger.words.empty()) continue;
    const auto index = static_cast<std::uint32_t>(triggers_.size());
    for (const std::string& form : trigger.words.front()) {
      std::vector<std::uint32_t>& list = byFirstForm_[tableKey(entry.language, form)];
      if (std::find(list.begin(), list.end(), index) == list.end()) list.push_back(index);
    }
    triggers_.push_back(std::move(trigger));
  }
}

const std::vector<std::uint32_t>* TriggerTable::startingWith(Language language, std::string_view form) const {
  const auto it = byFirstForm_.find(tableKey(language, form));
  return it == byFirstForm_.end() ? nullptr : &it->second;
}

ScannedText scanText(std::string_view text, Language language, const EntityLexicon& lexicon, const TriggerTable& table) {
  ScannedText out;
  out.text = text;
  out.spans = lexicon.words(text, language);
  const std::size_t n = out.spans.size();
  out.words.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const WordSpan& span = out.spans[i];
    ScannedWord& w = out.words[i];
    w.raw = text.substr(span.begin, span.end - span.begin);
    w.forms = span.forms;
    w.script = scriptOf(w.raw);
    if (w.script == Script::kArabic && !w.forms.empty()) {
      std::string bare = withoutProclitics(w.forms.front());
      if (std::find(w.forms.begin(), w.forms.end(), bare) == w.forms.end()) w.forms.push_back(std::move(bare));
    }
    const bool cased = w.script == Script::kLatin || w.script == Script::kCyrillic;
    w.capital = cased && startsWithCapital(w.raw);
    w.abbreviation = cased && isAbbreviation(w.raw);
    const std::uint32_t gapBegin = i == 0 ? 0 : out.spans[i - 1].end;
    const Gap gap = classifyGap(text.substr(gapBegin, span.begin - gapBegin));
    w.sentenceStart = i == 0 || gap.sentence;
    w.punctBefore = i == 0 || gap.punct;
    w.quoteBefore = gap.quote;
    w.quoteOpens = gap.quoteOpens;
    w.hyphenBefore = i > 0 && text.substr(gapBegin, span.begin - gapBegin) == "-";
  }
  // Triggers: every trigger whose first word shares a form with word i and
  // whose later words follow without punctuation; the longest title or head wins.
  for (std::size_t i = 0; i < n; ++i) {
    ScannedWord& w = out.words[i];
    for (const std::string& form : w.forms) {
      const std::vector<std::uint32_t>* list = table.startingWith(language, form);
      if (list == nullptr) continue;
      for (const std::uint32_t t : *list) {
        const CompiledTrigger& trigger = table.at(t);
        const std::size_t length = trigger.words.size();
        const bool arabic = w.script == Script::kArabic;
        bool matches = i + length <= n && sharesForm(w.forms, trigger.words[0], arabic);
        for (std::size_t k = 1; matches && k < length; ++k) {
          matches = !out.words[i + k].punctBefore && sharesForm(out.words[i + k].forms, trigger.words[k], arabic);
        }
        if (!matches) continue;
        if (trigger.kind == TriggerKind::kStop) {
          for (std::size_t k = 0; k < length; ++k) out.words[i + k].stop = true;
        } else if (trigger.kind == TriggerKind::kCommon) {
          w.common = w.common || length == 1;
        } else if (trigger.kind == TriggerKind::kPlace) {
          w.place = w.place || length == 1;
        } else if (length > w.triggerWords) {
          w.trigger = static_cast<std::int32_t>(t);
          w.triggerWords = static_cast<std::uint32_t>(length);
        }
      }
    }
  }
  return out;
}

}  // namespace qalam::name_rules
