# macOS: the app bundle (Info.plist with the .cwbench document type and its UTI, .icns icons),
# the Qt frameworks and plugins inside it, and a DragNDrop disk image. See README.md here.
set(CW_MACOS_DIR ${CMAKE_CURRENT_LIST_DIR})
# LSMinimumSystemVersion: the deployment target, else the oldest macOS this Qt supports
# (Qt's CMake package sets QT_SUPPORTED_MIN_MACOS_VERSION), else 12.0 (Qt 6.8's minimum).
set(CW_MACOS_MINIMUM "${CMAKE_OSX_DEPLOYMENT_TARGET}")
if(NOT CW_MACOS_MINIMUM AND QT_SUPPORTED_MIN_MACOS_VERSION)
    set(CW_MACOS_MINIMUM "${QT_SUPPORTED_MIN_MACOS_VERSION}")
elseif(NOT CW_MACOS_MINIMUM)
    set(CW_MACOS_MINIMUM "12.0")
endif()
configure_file(${CW_MACOS_DIR}/Info.plist.in ${PROJECT_BINARY_DIR}/packaging/Info.plist.in @ONLY)

set(cw_icns ${CW_MACOS_DIR}/career-workbench.icns ${CW_MACOS_DIR}/career-workbench-document.icns)
target_sources(career-workbench PRIVATE ${cw_icns})
# Source file properties belong to the directory of the target (app/), hence TARGET_DIRECTORY.
set_source_files_properties(${cw_icns} TARGET_DIRECTORY career-workbench
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(career-workbench PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${PROJECT_BINARY_DIR}/packaging/Info.plist.in
    MACOSX_BUNDLE_BUNDLE_NAME "Career Workbench"
    MACOSX_BUNDLE_ICON_FILE career-workbench.icns
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "© 2026 Career Workbench developers, GPL-3.0-or-later")

include(${CMAKE_CURRENT_LIST_DIR}/../deploy.cmake)

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Career Workbench")
set(CPACK_DMG_FORMAT "UDZO")
# No license agreement sheet on opening the image (the SLA resources are deprecated by Apple).
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
