# The program's version for --version and Help → About: CMake's project version
# and the git commit the tree was configured from (`unknown` outside a git
# checkout, e.g. a source tarball). CMake configures again when HEAD moves, so a
# commit made after the first configure is the one reported.
set(KAKEHASHI_GIT_COMMIT "unknown")
find_package(Git QUIET)
if(GIT_FOUND)
  # Only the project's own checkout: not a git repository that a tarball was unpacked into.
  execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse --show-toplevel
                  WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
                  OUTPUT_VARIABLE _top OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse --short=12 HEAD
                  WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
                  OUTPUT_VARIABLE _commit OUTPUT_STRIP_TRAILING_WHITESPACE
                  RESULT_VARIABLE _result ERROR_QUIET)
  file(REAL_PATH "${PROJECT_SOURCE_DIR}" _source)
  if(_top)
    file(REAL_PATH "${_top}" _top)
  endif()
  if(_result EQUAL 0 AND _commit AND _top STREQUAL _source)
    set(KAKEHASHI_GIT_COMMIT "${_commit}")
    # Configure again when HEAD or the branch it names moves.
    foreach(_ref HEAD logs/HEAD)
      execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse --path-format=absolute --git-path ${_ref}
                      WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
                      OUTPUT_VARIABLE _path OUTPUT_STRIP_TRAILING_WHITESPACE
                      RESULT_VARIABLE _result ERROR_QUIET)
      if(_result EQUAL 0 AND EXISTS "${_path}")
        set_property(DIRECTORY "${PROJECT_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_path}")
      endif()
    endforeach()
  endif()
endif()
configure_file("${PROJECT_SOURCE_DIR}/cmake/version.h.in" "${PROJECT_BINARY_DIR}/generated/kakehashi_version.h" @ONLY)
add_library(kakehashi_version INTERFACE)
target_include_directories(kakehashi_version INTERFACE "${PROJECT_BINARY_DIR}/generated")
