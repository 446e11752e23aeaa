# Warning flags for the project's own targets (never third-party ones).
function(qalam_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion)
  # GCC 12 reports impossible memcpy overlaps in std::string's operator+ at
  # -O2 and above (GCC bugs 105329, 105651): a false positive, fixed in 13.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
  if(QALAM_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
