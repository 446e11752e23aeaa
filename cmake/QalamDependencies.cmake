# Third-party sources prepared by a scripts/fetch-*.sh (cached outside the
# clone): VAR is taken from the environment or the cache, else the script
# runs once and its last line of output names the folder, which must hold
# PROBE.
function(qalam_fetched_sources var script probe what)
  set(${var} "$ENV{${var}}" CACHE PATH "${what} (scripts/${script})")
  if(EXISTS "${${var}}/${probe}")
    return()
  endif()
  execute_process(COMMAND "${PROJECT_SOURCE_DIR}/scripts/${script}"
                  OUTPUT_VARIABLE out RESULT_VARIABLE result OUTPUT_STRIP_TRAILING_WHITESPACE)
  string(REGEX REPLACE ".*\n" "" dir "${out}")
  if(NOT result EQUAL 0 OR NOT EXISTS "${dir}/${probe}")
    message(FATAL_ERROR "${what} not found; scripts/${script} failed (${result}).")
  endif()
  set(${var} "${dir}" CACHE PATH "${what} (scripts/${script})" FORCE)
endfunction()

# Snowball's Russian and English stemmers: C generated from Debian's snowball
# source by scripts/fetch-snowball.sh (cached), compiled here for every preset.
qalam_fetched_sources(QALAM_SNOWBALL_DIR fetch-snowball.sh src_c/stem_UTF_8_russian.c "Generated Snowball C sources")
add_library(qalam_snowball STATIC
  "${QALAM_SNOWBALL_DIR}/runtime/api.c"
  "${QALAM_SNOWBALL_DIR}/runtime/utilities.c"
  "${QALAM_SNOWBALL_DIR}/src_c/stem_UTF_8_english.c"
  "${QALAM_SNOWBALL_DIR}/src_c/stem_UTF_8_russian.c")
target_include_directories(qalam_snowball SYSTEM PUBLIC "${QALAM_SNOWBALL_DIR}")

# zlib's deflate and inflate, from Debian's source by scripts/fetch-zlib.sh
# (cached), compiled here for every preset: saved indexes compress their
# sections with it, the same bytes natively and in wasm.
qalam_fetched_sources(QALAM_ZLIB_DIR fetch-zlib.sh deflate.c "zlib sources")
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
