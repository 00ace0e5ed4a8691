# Windows: the executable's icon, the Qt runtime beside it, and an NSIS installer (Start menu
# entry, uninstaller, .cwbench file association) plus a ZIP. See packaging/windows/README.md.
set(CW_WINDOWS_DIR ${CMAKE_CURRENT_LIST_DIR})
target_sources(career-workbench PRIVATE ${CW_WINDOWS_DIR}/career-workbench.rc)
include(${CMAKE_CURRENT_LIST_DIR}/../deploy.cmake)
# The document icon the file association points at.
install(FILES ${CW_WINDOWS_DIR}/career-workbench-document.ico DESTINATION ${CMAKE_INSTALL_BINDIR})

set(CPACK_GENERATOR "NSIS;ZIP")
# The installer shows the licence on a page of its own.
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/packaging/LICENSE.txt")
set(CPACK_NSIS_PACKAGE_NAME "Career Workbench")
set(CPACK_NSIS_DISPLAY_NAME "Career Workbench ${PROJECT_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
file(TO_NATIVE_PATH "${CW_WINDOWS_DIR}/career-workbench.ico" cw_nsis_icon)
set(CPACK_NSIS_MUI_ICON "${cw_nsis_icon}")
set(CPACK_NSIS_MUI_UNIICON "${cw_nsis_icon}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\career-workbench.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "career-workbench.exe")

# .cwbench -> ProgID CareerWorkbench.Workbench, opened with "career-workbench.exe FILE".
# SHCTX is HKLM for an all-users install and HKCU for a per-user one. SHChangeNotify tells
# Explorer to pick up the new icon at once.
set(cw_classes "Software\\Classes")
set(cw_progid "CareerWorkbench.Workbench")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
  WriteRegStr SHCTX '${cw_classes}\\.${CW_DOC_EXTENSION}' '' '${cw_progid}'
  WriteRegStr SHCTX '${cw_classes}\\.${CW_DOC_EXTENSION}' 'Content Type' '${CW_DOC_MIME_TYPE}'
  WriteRegStr SHCTX '${cw_classes}\\.${CW_DOC_EXTENSION}\\OpenWithProgids' '${cw_progid}' ''
  WriteRegStr SHCTX '${cw_classes}\\${cw_progid}' '' 'Career Workbench file'
  WriteRegStr SHCTX '${cw_classes}\\${cw_progid}\\DefaultIcon' '' '$INSTDIR\\bin\\career-workbench-document.ico,0'
  WriteRegStr SHCTX '${cw_classes}\\${cw_progid}\\shell\\open\\command' '' '\"$INSTDIR\\bin\\career-workbench.exe\" \"%1\"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  DeleteRegKey SHCTX '${cw_classes}\\${cw_progid}'
  DeleteRegValue SHCTX '${cw_classes}\\.${CW_DOC_EXTENSION}\\OpenWithProgids' '${cw_progid}'
  ReadRegStr $0 SHCTX '${cw_classes}\\.${CW_DOC_EXTENSION}' ''
  StrCmp $0 '${cw_progid}' 0 +2
    DeleteRegKey SHCTX '${cw_classes}\\.${CW_DOC_EXTENSION}'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
")
