#include "qalam/term_dictionary.hpp"

#include <atomic>

#include "qalam/string_hash.hpp"

namespace qalam {
namespace {

std::uint32_t hashOf(std::string_view s) { return hashBytes(s); }

}  // namespace

std::uint64_t TermDictionary::Generation::next() {
  static std::atomic<std::uint64_t> counter{0};
  return ++counter;
}

std::size_t TermDictionary::slotOf(std::string_view term, std::uint32_t hash) const {
  std::size_t slot = hash & mask_;
  while (slots_[slot].id != kNone && (slots_[slot].hash != hash || this->term(slots_[slot].id) != term)) {
    slot = (slot + 1) & mask_;
  }
  return slot;
}

TermId TermDictionary::find(std::string_view term) const {
  if (slots_.empty()) return kNone;
  return slots_[slotOf(term, hashOf(term))].id;
}

TermId TermDictionary::insert(std::string_view term, bool& added) {
  // Keep the table at most 3/4 full so that probe runs stay short.
  if ((size() + 1) * 4 > slots_.size() * 3) grow();
  const std::uint32_t hash = hashOf(term);
  const std::size_t slot = slotOf(term, hash);
  added = slots_[slot].id == kNone;
  if (!added) return slots_[slot].id;
  const auto id = static_cast<TermId>(size());
  // May throw before anything changes; chars_.append is then the last step
  // that can throw.
  if (offsets_.size() == offsets_.capacity()) offsets_.reserve(offsets_.capacity() * 2);
  chars_.append(term);
  offsets_.push_back(static_cast<std::uint32_t>(chars_.size()));
  slots_[slot] = {id, hash};
  return id;
}

void TermDictionary::grow() { rehash(slots_.empty() ? 1024 : slots_.size() * 2); }

void TermDictionary::rehash(std::size_t capacity) {
  std::vector<Slot> old(capacity);
  old.swap(slots_);
  mask_ = capacity - 1;
  for (const Slot& s : old) {
    if (s.id == kNone) continue;
    std::size_t slot = s.hash & mask_;
    while (slots_[slot].id != kNone) slot = (slot + 1) & mask_;
    slots_[slot] = s;
  }
}

void TermDictionary::reserve(std::size_t terms, std::size_t characters) {
  chars_.reserve(characters);
  offsets_.reserve(terms + 1);
  std::size_t capacity = 1024;
  while (terms * 4 > capacity * 3) capacity *= 2;
  if (capacity > slots_.size()) rehash(capacity);
}

void TermDictionary::shrink() {
  chars_.shrink_to_fit();
  offsets_.shrink_to_fit();
}

std::size_t TermDictionary::memoryBytes() const {
  return chars_.capacity() + offsets_.capacity() * sizeof(std::uint32_t) + slots_.capacity() * sizeof(Slot);
}

}  // namespace qalam
