# SPDX-License-Identifier: GPL-3.0-or-later
# Self-contained build (NIANBAO_BUNDLE_QT): Qt's libraries, plugins and translations are installed with nianbao
# by the script qt_generate_deploy_app_script writes. For Windows, and for the desktops that have no Qt 6 (UOS
# V20, deepin 20, Kylin V10: Debian 10, glibc 2.28, Qt 5). How to build them: packaging/README.md.
if(NOT WIN32 AND Qt6_VERSION VERSION_LESS 6.5)
    message(FATAL_ERROR "NIANBAO_BUNDLE_QT: deploying Qt on Linux needs Qt 6.5 or later "
                        "(qt_generate_deploy_app_script only copies libraries on Linux since 6.5); this is Qt ${Qt6_VERSION}.")
endif()

# The LGPL asks that Qt's licence texts travel with Qt's libraries.
set(NIANBAO_QT_LICENSE_DIR "" CACHE PATH "Folder of Qt's licence texts (LICENSES/ of the Qt sources, or Licenses/ of a Qt installation)")
if(NOT IS_DIRECTORY "${NIANBAO_QT_LICENSE_DIR}")
    message(FATAL_ERROR "NIANBAO_BUNDLE_QT: set NIANBAO_QT_LICENSE_DIR to the folder of Qt's licence texts; "
                        "they are shipped with the bundled Qt libraries.")
endif()
install(DIRECTORY "${NIANBAO_QT_LICENSE_DIR}/" DESTINATION "${CMAKE_INSTALL_DOCDIR}/qt-licenses")

if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET nianbao OUTPUT_SCRIPT _nianbao_deploy NO_UNSUPPORTED_PLATFORM_ERROR)
else()
    qt_generate_deploy_app_script(TARGET nianbao FILENAME_VARIABLE _nianbao_deploy)
endif()
install(SCRIPT "${_nianbao_deploy}")

if(UNIX AND NOT APPLE)
    # bin/nianbao finds lib/libQt6*.so; the deploy script writes bin/qt.conf for the plugins.
    set_target_properties(nianbao PROPERTIES INSTALL_RPATH "$ORIGIN/../${CMAKE_INSTALL_LIBDIR}")
    # Menus, file managers and man look in /usr/share and PATH, not in /opt: the desktop entry, MIME type,
    # icons and man page go there, and /usr/bin/nianbao links to the program.
    set(NIANBAO_SYSTEM_DATADIR /usr/share)
    install(CODE "file(MAKE_DIRECTORY \"\$ENV{DESTDIR}/usr/bin\")
        file(CREATE_LINK \"${CMAKE_INSTALL_PREFIX}/bin/nianbao\" \"\$ENV{DESTDIR}/usr/bin/nianbao\" SYMBOLIC)")
    execute_process(COMMAND dpkg --print-architecture OUTPUT_VARIABLE NIANBAO_DEB_ARCH
                    OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
endif()
