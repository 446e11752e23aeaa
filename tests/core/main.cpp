// Catch2 runner. The wasm build has no system ICU data: it loads the same
// trimmed package the browser gets, so the suite proves that package is enough.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef QALAM_TEST_ICU_DATA
#include <cstdio>
#include <vector>

#include "qalam/icu_data.hpp"

static bool loadTestIcuData() {
  static std::vector<std::uint8_t> bytes;
  std::FILE* f = std::fopen(QALAM_TEST_ICU_DATA, "rb");
  if (f == nullptr) {
    std::fprintf(stderr, "cannot open ICU data %s\n", QALAM_TEST_ICU_DATA);
    return false;
  }
  std::uint8_t buffer[1 << 16];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;) bytes.insert(bytes.end(), buffer, buffer + n);
  std::fclose(f);
  const qalam::Error error = qalam::useIcuCommonData(bytes.data(), bytes.size());
  if (error) std::fprintf(stderr, "%s\n", error.message.c_str());
  return !error;
}
#endif

int main(int argc, char* argv[]) {
#ifdef QALAM_TEST_ICU_DATA
  if (!loadTestIcuData()) return 1;
#endif
  return Catch::Session().run(argc, argv);
}
