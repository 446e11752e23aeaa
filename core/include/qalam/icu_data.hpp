// Points ICU at a data package held in memory (the trimmed icudt72l.dat that
// the browser fetches). Native builds normally use the system's ICU data and
// never call this.
#pragma once

#include <cstddef>
#include <cstdint>

#include "qalam/error.hpp"

namespace qalam {

// The bytes must stay alive and unchanged for the rest of the process.
// Must be called before the first Analyzer is created.
Error useIcuCommonData(const std::uint8_t* bytes, std::size_t size);

}  // namespace qalam
