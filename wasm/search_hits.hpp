// The result of one search, held in wasm memory until the worker has copied
// it. Arrays come out as typed-array views: copy them before the next call
// into the module (memory growth detaches views).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "bindings.hpp"
#include "qalam/corpus.hpp"

namespace qalam::wasm {

class SearchHits {
 public:
  SearchHits(const std::string& query, SearchResults results);

  std::uint32_t total() const { return results_.total; }
  // False when `total` is a lower bound (the search skipped postings that
  // could not reach the results).
  bool totalExact() const { return results_.totalExact; }
  std::uint32_t count() const { return static_cast<std::uint32_t>(results_.docs.size()); }
  val docs() const;
  val scores() const;
  std::string snippet(std::uint32_t i) const;
  // [begin, end) pairs as UTF-16 indices into snippet(i).
  val highlights(std::uint32_t i) const;
  // `{code, message, position}` with a UTF-16 position, or null.
  val error() const;

 private:
  SearchResults results_;
  std::vector<std::vector<std::uint32_t>> highlightsUtf16_;
  int errorPositionUtf16_ = -1;
};

}  // namespace qalam::wasm
