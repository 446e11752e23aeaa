// The name tagger's weights as shipped (name-tagger.bin): feature hashes of
// 22 bits, sorted, each with up to 13 int8 weights (one per BIO tag), and the
// languages the tagger is used for. Built by the trainer at build time
// (cli/tagger/), loaded once per process; see docs/ENTITIES.md.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "qalam/error.hpp"
#include "qalam/language.hpp"

namespace qalam {

// Raised when the layout or the feature set changes: a file from another
// version would score with features it was not trained on.
inline constexpr std::uint32_t kNameTaggerFormat = 2;

class NameTaggerModel {
 public:
  // The six name types, each with a B- and an I- tag, and O.
  static constexpr std::size_t kTags = 13;
  // Features are hashed into 2^22 slots when training and tagging alike, so
  // the gaps between the stored ones take about a byte each.
  static constexpr unsigned kFeatureBits = 22;
  using Row = std::array<std::int8_t, kTags>;

  NameTaggerModel() = default;
  // `keys` strictly increasing and below 2^kFeatureBits, one row per key.
  NameTaggerModel(std::vector<Language> languages, std::vector<std::uint32_t> keys, std::vector<Row> rows);

  // The weights of one feature, or nullptr when it has none.
  const Row* find(std::uint32_t feature) const;
  // Whether the extractor uses the tagger for texts of `language`.
  bool covers(Language language) const;

  const std::vector<Language>& languages() const { return languages_; }
  const std::vector<std::uint32_t>& keys() const { return keys_; }
  const std::vector<Row>& rows() const { return rows_; }
  std::size_t weightCount() const;

 private:
  std::vector<Language> languages_;
  std::vector<std::uint32_t> keys_;
  std::vector<Row> rows_;
};

// Header: "QALAMTAG", u32 format, u32 payload size, u32 CRC-32 of the
// payload. Payload: varint tag count (13); varint language count and each
// language code as a string; varint feature count N; N varint gaps between
// the sorted hashes (the first from 0); N u16 tag masks; then one int8 per
// set mask bit, feature by feature. Streams of one kind compress better.
std::string writeNameTaggerModel(const NameTaggerModel& model);

struct NameTaggerModelLoad {
  std::shared_ptr<const NameTaggerModel> model;  // null when error is set
  Error error;
};

// Every length, gap, mask and language is checked: truncated or damaged
// bytes give kCorruptIndex, another format kIndexVersion; never a crash.
NameTaggerModelLoad readNameTaggerModel(std::string_view bytes);

// The weights every EntityExtractor made afterwards uses (null: rules
// only). Loaded once per process (the page's worker, the CLI) before any
// corpus; returns the model it replaces.
std::shared_ptr<const NameTaggerModel> installNameTaggerModel(std::shared_ptr<const NameTaggerModel> model);
std::shared_ptr<const NameTaggerModel> installedNameTaggerModel();

}  // namespace qalam
