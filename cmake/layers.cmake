# One static library per layer of the core (see the README's "Layers").
#
#   kakehashi_add_layer(<target> SOURCES <files…>)
#
# Each layer's headers are reachable only through an include root of its own in
# the build tree (build/layers/<target>/<folder>/<header>, symbolic links to the
# sources), which the library gives to those that link it. The core folder itself
# is on nobody's include path: a file sees `storage/…` only when its target links
# kakehashi_storage, directly or through a PUBLIC dependency, so a forbidden
# include is a compile error. Link PRIVATE what a layer uses only in its .cpp.
function(kakehashi_add_layer target)
  cmake_parse_arguments(PARSE_ARGV 1 LAYER "" "" "SOURCES")
  add_library(${target} STATIC ${LAYER_SOURCES})
  file(RELATIVE_PATH folder "${PROJECT_SOURCE_DIR}/core" "${CMAKE_CURRENT_SOURCE_DIR}")
  set(root "${PROJECT_BINARY_DIR}/layers/${target}")
  file(REMOVE_RECURSE "${root}")
  foreach(source IN LISTS LAYER_SOURCES)
    if(source MATCHES "\\.h$")
      get_filename_component(header "${source}" NAME)
      file(MAKE_DIRECTORY "${root}/${folder}")
      file(CREATE_LINK "${CMAKE_CURRENT_SOURCE_DIR}/${source}" "${root}/${folder}/${header}" SYMBOLIC)
    endif()
    if(source MATCHES "\\.(cpp|h)$")
      # What lupdate reads for the core's messages (ui/CMakeLists.txt).
      set_property(GLOBAL APPEND PROPERTY KAKEHASHI_CORE_SOURCES "${CMAKE_CURRENT_SOURCE_DIR}/${source}")
    endif()
  endforeach()
  target_include_directories(${target} PUBLIC "${root}")
  target_link_libraries(${target} PRIVATE kakehashi_warnings)
endfunction()
