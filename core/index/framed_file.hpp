// The frame of Qalam's data files other than saved indexes (the gazetteer,
// the name tagger's weights): an 8-byte signature, then u32 format, u32
// payload size and u32 CRC-32 of the payload (little-endian), then the
// payload. Checking it is the same for every such file; only the names in
// the messages differ.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "qalam/error.hpp"

namespace qalam::index {

constexpr std::size_t kFrameHeaderSize = 8 + 4 + 4 + 4;

struct FrameSpec {
  std::string_view magic;  // 8 bytes
  std::uint32_t format = 0;
  std::string_view article;  // "a Qalam gazetteer": for a file without the signature
  std::string_view name;     // "gazetteer": for other errors ("corrupt gazetteer: ...")
  std::string_view remedy;   // what to do about another format version
};

struct FramedPayload {
  const std::uint8_t* data = nullptr;
  std::size_t size = 0;
  Error error;  // the payload is unset unless the frame is whole and its checksum matches
};

FramedPayload readFrame(std::string_view bytes, const FrameSpec& spec);
std::string writeFrame(const FrameSpec& spec, std::string_view payload);
// "corrupt <name>: <what>", for errors found in the payload.
Error corruptFrame(const FrameSpec& spec, const std::string& what);

}  // namespace qalam::index
