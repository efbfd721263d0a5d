# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration on Linux: the menu entry, the MIME type of .nianbao files (a double-click opens them), the
# hicolor icons and the AppStream metadata. The PNG icons are rendered from the SVG sources at build time, so the
# SVG stays the only source of each icon.
set(NIANBAO_ICON_SIZES 16 22 24 32 48 64 128 256)
set(NIANBAO_APPSTREAM_ID "io.github.nianbao.nianbao") # the AppStream id, also the name of the desktop file and the application icon
set(_desktop_dir "${PROJECT_SOURCE_DIR}/resources/desktop")
set(_icon_dir "${PROJECT_SOURCE_DIR}/resources/icons")

find_program(NIANBAO_RSVG_CONVERT rsvg-convert)
if(NOT NIANBAO_RSVG_CONVERT)
    message(FATAL_ERROR "rsvg-convert not found: it renders the PNG icons. "
                        "Install librsvg2-bin (packaging/install-deps.sh does).")
endif()

# icon name → hicolor context: the application icon and the icon of a report file.
set(_icons "${NIANBAO_APPSTREAM_ID}=apps" "application-x-nianbao=mimetypes")
set(_pngs)
foreach(_entry IN LISTS _icons)
    string(REPLACE "=" ";" _pair "${_entry}")
    list(GET _pair 0 _name)
    list(GET _pair 1 _context)
    install(FILES "${_icon_dir}/${_name}.svg"
            DESTINATION "${NIANBAO_SYSTEM_DATADIR}/icons/hicolor/scalable/${_context}")
    foreach(_size IN LISTS NIANBAO_ICON_SIZES)
        set(_png "${CMAKE_CURRENT_BINARY_DIR}/icons/${_size}x${_size}/${_name}.png")
        add_custom_command(OUTPUT "${_png}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/icons/${_size}x${_size}"
            COMMAND ${NIANBAO_RSVG_CONVERT} --width=${_size} --height=${_size} --output "${_png}" "${_icon_dir}/${_name}.svg"
            DEPENDS "${_icon_dir}/${_name}.svg"
            COMMENT "Rendering ${_name}.png at ${_size}x${_size}"
            VERBATIM)
        list(APPEND _pngs "${_png}")
        install(FILES "${_png}" DESTINATION "${NIANBAO_SYSTEM_DATADIR}/icons/hicolor/${_size}x${_size}/${_context}")
    endforeach()
endforeach()
add_custom_target(nianbao_icons ALL DEPENDS ${_pngs})

install(FILES "${_desktop_dir}/${NIANBAO_APPSTREAM_ID}.desktop" DESTINATION "${NIANBAO_SYSTEM_DATADIR}/applications")
install(FILES "${_desktop_dir}/nianbao-mime.xml" DESTINATION "${NIANBAO_SYSTEM_DATADIR}/mime/packages"
        RENAME nianbao.xml)
install(FILES "${_desktop_dir}/${NIANBAO_APPSTREAM_ID}.metainfo.xml" DESTINATION "${NIANBAO_SYSTEM_DATADIR}/metainfo")
