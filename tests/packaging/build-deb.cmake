# SPDX-License-Identifier: GPL-3.0-or-later
# Test fixture: builds the .deb of this build folder into OUT with cpack, as a release would.
# cmake -DCPACK=… -DCONFIG=…/CPackConfig.cmake -DOUT=… -P build-deb.cmake
file(REMOVE_RECURSE "${OUT}")
execute_process(COMMAND "${CPACK}" -G DEB --config "${CONFIG}" -B "${OUT}"
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cpack failed (${status}):\n${out}\n${err}")
endif()
file(GLOB debs "${OUT}/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "cpack made ${count} .deb files in ${OUT}, not one:\n${out}")
endif()
message(STATUS "built ${debs}")
