#include "qalam/icu_data.hpp"

#include <unicode/udata.h>

namespace qalam {

Error useIcuCommonData(const std::uint8_t* bytes, std::size_t size) {
  if (bytes == nullptr || size < 32) {
    return {ErrorCode::kInvalidArgument, "ICU data is empty or truncated"};
  }
  UErrorCode status = U_ZERO_ERROR;
  udata_setCommonData(bytes, &status);
  if (U_FAILURE(status)) {
    return {ErrorCode::kIcuFailure, std::string("ICU rejected the data package: ") + u_errorName(status)};
  }
  // No u_init(): it also loads converter aliases, which the trimmed package
  // leaves out. Missing items surface where they are used (Analyzer).
  return {};
}

}  // namespace qalam
