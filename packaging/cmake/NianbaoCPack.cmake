# SPDX-License-Identifier: GPL-3.0-or-later
# Packages: `cpack` in the build folder. On Linux a .deb (Debian 12 and derivatives, system Qt 6; or, with
# NIANBAO_BUNDLE_QT, a self-contained one under /opt/nianbao), on Windows an NSIS installer.
set(CPACK_PACKAGE_NAME nianbao)
set(CPACK_PACKAGE_VENDOR "nianbao developers")
set(CPACK_PACKAGE_CONTACT "nianbao developers <nianbao@example.invalid>") # placeholder, see README.md
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "editor for the government information disclosure annual report")
set(CPACK_PACKAGE_DESCRIPTION
"Nianbao (年报) fills in and checks the annual report on government information
disclosure (政府信息公开工作年度报告) that every Chinese government organ publishes
each year, in the national formats of 2019 and 2021. It mirrors the official
tables, checks the sums and cross-references between them as you type, and
exports the standard text layout. A command line (nianbao new, check, set,
export) checks and fills reports in bulk.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY nianbao)
# GPL-3.0-or-later: the full text (the Windows installer shows it as its licence page; the .deb points to Debian's
# copy from debian/copyright).
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_DEBIAN_PACKAGE_LICENSE "GPL-3.0-or-later")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/\\\\.cache/")

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # nianbao_<version>_<arch>.deb
    # Debian has no "office" section; LibreOffice and AbiWord are in "editors".
    set(CPACK_DEBIAN_PACKAGE_SECTION editors)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    # dpkg-shlibdeps computes the libraries (libqt6core6, libqt6gui6, libqt6widgets6 … with their versions).
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # The fonts the PDF export embeds: without them it prints in another face, or in empty boxes. Depends, not
    # Recommends: apt --no-install-recommends (common on managed office machines) would leave them out.
    # AR PL UKai / UMing: the 楷 and 宋 faces for characters outside GB2312 (喆 堃 昇 镕), so that they are not
    # drawn in the sans face. LXGW WenKai (98 MB) covers characters beyond U+FFFF (𬌗): recommended; without it
    # such a character is refused with a message naming where it is.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "fonts-arphic-gkai00mp, fonts-arphic-gbsn00lp, fonts-wqy-microhei, fonts-arphic-ukai, fonts-arphic-uming")
    set(NIANBAO_FONT_RECOMMENDS "fonts-lxgw-wenkai")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "${NIANBAO_FONT_RECOMMENDS}")
    # Old Word (.doc) and WPS (.wps) files are imported through LibreOffice when it is there.
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libreoffice-writer-nogui")
    if(NIANBAO_BUNDLE_QT)
        # Qt's own libraries are in the package: dpkg-shlibdeps resolves them there and lists only the system's.
        set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "${CMAKE_INSTALL_PREFIX}/lib")
        set(CPACK_PACKAGING_INSTALL_PREFIX "${CMAKE_INSTALL_PREFIX}")
        set(CPACK_SET_DESTDIR ON) # the desktop entry, icons and man page go to /usr/share, outside the prefix
        set(CPACK_DEBIAN_FILE_NAME "nianbao-selfcontained_${PROJECT_VERSION}_${NIANBAO_DEB_ARCH}.deb")
    else()
        # Wayland sessions (without it Qt falls back to XWayland), Qt's own Chinese texts in the standard dialogs,
        # SVG icons in the window.
        set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n, libqt6svg6, ${NIANBAO_FONT_RECOMMENDS}")
    endif()
endif()

include(CPack)
