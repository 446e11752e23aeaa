# name-tagger.bin: the name tagger's weights, trained at build time on the
# labelled corpora in ../shared/corpora by qalam-train-tagger (cli/tagger/;
# docs/ENTITIES.md, "Name tagger"). The wasm build cannot run a native
# program, so it runs the trainer built as wasm under Node (NODERAWFS) with
# the trimmed ICU data; both give the same bytes. Without the corpora there
# is no file and the app finds names by rules and lists only.

set(QALAM_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared" CACHE PATH "Shared seeds and labelled corpora")
set(QALAM_TAGGER_BIN "${CMAKE_BINARY_DIR}/name-tagger.bin")

set(QALAM_TAGGER_CORPORA
  "${QALAM_SHARED_DIR}/corpora/kk/KazNERD_IOB2_valid.txt"
  "${QALAM_SHARED_DIR}/corpora/ar/NewsFANE_Gold_2014_part1.txt")
file(GLOB QALAM_TAGGER_FACTRU CONFIGURE_DEPENDS "${QALAM_SHARED_DIR}/corpora/ru/factRuEval-2016-devset/book_*")
set(QALAM_HAVE_TAGGER ON)
foreach(input ${QALAM_TAGGER_CORPORA})
  if(NOT EXISTS "${input}")
    set(QALAM_HAVE_TAGGER OFF)
    set(QALAM_TAGGER_MISSING "${input}")
  endif()
endforeach()
if(NOT QALAM_TAGGER_FACTRU)
  set(QALAM_HAVE_TAGGER OFF)
  set(QALAM_TAGGER_MISSING "${QALAM_SHARED_DIR}/corpora/ru/factRuEval-2016-devset/")
endif()

if(QALAM_HAVE_TAGGER)
  if(EMSCRIPTEN)
    set(QALAM_TAGGER_RUN "${QALAM_GAZETTEER_NODE}" --no-experimental-fetch "$<TARGET_FILE:qalam_train_tagger>"
        --icu-data "${CMAKE_BINARY_DIR}/icudt72l.dat")
    set(QALAM_TAGGER_RUN_DEPENDS qalam_icu_data "${CMAKE_BINARY_DIR}/icudt72l.dat")
  else()
    set(QALAM_TAGGER_RUN "$<TARGET_FILE:qalam_train_tagger>")
    set(QALAM_TAGGER_RUN_DEPENDS "")
  endif()
  add_custom_command(
    OUTPUT "${QALAM_TAGGER_BIN}"
    COMMAND ${QALAM_TAGGER_RUN} --shared "${QALAM_SHARED_DIR}" --gazetteer "${CMAKE_BINARY_DIR}/gazetteer.bin"
            --out "${QALAM_TAGGER_BIN}"
    DEPENDS qalam_train_tagger qalam_gazetteer "${CMAKE_BINARY_DIR}/gazetteer.bin" ${QALAM_TAGGER_RUN_DEPENDS}
            ${QALAM_TAGGER_CORPORA} ${QALAM_TAGGER_FACTRU}
    COMMENT "Training the name tagger"
    VERBATIM)
  add_custom_target(qalam_tagger ALL DEPENDS "${QALAM_TAGGER_BIN}")
else()
  message(WARNING "No labelled corpora at ${QALAM_TAGGER_MISSING} (QALAM_SHARED_DIR=${QALAM_SHARED_DIR}): "
                  "name-tagger.bin is not built, and the app finds names by rules and lists only. "
                  "The entity evaluation needs the corpora too.")
  add_custom_target(qalam_tagger)
endif()
