# SPDX-License-Identifier: GPL-3.0-or-later
# Windows: icons and version information in nianbao.exe, and an NSIS installer (`cpack -G NSIS`) that carries
# Qt (windeployqt, run by the deploy script of NianbaoBundle.cmake), adds a Start-menu entry and opens .nianbao
# files with nianbao. Not built on this project's machines: see packaging/README.md.
set(NIANBAO_WINDOWS_DIR "${CMAKE_CURRENT_SOURCE_DIR}/windows")
configure_file(windows/nianbao.rc.in "${CMAKE_CURRENT_BINARY_DIR}/nianbao.rc" @ONLY)
target_sources(nianbao PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/nianbao.rc")

install(FILES debian/copyright DESTINATION "${CMAKE_INSTALL_DOCDIR}" RENAME COPYRIGHT.txt)

set(CPACK_GENERATOR NSIS)
set(CPACK_NSIS_PACKAGE_NAME "Nianbao")
set(CPACK_NSIS_DISPLAY_NAME "Nianbao ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON "${NIANBAO_WINDOWS_DIR}/nianbao.ico")
set(CPACK_NSIS_MUI_UNIICON "${NIANBAO_WINDOWS_DIR}/nianbao.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\nianbao.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Offer to put bin\ on PATH, so that `nianbao check` works in a command prompt.
set(CPACK_NSIS_MODIFY_PATH ON)
# Start-menu entry: bin\nianbao.exe under the name "Nianbao".
set(CPACK_PACKAGE_EXECUTABLES "nianbao" "Nianbao")
# .nianbao → Nianbao.Report: opened by nianbao.exe, shown with the document icon (resource index 1).
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
  WriteRegStr SHCTX 'Software\\\\Classes\\\\.nianbao' '' 'Nianbao.Report'
  WriteRegStr SHCTX 'Software\\\\Classes\\\\Nianbao.Report' '' 'Nianbao report'
  WriteRegStr SHCTX 'Software\\\\Classes\\\\Nianbao.Report\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\nianbao.exe,1'
  WriteRegStr SHCTX 'Software\\\\Classes\\\\Nianbao.Report\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\nianbao.exe\\\" \\\"%1\\\"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  DeleteRegKey SHCTX 'Software\\\\Classes\\\\Nianbao.Report'
  DeleteRegValue SHCTX 'Software\\\\Classes\\\\.nianbao' ''
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
")
