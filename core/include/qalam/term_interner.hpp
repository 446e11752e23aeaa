// Where the analyzer turns terms into ids during an index build.
#pragma once

#include <cstdint>
#include <string_view>

#include "qalam/term_dictionary.hpp"

namespace qalam {

class TermInterner {
 public:
  virtual ~TermInterner() = default;
  // The id of `term`, added when new.
  virtual TermId intern(std::string_view term) = 0;
  // Ids keep their meaning while this stays the same: it changes when the
  // vocabulary is replaced (another index, a reload), never when it grows.
  virtual std::uint64_t generation() const = 0;
};

}  // namespace qalam
