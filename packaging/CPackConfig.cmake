# Install layout and packages for the three systems (included from the top-level CMakeLists.txt).
#   Linux:   make package             -> build/career-workbench_<version>_<arch>.deb (CPack DEB)
#   Windows: cpack -G "NSIS;ZIP"       -> installer with Start menu entry, uninstaller, .cwbench
#   macOS:   cpack -G DragNDrop        -> .dmg with the app bundle
# See packaging/linux, packaging/windows and packaging/macos (README.md in each).
include(GNUInstallDirs)

# The document type, shared by the three systems' registrations.
set(CW_APP_ID "org.careerworkbench.CareerWorkbench")
set(CW_DOC_EXTENSION "cwbench")
set(CW_DOC_MIME_TYPE "application/x-career-workbench")
set(CW_DOC_UTI "org.careerworkbench.workbench")

set(CPACK_PACKAGE_NAME "career-workbench")
set(CPACK_PACKAGE_VENDOR "Career Workbench")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Wrapped by hand: dpkg shows the extended description as it is (lintian wants < 80 columns).
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Career Workbench keeps a whole path into AI engineering in one private"
    "SQLite file: skills on an AI-engineer roadmap with levels, targets,"
    "evidence and study time; certifications ranked by return on investment;"
    "portfolio projects with quantified results; and interview practice over"
    "time. It works offline and sends nothing anywhere.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "Career Workbench developers <dev@careerworkbench.invalid>")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Career Workbench")
set(CPACK_PACKAGE_EXECUTABLES "career-workbench" "Career Workbench")
set(CPACK_STRIP_FILES ON)
# Values reach cpack exactly as written here (backslashes in the NSIS commands).
set(CPACK_VERBATIM_VARIABLES ON)

if(UNIX AND NOT APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/linux/install.cmake)
elseif(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/install.cmake)
elseif(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos/install.cmake)
endif()

include(CPack)
