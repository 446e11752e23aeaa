# Snowball's Russian and English stemmers: C generated from Debian's snowball
# source by scripts/fetch-snowball.sh (cached), compiled here for every preset.
set(QALAM_SNOWBALL_DIR "$ENV{QALAM_SNOWBALL_DIR}" CACHE PATH "Generated Snowball C sources (scripts/fetch-snowball.sh)")
if(NOT EXISTS "${QALAM_SNOWBALL_DIR}/src_c/stem_UTF_8_russian.c")
  execute_process(COMMAND "${PROJECT_SOURCE_DIR}/scripts/fetch-snowball.sh"
                  OUTPUT_VARIABLE snowball_out RESULT_VARIABLE snowball_result OUTPUT_STRIP_TRAILING_WHITESPACE)
  string(REGEX REPLACE ".*\n" "" snowball_dir "${snowball_out}")
  if(NOT snowball_result EQUAL 0 OR NOT EXISTS "${snowball_dir}/src_c/stem_UTF_8_russian.c")
    message(FATAL_ERROR "Snowball sources not found; scripts/fetch-snowball.sh failed (${snowball_result}).")
  endif()
  set(QALAM_SNOWBALL_DIR "${snowball_dir}" CACHE PATH "Generated Snowball C sources (scripts/fetch-snowball.sh)" FORCE)
endif()
add_library(qalam_snowball STATIC
  "${QALAM_SNOWBALL_DIR}/runtime/api.c"
  "${QALAM_SNOWBALL_DIR}/runtime/utilities.c"
  "${QALAM_SNOWBALL_DIR}/src_c/stem_UTF_8_english.c"
  "${QALAM_SNOWBALL_DIR}/src_c/stem_UTF_8_russian.c")
target_include_directories(qalam_snowball SYSTEM PUBLIC "${QALAM_SNOWBALL_DIR}")

# zlib's deflate and inflate, from Debian's source by scripts/fetch-zlib.sh
# (cached), compiled here for every preset: saved indexes compress their
# documents with it, the same bytes natively and in wasm.
set(QALAM_ZLIB_DIR "$ENV{QALAM_ZLIB_DIR}" CACHE PATH "zlib sources (scripts/fetch-zlib.sh)")
if(NOT EXISTS "${QALAM_ZLIB_DIR}/deflate.c")
  execute_process(COMMAND "${PROJECT_SOURCE_DIR}/scripts/fetch-zlib.sh"
                  OUTPUT_VARIABLE zlib_out RESULT_VARIABLE zlib_result OUTPUT_STRIP_TRAILING_WHITESPACE)
  string(REGEX REPLACE ".*\n" "" zlib_dir "${zlib_out}")
  if(NOT zlib_result EQUAL 0 OR NOT EXISTS "${zlib_dir}/deflate.c")
    message(FATAL_ERROR "zlib sources not found; scripts/fetch-zlib.sh failed (${zlib_result}).")
  endif()
  set(QALAM_ZLIB_DIR "${zlib_dir}" CACHE PATH "zlib sources (scripts/fetch-zlib.sh)" FORCE)
endif()
add_library(qalam_zlib STATIC
  "${QALAM_ZLIB_DIR}/adler32.c" "${QALAM_ZLIB_DIR}/crc32.c" "${QALAM_ZLIB_DIR}/deflate.c"
  "${QALAM_ZLIB_DIR}/inffast.c" "${QALAM_ZLIB_DIR}/inflate.c" "${QALAM_ZLIB_DIR}/inftrees.c"
  "${QALAM_ZLIB_DIR}/trees.c" "${QALAM_ZLIB_DIR}/zutil.c")
target_include_directories(qalam_zlib SYSTEM PUBLIC "${QALAM_ZLIB_DIR}")
# Only the zlib format: no gzip headers, no gz* file functions.
target_compile_definitions(qalam_zlib PRIVATE NO_GZIP)
set_target_properties(qalam_zlib PROPERTIES POSITION_INDEPENDENT_CODE ON)

# ICU, nlohmann_json and Catch2: Debian's packages natively; for wasm, ICU from
# scripts/build-icu-wasm.sh and the header-only libraries through a folder of
# links (never /usr/include itself, whose glibc headers clash with Emscripten's).

if(EMSCRIPTEN)
  set(QALAM_ICU_WASM_PREFIX "$ENV{QALAM_ICU_WASM_PREFIX}" CACHE PATH "ICU built for wasm (scripts/build-icu-wasm.sh)")
  if(NOT EXISTS "${QALAM_ICU_WASM_PREFIX}/lib/libicuuc.a")
    message(FATAL_ERROR "ICU for wasm not found at '${QALAM_ICU_WASM_PREFIX}'. Run scripts/build-icu-wasm.sh and pass its prefix as QALAM_ICU_WASM_PREFIX.")
  endif()
  foreach(component uc i18n data)
    add_library(ICU::${component} STATIC IMPORTED)
    set_target_properties(ICU::${component} PROPERTIES
      IMPORTED_LOCATION "${QALAM_ICU_WASM_PREFIX}/lib/libicu${component}.a"
      INTERFACE_INCLUDE_DIRECTORIES "${QALAM_ICU_WASM_PREFIX}/include")
  endforeach()
  set_target_properties(ICU::i18n PROPERTIES INTERFACE_LINK_LIBRARIES ICU::uc)
  set_target_properties(ICU::uc PROPERTIES INTERFACE_LINK_LIBRARIES ICU::data)
  set(QALAM_ICU_FULL_DATA "${QALAM_ICU_WASM_PREFIX}/data/icudt72l.dat")

  set(header_links "${CMAKE_BINARY_DIR}/third_party_include")
  file(MAKE_DIRECTORY "${header_links}")
  foreach(dir nlohmann catch2)
    if(NOT EXISTS "${header_links}/${dir}")
      file(CREATE_LINK "/usr/include/${dir}" "${header_links}/${dir}" SYMBOLIC)
    endif()
  endforeach()
  add_library(qalam_third_party_headers INTERFACE)
  target_include_directories(qalam_third_party_headers SYSTEM INTERFACE "${header_links}")
  add_library(nlohmann_json::nlohmann_json ALIAS qalam_third_party_headers)
  add_library(Catch2::Catch2 ALIAS qalam_third_party_headers)

  # Native wasm exceptions: Catch2 and the JSON reader rely on C++ exceptions.
  add_compile_options(-fwasm-exceptions)
  add_link_options(-fwasm-exceptions)
else()
  find_package(ICU 72 REQUIRED COMPONENTS uc i18n)
  find_package(nlohmann_json 3.11 REQUIRED)
  if(QALAM_BUILD_TESTS)
    find_package(Catch2 2.13 REQUIRED)
  endif()
endif()
