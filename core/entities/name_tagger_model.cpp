#include "qalam/name_tagger_model.hpp"

#include <algorithm>
#include <bit>

#include "../index/byte_io.hpp"
#include "../index/framed_file.hpp"

namespace qalam {
namespace {

constexpr index::FrameSpec kFrame{"QALAMTAG", kNameTaggerFormat, "Qalam name tagger weights", "name tagger weights",
                                  "rebuild name-tagger.bin"};
constexpr std::uint32_t kAllTags = (1U << NameTaggerModel::kTags) - 1;

Error corrupt(const std::string& what) { return index::corruptFrame(kFrame, what); }

std::shared_ptr<const NameTaggerModel>& installed() {
  static std::shared_ptr<const NameTaggerModel> model;
  return model;
}

Error readPayload(const std::uint8_t* data, std::size_t size, std::shared_ptr<const NameTaggerModel>& out) {
  index::ByteReader in(data, size);
  if (in.varint() != NameTaggerModel::kTags || !in.ok()) return corrupt("tag count is not 13");
  const std::size_t languageCount = in.count(1);
  if (!in.ok()) return corrupt("language count larger than the file");
  std::vector<Language> languages;
  for (std::size_t i = 0; i < languageCount; ++i) {
    const std::string code = in.string();
    const Language language = languageFromCode(code);
    if (!in.ok() || language == Language::kOther || code != languageCode(language)) {
      return corrupt("language " + std::to_string(i) + " is not one the explorer knows");
    }
    languages.push_back(language);
  }
  // Each feature takes at least a gap byte, two mask bytes and one weight.
  const std::size_t count = in.count(4);
  if (!in.ok()) return corrupt("feature count larger than the file");
  std::vector<std::uint32_t> keys(count);
  std::uint64_t key = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const std::uint64_t gap = in.varint();
    if (!in.ok()) return corrupt("feature gaps end early");
    if (i > 0 && gap == 0) return corrupt("feature " + std::to_string(i) + " repeats the one before");
    key += gap;
    if (key >> NameTaggerModel::kFeatureBits) {
      return corrupt("feature " + std::to_string(i) + " is beyond " + std::to_string(NameTaggerModel::kFeatureBits) + " bits");
    }
    keys[i] = static_cast<std::uint32_t>(key);
  }
  std::vector<std::uint16_t> masks(count);
  std::size_t weights = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const std::string_view two = in.view(2);
    if (!in.ok()) return corrupt("tag masks end early");
    masks[i] = static_cast<std::uint16_t>(static_cast<std::uint8_t>(two[0]) | (static_cast<std::uint8_t>(two[1]) << 8));
    if (masks[i] == 0 || (masks[i] & ~kAllTags) != 0) return corrupt("feature " + std::to_string(i) + " has a bad tag mask");
    weights += static_cast<std::size_t>(std::popcount(masks[i]));
  }
  const std::string_view values = in.view(weights);
  if (!in.ok()) return corrupt("weights end early");
  if (!in.atEnd()) return corrupt("bytes after the weights");
  std::vector<NameTaggerModel::Row> rows(count);
  std::size_t at = 0;
  for (std::size_t i = 0; i < count; ++i) {
    rows[i].fill(0);
    for (std::size_t t = 0; t < NameTaggerModel::kTags; ++t) {
      if ((masks[i] >> t) & 1U) rows[i][t] = static_cast<std::int8_t>(values[at++]);
    }
  }
  out = std::make_shared<const NameTaggerModel>(std::move(languages), std::move(keys), std::move(rows));
  return {};
}

}  // namespace

NameTaggerModel::NameTaggerModel(std::vector<Language> languages, std::vector<std::uint32_t> keys, std::vector<Row> rows)
    : languages_(std::move(languages)), keys_(std::move(keys)), rows_(std::move(rows)) {}

const NameTaggerModel::Row* NameTaggerModel::find(std::uint32_t feature) const {
  const auto it = std::lower_bound(keys_.begin(), keys_.end(), feature);
  if (it == keys_.end() || *it != feature) return nullptr;
  return &rows_[static_cast<std::size_t>(it - keys_.begin())];
}

bool NameTaggerModel::covers(Language language) const {
  return std::find(languages_.begin(), languages_.end(), language) != languages_.end();
}

std::size_t NameTaggerModel::weightCount() const {
  std::size_t n = 0;
  for (const Row& row : rows_) n += static_cast<std::size_t>(std::count_if(row.begin(), row.end(), [](std::int8_t w) { return w != 0; }));
  return n;
}

std::string writeNameTaggerModel(const NameTaggerModel& model) {
  index::ByteWriter payload;
  payload.varint(NameTaggerModel::kTags);
  payload.varint(model.languages().size());
  for (const Language language : model.languages()) payload.string(languageCode(language));
  const std::vector<std::uint32_t>& keys = model.keys();
  const std::vector<NameTaggerModel::Row>& rows = model.rows();
  // Features without a weight are left out; the rest keep their order.
  std::vector<std::size_t> kept;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (std::any_of(rows[i].begin(), rows[i].end(), [](std::int8_t w) { return w != 0; })) kept.push_back(i);
  }
  payload.varint(kept.size());
  std::uint32_t previous = 0;
  for (const std::size_t i : kept) {
    payload.varint(keys[i] - previous);
    previous = keys[i];
  }
  std::vector<std::uint8_t>& bytes = payload.bytes();
  for (const std::size_t i : kept) {
    std::uint16_t mask = 0;
    for (std::size_t t = 0; t < NameTaggerModel::kTags; ++t) {
      if (rows[i][t] != 0) mask = static_cast<std::uint16_t>(mask | (1U << t));
    }
    bytes.push_back(static_cast<std::uint8_t>(mask & 0xFF));
    bytes.push_back(static_cast<std::uint8_t>(mask >> 8));
  }
  for (const std::size_t i : kept) {
    for (const std::int8_t w : rows[i]) {
      if (w != 0) bytes.push_back(static_cast<std::uint8_t>(w));
    }
  }
  return index::writeFrame(kFrame, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

NameTaggerModelLoad readNameTaggerModel(std::string_view bytes) {
  NameTaggerModelLoad result;
  const index::FramedPayload frame = index::readFrame(bytes, kFrame);
  if (frame.error) {
    result.error = frame.error;
    return result;
  }
  result.error = readPayload(frame.data, frame.size, result.model);
  if (result.error) result.model.reset();
  return result;
}

std::shared_ptr<const NameTaggerModel> installNameTaggerModel(std::shared_ptr<const NameTaggerModel> model) {
  std::shared_ptr<const NameTaggerModel> previous = std::move(installed());
  installed() = std::move(model);
  return previous;
}

std::shared_ptr<const NameTaggerModel> installedNameTaggerModel() { return installed(); }

}  // namespace qalam
