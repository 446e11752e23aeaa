// The index vocabulary: every term once, in one character arena, found by an
// open-addressing hash table of term ids. About 10 bytes per term beside the
// characters, where a hash map of std::string costs 60 to 100.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace qalam {

using TermId = std::uint32_t;

class TermDictionary {
 public:
  static constexpr TermId kNone = 0xFFFFFFFFu;

  TermId find(std::string_view term) const;
  // The term's id, adding it when new; `added` says which.
  TermId insert(std::string_view term, bool& added);

  std::string_view term(TermId id) const {
    return std::string_view(chars_).substr(offsets_[id], offsets_[id + 1] - offsets_[id]);
  }
  std::size_t size() const { return offsets_.size() - 1; }
  // Unique to this vocabulary's ids: a copy, a move or an assignment gets a
  // new one, so ids remembered elsewhere under an older one are stale.
  std::uint64_t generation() const { return generation_.value; }
  std::size_t memoryBytes() const;
  void reserve(std::size_t terms, std::size_t characters);
  // Gives back the slack of growing arrays.
  void shrink();

 private:
  void grow();
  void rehash(std::size_t capacity);  // a power of two
  std::size_t slotOf(std::string_view term, std::uint32_t hash) const;

  struct Generation {
    static std::uint64_t next();
    std::uint64_t value = next();
    Generation() = default;
    Generation(const Generation&) : value(next()) {}
    Generation& operator=(const Generation&) {
      value = next();
      return *this;
    }
  };

  std::string chars_;
  std::vector<std::uint32_t> offsets_ = {0};
  struct Slot {
    TermId id = kNone;        // kNone marks an empty slot
    std::uint32_t hash = 0;   // compared before the characters
  };
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  Generation generation_;
};

}  // namespace qalam
