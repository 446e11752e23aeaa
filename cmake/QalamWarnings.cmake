# Warning flags for the project's own targets (never third-party ones).
function(qalam_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion)
  if(QALAM_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
