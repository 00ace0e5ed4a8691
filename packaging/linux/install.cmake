# Linux install layout: the freedesktop files (desktop entry, AppStream metainfo, MIME type,
# hicolor icons), a man page and the Debian documentation files, and the CPack DEB settings.
# Checked by tests/package (make package-test).
set(CW_LINUX_DIR ${CMAKE_CURRENT_LIST_DIR})
set(CW_ICON_DIR ${PROJECT_SOURCE_DIR}/resources/icons)

install(FILES ${CW_LINUX_DIR}/${CW_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CW_LINUX_DIR}/${CW_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CW_LINUX_DIR}/${CW_APP_ID}.mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME ${CW_APP_ID}.xml)

foreach(size 16 22 24 32 48 64 128 256 512)
    install(DIRECTORY ${CW_ICON_DIR}/hicolor/${size}x${size}
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor)
endforeach()
install(FILES ${CW_ICON_DIR}/career-workbench.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${CW_APP_ID}.svg)
install(FILES ${CW_ICON_DIR}/career-workbench-document.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/mimetypes
        RENAME application-x-career-workbench.svg)

# Debian wants the man page and the changelog compressed with gzip -9n (no name, no time stamp,
# so the package is reproducible).
find_program(CW_GZIP gzip REQUIRED)
set(CW_GZ_DIR ${PROJECT_BINARY_DIR}/packaging)
add_custom_command(OUTPUT ${CW_GZ_DIR}/career-workbench.1.gz ${CW_GZ_DIR}/changelog.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CW_GZ_DIR}
    COMMAND ${CW_GZIP} -9n -c ${CW_LINUX_DIR}/career-workbench.1 > ${CW_GZ_DIR}/career-workbench.1.gz
    COMMAND ${CW_GZIP} -9n -c ${CW_LINUX_DIR}/changelog > ${CW_GZ_DIR}/changelog.gz
    DEPENDS ${CW_LINUX_DIR}/career-workbench.1 ${CW_LINUX_DIR}/changelog
    COMMENT "Compressing the man page and the changelog"
    VERBATIM)
add_custom_target(cw_linux_docs ALL DEPENDS ${CW_GZ_DIR}/career-workbench.1.gz ${CW_GZ_DIR}/changelog.gz)
install(FILES ${CW_GZ_DIR}/career-workbench.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# Debian's place for them is /usr/share/doc/<package name> (CMAKE_INSTALL_DOCDIR would use
# the project name).
install(FILES ${CW_GZ_DIR}/changelog.gz ${CW_LINUX_DIR}/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${CPACK_PACKAGE_NAME})

set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The SQLite driver and the platform plugins are loaded at run time: dpkg-shlibdeps cannot see
# them. Qt's own translations (German dialog buttons) are welcome but not needed.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
