#include "qalam/term_dictionary.hpp"

#include <functional>

namespace qalam {
namespace {

std::size_t hashOf(std::string_view s) {
  // FNV-1a: short strings, and the same on every platform (wasm's size_t is
  // 32 bits) so probe sequences do not depend on the build.
  std::uint32_t h = 2166136261u;
  for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

}  // namespace

std::size_t TermDictionary::slotOf(std::string_view term) const {
  std::size_t slot = hashOf(term) & mask_;
  while (slots_[slot] != kNone && this->term(slots_[slot]) != term) slot = (slot + 1) & mask_;
  return slot;
}

TermId TermDictionary::find(std::string_view term) const {
  if (slots_.empty()) return kNone;
  return slots_[slotOf(term)];
}

TermId TermDictionary::insert(std::string_view term, bool& added) {
  // Keep the table at most 3/4 full so that probe runs stay short.
  if ((size() + 1) * 4 > slots_.size() * 3) grow();
  const std::size_t slot = slotOf(term);
  added = slots_[slot] == kNone;
  if (!added) return slots_[slot];
  const auto id = static_cast<TermId>(size());
  chars_.append(term);
  offsets_.push_back(static_cast<std::uint32_t>(chars_.size()));
  slots_[slot] = id;
  return id;
}

void TermDictionary::grow() {
  const std::size_t capacity = slots_.empty() ? 1024 : slots_.size() * 2;
  slots_.assign(capacity, kNone);
  mask_ = capacity - 1;
  for (TermId id = 0; id < size(); ++id) {
    std::size_t slot = hashOf(term(id)) & mask_;
    while (slots_[slot] != kNone) slot = (slot + 1) & mask_;
    slots_[slot] = id;
  }
}

void TermDictionary::reserve(std::size_t terms, std::size_t characters) {
  chars_.reserve(characters);
  offsets_.reserve(terms + 1);
  std::size_t capacity = 1024;
  while (terms * 4 > capacity * 3) capacity *= 2;
  if (capacity > slots_.size()) {
    slots_.assign(capacity / 2, kNone);  // grow() doubles it and rehashes
    grow();
  }
}

void TermDictionary::shrink() {
  chars_.shrink_to_fit();
  offsets_.shrink_to_fit();
}

std::size_t TermDictionary::memoryBytes() const {
  return chars_.capacity() + offsets_.capacity() * sizeof(std::uint32_t) + slots_.capacity() * sizeof(TermId);
}

}  // namespace qalam
