# cmake -DBUILD_DIR=… -DTARGET=… -DHEADER=… -P expect_include_refused.cmake
# Succeeds only when building TARGET fails because HEADER is not on its include
# path: a build that succeeds, or fails for another reason, is a failure.
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${TARGET}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(result EQUAL 0)
  message(FATAL_ERROR "${TARGET} compiled: ${HEADER} is visible where the layers forbid it")
endif()
string(FIND "${output}" "${HEADER}: No such file or directory" at)
if(at EQUAL -1)
  message(FATAL_ERROR "${TARGET} failed, but not for want of ${HEADER}:\n${output}")
endif()
message(STATUS "${TARGET}: ${HEADER} refused, as it must be")
