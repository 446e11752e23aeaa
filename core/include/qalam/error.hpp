// Errors cross every boundary as values: a stable code and a human message.
#pragma once

#include <cstdint>
#include <string>

namespace qalam {

enum class ErrorCode : std::uint8_t {
  kNone = 0,
  kInvalidArgument,
  kInvalidUtf8,
  kMalformedRecord,
  kDuplicateId,
  kQuerySyntax,
  kIcuFailure,
  kEmptyDocument,
  kCorruptIndex,
  kIndexVersion,
};

const char* errorCodeName(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::kNone;
  std::string message;

  explicit operator bool() const { return code != ErrorCode::kNone; }
};

// A problem with one record of an imported file. Either the record is
// skipped, or (a warning) it is kept as repaired; the import goes on.
struct ImportIssue {
  std::string file;
  std::uint32_t line = 0;  // 1-based; 0 when the issue concerns the whole file
  ErrorCode code = ErrorCode::kNone;
  std::string message;
  bool skipped = true;
};

}  // namespace qalam
