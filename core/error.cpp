#include "qalam/error.hpp"

namespace qalam {

const char* errorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kNone: return "ok";
    case ErrorCode::kInvalidArgument: return "invalid-argument";
    case ErrorCode::kInvalidUtf8: return "invalid-utf8";
    case ErrorCode::kMalformedRecord: return "malformed-record";
    case ErrorCode::kDuplicateId: return "duplicate-id";
    case ErrorCode::kQuerySyntax: return "query-syntax";
    case ErrorCode::kIcuFailure: return "icu-failure";
    case ErrorCode::kEmptyDocument: return "empty-document";
    case ErrorCode::kCorruptIndex: return "corrupt-index";
    case ErrorCode::kIndexVersion: return "index-version";
  }
  return "unknown";
}

}  // namespace qalam
