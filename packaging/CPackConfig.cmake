# Packages: `cpack -G DEB` on Debian/Ubuntu, `cpack -G DragNDrop` on macOS, `cpack -G ZIP` on Windows
# (after windeployqt/macdeployqt; see packaging/windows and packaging/macos).
include(GNUInstallDirs)

if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/org.careerworkbench.CareerWorkbench.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/org.careerworkbench.CareerWorkbench.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/career-workbench.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME org.careerworkbench.CareerWorkbench.svg)
endif()

set(CPACK_PACKAGE_NAME "career-workbench")
set(CPACK_PACKAGE_VENDOR "Career Workbench")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "Career Workbench developers <dev@careerworkbench.invalid>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Career Workbench")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The SQLite driver is a plugin loaded at run time: shlibdeps cannot see it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
include(CPack)
