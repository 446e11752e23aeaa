#include "framed_file.hpp"

#include "byte_io.hpp"

namespace qalam::index {

Error corruptFrame(const FrameSpec& spec, const std::string& what) {
  return {ErrorCode::kCorruptIndex, "corrupt " + std::string(spec.name) + ": " + what};
}

FramedPayload readFrame(std::string_view bytes, const FrameSpec& spec) {
  FramedPayload result;
  const std::string_view magic = spec.magic;
  if (bytes.size() < magic.size() || bytes.substr(0, magic.size()) != magic) {
    result.error = {ErrorCode::kCorruptIndex,
                    "not " + std::string(spec.article) + " (no " + std::string(magic) + " signature)"};
    return result;
  }
  if (bytes.size() < kFrameHeaderSize) {
    result.error = corruptFrame(spec, "truncated header");
    return result;
  }
  const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
  ByteReader header(data + magic.size(), kFrameHeaderSize - magic.size());
  const std::uint32_t format = header.u32();
  const std::uint32_t size = header.u32();
  const std::uint32_t checksum = header.u32();
  if (format != spec.format) {
    result.error = {ErrorCode::kIndexVersion, std::string(spec.name) + " format " + std::to_string(format) +
                                                  "; this version reads format " + std::to_string(spec.format) +
                                                  ": " + std::string(spec.remedy)};
    return result;
  }
  const std::size_t available = bytes.size() - kFrameHeaderSize;
  if (size != available) {
    result.error = corruptFrame(spec, size > available ? "truncated (" + std::to_string(available) + " of " +
                                                            std::to_string(size) + " payload bytes)"
                                                      : "bytes after the payload");
    return result;
  }
  if (crc32(data + kFrameHeaderSize, size) != checksum) {
    result.error = corruptFrame(spec, "checksum mismatch");
    return result;
  }
  result.data = data + kFrameHeaderSize;
  result.size = size;
  return result;
}

std::string writeFrame(const FrameSpec& spec, std::string_view payload) {
  ByteWriter header;
  header.append(spec.magic);
  header.u32(spec.format);
  header.u32(static_cast<std::uint32_t>(payload.size()));
  header.u32(crc32(reinterpret_cast<const std::uint8_t*>(payload.data()), payload.size()));
  std::string out(header.bytes().begin(), header.bytes().end());
  out.append(payload);
  return out;
}

}  // namespace qalam::index
