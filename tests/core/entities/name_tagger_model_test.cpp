#include "qalam/name_tagger_model.hpp"

#include <catch2/catch.hpp>

#include "../../../core/index/byte_io.hpp"

namespace {

using qalam::ErrorCode;
using qalam::Language;
using qalam::NameTaggerModel;

NameTaggerModel smallModel() {
  NameTaggerModel::Row a{};
  a[0] = 5;
  a[3] = -127;
  NameTaggerModel::Row b{};
  b[12] = 127;
  return NameTaggerModel({Language::kKazakh, Language::kArabic}, {7, 0x3FFFF0U}, {a, b});
}

// A file around `payload` with a correct header, to reach the payload checks.
std::string withHeader(const std::vector<std::uint8_t>& payload) {
  qalam::index::ByteWriter header;
  header.append("QALAMTAG");
  header.u32(qalam::kNameTaggerFormat);
  header.u32(static_cast<std::uint32_t>(payload.size()));
  header.u32(qalam::index::crc32(payload.data(), payload.size()));
  std::string out(header.bytes().begin(), header.bytes().end());
  out.append(payload.begin(), payload.end());
  return out;
}

std::string loadError(std::string_view bytes) {
  const qalam::NameTaggerModelLoad load = qalam::readNameTaggerModel(bytes);
  CHECK((load.model == nullptr) == static_cast<bool>(load.error));
  return load.error ? std::string(qalam::errorCodeName(load.error.code)) + ": " + load.error.message : "";
}

}  // namespace

TEST_CASE("name tagger weights read back as they were written") {
  const std::string bytes = qalam::writeNameTaggerModel(smallModel());
  const qalam::NameTaggerModelLoad load = qalam::readNameTaggerModel(bytes);
  REQUIRE_FALSE(load.error);
  CHECK(load.model->keys() == smallModel().keys());
  CHECK(load.model->rows() == smallModel().rows());
  CHECK(load.model->languages() == smallModel().languages());
  CHECK(load.model->covers(Language::kArabic));
  CHECK_FALSE(load.model->covers(Language::kRussian));
  REQUIRE(load.model->find(0x3FFFF0U) != nullptr);
  CHECK((*load.model->find(0x3FFFF0U))[12] == 127);
  CHECK(load.model->find(8) == nullptr);
  CHECK(load.model->weightCount() == 3);
  CHECK(qalam::writeNameTaggerModel(*load.model) == bytes);
}

TEST_CASE("every truncation and every damaged byte of tagger weights is an error, never a crash") {
  const std::string bytes = qalam::writeNameTaggerModel(smallModel());
  for (std::size_t size = 0; size < bytes.size(); ++size) {
    INFO("first " << size << " bytes");
    CHECK_FALSE(loadError(bytes.substr(0, size)).empty());
  }
  for (std::size_t at = 0; at < bytes.size(); ++at) {
    std::string damaged = bytes;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x5A);
    INFO("byte " << at);
    CHECK_FALSE(loadError(damaged).empty());
  }
  CHECK(loadError(bytes + "x") == "corrupt-index: corrupt name tagger weights: bytes after the payload");
  CHECK(loadError(bytes.substr(0, bytes.size() - 1)).find("truncated") != std::string::npos);
  CHECK(loadError("QALAMGAZ\x01\0\0\0") == "corrupt-index: not Qalam name tagger weights (no QALAMTAG signature)");
}

TEST_CASE("tagger weights with a valid checksum but impossible contents are named errors") {
  struct Row {
    std::vector<std::uint8_t> payload;
    const char* expected;
  };
  const Row rows[] = {
      {{12, 0, 0}, "tag count is not 13"},
      {{13, 1, 2, 'x', 'x', 0}, "language 0 is not one the explorer knows"},
      {{13, 0, 2, 1, 0, 1, 0, 1, 0, 5, 5}, "feature 1 repeats the one before"},
      {{13, 0, 1, 1, 0, 0x40, 5}, "feature 0 has a bad tag mask"},
      {{13, 0, 1, 1, 0, 0, 5}, "feature 0 has a bad tag mask"},
      {{13, 0, 1, 1, 3, 0, 5}, "weights end early"},
      {{13, 0, 1, 1, 1, 0, 5, 6}, "bytes after the weights"},
      {{13, 0, 0x7F}, "feature count larger than the file"},
      {{13, 0, 1, 0x80, 0x80, 0x80, 0x02, 1, 0, 5}, "feature 0 is beyond 22 bits"},
  };
  for (const Row& row : rows) {
    INFO(row.expected);
    CHECK(loadError(withHeader(row.payload)) == std::string("corrupt-index: corrupt name tagger weights: ") + row.expected);
  }
  std::string other = qalam::writeNameTaggerModel(smallModel());
  other[8] = 9;  // format 9
  CHECK(loadError(other).rfind("index-version: name tagger weights format 9", 0) == 0);
}
