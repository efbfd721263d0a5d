# SPDX-License-Identifier: GPL-3.0-or-later
# nianbao(1), generated at build time by help2man from `nianbao --help` and `nianbao --version`, so the man
# page never disagrees with the program. packaging/linux/nianbao.h2m adds the sections --help has no room for.
find_program(NIANBAO_HELP2MAN help2man)
if(NOT NIANBAO_HELP2MAN)
    message(FATAL_ERROR "help2man not found: it generates the man page from nianbao --help. "
                        "Install help2man (packaging/install-deps.sh does).")
endif()

set(_man "${CMAKE_CURRENT_BINARY_DIR}/nianbao.1")
# The C locale: the man page is the English one whatever the language of the machine that builds it.
add_custom_command(OUTPUT "${_man}" "${_man}.gz"
    COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANG=C.UTF-8 --unset=LANGUAGE
            ${NIANBAO_HELP2MAN} --no-info --section=1
            "--name=fill in and check the government information disclosure annual report"
            "--include=${CMAKE_CURRENT_SOURCE_DIR}/linux/nianbao.h2m"
            "--output=${_man}" $<TARGET_FILE:nianbao>
    COMMAND ${NIANBAO_GZIP} -9nkf "${_man}"
    DEPENDS nianbao "${CMAKE_CURRENT_SOURCE_DIR}/linux/nianbao.h2m"
    COMMENT "Generating the man page nianbao.1 with help2man"
    VERBATIM)
add_custom_target(nianbao_manpage ALL DEPENDS "${_man}.gz")
install(FILES "${_man}.gz" DESTINATION "${NIANBAO_SYSTEM_DATADIR}/man/man1")
