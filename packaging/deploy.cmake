# Qt's deploy script copies the Qt libraries and plugins (the SQLite driver among them) into the
# install tree, so the NSIS/ZIP/DMG packages run on a machine without Qt. It exists on Qt 6.3+
# for Windows and macOS only (Linux: 6.5+, and the .deb uses the system's Qt instead), and its
# keyword changed: Qt 6.4 FILENAME_VARIABLE, 6.5+ OUTPUT_SCRIPT.
# This runs after app/CMakeLists.txt's install(TARGETS): with CMP0082 (CMake 3.14+, set by
# cmake_minimum_required 3.21) install rules run in the order they are declared.
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET career-workbench
        OUTPUT_SCRIPT cw_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
else()
    qt_generate_deploy_app_script(TARGET career-workbench
        FILENAME_VARIABLE cw_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
endif()
install(SCRIPT ${cw_deploy_script})
