// Little-endian writing and bounds-checked reading for saved indexes, and the
// CRC-32 that guards them. Reading never trusts a length it has not checked.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "varint.hpp"

namespace qalam::index {

std::uint32_t crc32(const std::uint8_t* data, std::size_t size);

class ByteWriter {
 public:
  void u8(std::uint8_t v) { bytes_.push_back(v); }
  void u32(std::uint32_t v) {
    for (int i = 0; i < 4; ++i) bytes_.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
  }
  void u64(std::uint64_t v) {
    for (int i = 0; i < 8; ++i) bytes_.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
  }
  void varint(std::uint64_t v) { putVarint(bytes_, v); }
  void string(std::string_view s) {
    varint(s.size());
    bytes_.insert(bytes_.end(), s.begin(), s.end());
  }
  void raw(const std::vector<std::uint8_t>& b) {
    varint(b.size());
    bytes_.insert(bytes_.end(), b.begin(), b.end());
  }
  // Bytes as they are, their length told elsewhere.
  void append(std::string_view b) { bytes_.insert(bytes_.end(), b.begin(), b.end()); }
  std::vector<std::uint8_t>& bytes() { return bytes_; }

 private:
  std::vector<std::uint8_t> bytes_;
};

class ByteReader {
 public:
  ByteReader(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}

  bool ok() const { return ok_; }
  bool atEnd() const { return at_ == size_; }
  std::size_t offset() const { return at_; }

  std::uint8_t u8() { return need(1) ? data_[at_++] : 0; }
  std::uint32_t u32() {
    if (!need(4)) return 0;
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(data_[at_++]) << (8 * i);
    return v;
  }
  std::uint64_t u64() {
    if (!need(8)) return 0;
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= static_cast<std::uint64_t>(data_[at_++]) << (8 * i);
    return v;
  }
  std::uint64_t varint() {
    std::uint64_t v = 0;
    if (ok_ && !getVarint(data_, size_, at_, v)) ok_ = false;
    return ok_ ? v : 0;
  }
  // A count of items each taking at least `minBytes`: checked against what
  // is left, so it always fits in size_t (32 bits in wasm).
  std::size_t count(std::size_t minBytes) {
    const std::uint64_t n = varint();
    if (ok_ && n > (size_ - at_) / (minBytes == 0 ? 1 : minBytes)) ok_ = false;
    return ok_ ? static_cast<std::size_t>(n) : 0;
  }
  std::string string() {
    const std::uint64_t n = varint();
    if (!need(n)) return {};
    std::string s(reinterpret_cast<const char*>(data_ + at_), static_cast<std::size_t>(n));
    at_ += static_cast<std::size_t>(n);
    return s;
  }
  // The next `n` bytes, not copied.
  std::string_view view(std::uint64_t n) {
    if (!need(n)) return {};
    const std::string_view v(reinterpret_cast<const char*>(data_ + at_), static_cast<std::size_t>(n));
    at_ += static_cast<std::size_t>(n);
    return v;
  }
  std::vector<std::uint8_t> raw() {
    const std::uint64_t n = varint();
    if (!need(n)) return {};
    std::vector<std::uint8_t> b(data_ + at_, data_ + at_ + n);
    at_ += static_cast<std::size_t>(n);
    return b;
  }

 private:
  bool need(std::uint64_t n) {
    if (!ok_ || n > size_ - at_) ok_ = false;
    return ok_;
  }

  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

}  // namespace qalam::index
