// Search results: struct-of-arrays through typed_memory_view.
#include "qalam/utf.hpp"
#include "search_hits.hpp"

namespace qalam::wasm {

SearchHits::SearchHits(const std::string& query, SearchResults results) : results_(std::move(results)) {
  highlightsUtf16_.reserve(results_.snippets.size());
  for (const Snippet& snippet : results_.snippets) {
    std::vector<std::uint32_t> offsets = snippet.highlights;
    utf8ToUtf16Offsets(snippet.text, offsets);
    highlightsUtf16_.push_back(std::move(offsets));
  }
  if (results_.error) {
    std::vector<std::uint32_t> position{results_.errorPosition};
    utf8ToUtf16Offsets(query, position);
    errorPositionUtf16_ = static_cast<int>(position[0]);
  }
}

val SearchHits::docs() const {
  return val(emscripten::typed_memory_view(results_.docs.size(), results_.docs.data()));
}

val SearchHits::scores() const {
  return val(emscripten::typed_memory_view(results_.scores.size(), results_.scores.data()));
}

std::string SearchHits::snippet(std::uint32_t i) const {
  return i < results_.snippets.size() ? results_.snippets[i].text : std::string();
}

val SearchHits::highlights(std::uint32_t i) const {
  if (i >= highlightsUtf16_.size()) return val(emscripten::typed_memory_view(std::size_t{0}, static_cast<const std::uint32_t*>(nullptr)));
  const std::vector<std::uint32_t>& h = highlightsUtf16_[i];
  return val(emscripten::typed_memory_view(h.size(), h.data()));
}

val SearchHits::error() const {
  return results_.error ? errorValue(results_.error, errorPositionUtf16_) : val::null();
}

}  // namespace qalam::wasm

EMSCRIPTEN_BINDINGS(qalam_search) {
  using qalam::wasm::SearchHits;
  emscripten::class_<SearchHits>("SearchHits")
      .function("total", &SearchHits::total)
      .function("totalExact", &SearchHits::totalExact)
      .function("count", &SearchHits::count)
      .function("docs", &SearchHits::docs)
      .function("scores", &SearchHits::scores)
      .function("snippet", &SearchHits::snippet)
      .function("highlights", &SearchHits::highlights)
      .function("error", &SearchHits::error);
}
