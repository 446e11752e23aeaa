// ICU data hand-over: the page fetches the trimmed icudt72l.dat and passes its
// bytes here before creating anything else.
#include <cstdint>
#include <string>
#include <vector>

#include "bindings.hpp"
#include "qalam/icu_data.hpp"

namespace qalam::wasm {
namespace {

// ICU keeps a pointer to the package for the life of the process.
std::vector<std::uint8_t>& icuDataStorage() {
  static std::vector<std::uint8_t> bytes;
  return bytes;
}

val loadIcuData(const std::string& bytes) {
  std::vector<std::uint8_t>& storage = icuDataStorage();
  if (!storage.empty()) return errorValue({ErrorCode::kInvalidArgument, "ICU data is already loaded"});
  storage.assign(bytes.begin(), bytes.end());
  const Error error = useIcuCommonData(storage.data(), storage.size());
  if (error) storage.clear();
  return error ? errorValue(error) : val::null();
}

}  // namespace
}  // namespace qalam::wasm

EMSCRIPTEN_BINDINGS(qalam_icu) {
  emscripten::function("loadIcuData", &qalam::wasm::loadIcuData);
}
