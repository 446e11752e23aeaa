#include "qalam/name_tagger_trainer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <unordered_map>

#include "name_tagger_features.hpp"

namespace qalam {
namespace {

using tagger::kTags;

struct PreparedText {
  Language language = Language::kOther;
  std::vector<std::vector<std::uint32_t>> features;
  std::vector<std::size_t> gold;
};

// Perceptron weights with lazy averaging: each weight remembers the step of
// its last change, and `totals` the sum of its values over all steps so far.
class AveragedWeights {
 public:
  std::size_t slot(std::uint32_t feature) {
    const auto [it, added] = index_.try_emplace(feature, keys_.size());
    if (added) {
      keys_.push_back(feature);
      weights_.resize(weights_.size() + kTags, 0);
      totals_.resize(totals_.size() + kTags, 0);
      stamps_.resize(stamps_.size() + kTags, 0);
    }
    return it->second;
  }
  void score(std::uint32_t feature, std::array<std::int64_t, kTags>& out) const {
    const auto it = index_.find(feature);
    if (it == index_.end()) return;
    for (std::size_t t = 0; t < kTags; ++t) out[t] += weights_[it->second * kTags + t];
  }
  void update(std::uint32_t feature, std::size_t tag, std::int32_t delta, std::uint64_t step) {
    const std::size_t at = slot(feature) * kTags + tag;
    totals_[at] += static_cast<std::int64_t>(step - stamps_[at]) * weights_[at];
    stamps_[at] = step;
    weights_[at] += delta;
  }
  // The averages over `steps`, scaled so the largest is 127, rounded; those
  // under `minimum` are dropped.
  NameTaggerModel finish(std::uint64_t steps, int minimum, std::vector<Language> languages) const {
    std::vector<double> average(weights_.size());
    double largest = 0;
    for (std::size_t at = 0; at < weights_.size(); ++at) {
      const std::int64_t sum = totals_[at] + static_cast<std::int64_t>(steps - stamps_[at]) * weights_[at];
      average[at] = static_cast<double>(sum) / static_cast<double>(steps);
      largest = std::max(largest, std::abs(average[at]));
    }
    std::vector<std::size_t> order(keys_.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keys_[a] < keys_[b]; });
    std::vector<std::uint32_t> keys;
    std::vector<NameTaggerModel::Row> rows;
    for (const std::size_t i : order) {
      NameTaggerModel::Row row{};
      bool any = false;
      for (std::size_t t = 0; t < kTags; ++t) {
        const long q = largest > 0 ? std::lround(average[i * kTags + t] / largest * 127.0) : 0;
        if (std::labs(q) >= minimum) {
          row[t] = static_cast<std::int8_t>(q);
          any = true;
        }
      }
      if (any) {
        keys.push_back(keys_[i]);
        rows.push_back(row);
      }
    }
    return NameTaggerModel(std::move(languages), std::move(keys), std::move(rows));
  }

 private:
  std::unordered_map<std::uint32_t, std::size_t> index_;
  std::vector<std::uint32_t> keys_;  // in the order first seen
  std::vector<std::int32_t> weights_;
  std::vector<std::int64_t> totals_;
  std::vector<std::uint64_t> stamps_;
};

}  // namespace

struct NameTaggerTrainer::Impl {
  const EntityLexicon* lexicon;
  const NameRecognizer* recognizer;
  std::vector<PreparedText> texts;
};

NameTaggerTrainer::NameTaggerTrainer(const EntityLexicon& lexicon, const NameRecognizer& recognizer)
    : impl_(std::make_unique<Impl>(Impl{&lexicon, &recognizer, {}})) {}

NameTaggerTrainer::~NameTaggerTrainer() = default;

void NameTaggerTrainer::add(const TaggedText& text) {
  tagger::TaggerInput in = tagger::prepareInput(text.text, text.language, *impl_->lexicon, *impl_->recognizer);
  PreparedText p;
  p.language = text.language;
  p.gold = tagger::goldTags(in.words, text.gold);
  p.features = std::move(in.features);
  impl_->texts.push_back(std::move(p));
}

std::size_t NameTaggerTrainer::size() const { return impl_->texts.size(); }

NameTaggerModel NameTaggerTrainer::train(const NameTaggerTrainingOptions& options,
                                         const std::function<bool(std::size_t)>& use) const {
  AveragedWeights weights;
  std::unordered_map<Language, tagger::HistoryFeatures> histories;
  std::uint64_t step = 1;
  std::vector<std::size_t> order;
  for (std::size_t e = 0; e < impl_->texts.size(); ++e) {
    if (!use || use(e)) order.push_back(e);
  }
  std::uint64_t random = 0x9E3779B97F4A7C15ULL;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    // A new order each epoch (Fisher-Yates with splitmix64, the same on every platform).
    for (std::size_t k = order.size(); k > 1; --k) {
      random += 0x9E3779B97F4A7C15ULL;
      std::uint64_t z = random;
      z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
      z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
      z ^= z >> 31;
      std::swap(order[k - 1], order[z % k]);
    }
    for (const std::size_t e : order) {
      const PreparedText& text = impl_->texts[e];
      const tagger::HistoryFeatures& history = histories.try_emplace(text.language, text.language).first->second;
      std::size_t previous = tagger::kOutside, beforePrevious = tagger::kOutside;
      std::size_t goldPrevious = tagger::kOutside, goldBeforePrevious = tagger::kOutside;
      for (std::size_t i = 0; i < text.features.size(); ++i) {
        std::array<std::int64_t, kTags> score{};
        for (const std::uint32_t f : text.features[i]) weights.score(f, score);
        weights.score(history.previous(previous), score);
        weights.score(history.pair(beforePrevious, previous), score);
        std::size_t guess = tagger::kOutside;
        for (std::size_t t = 1; t < kTags; ++t) {
          if (tagger::allowedAfter(previous, t) && score[t] > score[guess]) guess = t;
        }
        const std::size_t truth = text.gold[i];
        if (guess != truth) {
          for (const std::uint32_t f : text.features[i]) {
            weights.update(f, truth, 1, step);
            weights.update(f, guess, -1, step);
          }
          weights.update(history.previous(goldPrevious), truth, 1, step);
          weights.update(history.previous(previous), guess, -1, step);
          weights.update(history.pair(goldBeforePrevious, goldPrevious), truth, 1, step);
          weights.update(history.pair(beforePrevious, previous), guess, -1, step);
        }
        ++step;
        beforePrevious = previous;
        previous = guess;
        goldBeforePrevious = goldPrevious;
        goldPrevious = truth;
      }
    }
  }
  return weights.finish(step, options.minimumWeight, options.languages);
}

}  // namespace qalam
