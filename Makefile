# A thin wrapper over CMake (as Neovim's Makefile is): `make run`, `make test`.
BUILD_DIR   ?= build
BUILD_TYPE  ?= Release
GENERATOR   ?= $(shell command -v ninja >/dev/null 2>&1 && echo Ninja || echo "Unix Makefiles")
JOBS        ?= $(shell nproc 2>/dev/null || echo 2)
APP         := $(BUILD_DIR)/app/career-workbench
ARGS        ?=
CMAKE_ARGS  ?=

.PHONY: all deps configure build run test unit gui bench package package-test translations format clean

all: build

deps:
	@CW_NO_APT=$(CW_NO_APT) packaging/linux/install-deps.sh

$(BUILD_DIR)/CMakeCache.txt:
	cmake -S . -B $(BUILD_DIR) -G "$(GENERATOR)" -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_ARGS)

configure: deps $(BUILD_DIR)/CMakeCache.txt

build: configure
	cmake --build $(BUILD_DIR) --parallel $(JOBS)

run: build
	$(APP) $(ARGS)

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel $(JOBS) -LE 'bench|package'

unit: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -L unit

gui: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -L gui

bench: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --verbose -L bench

# The Debian package (build/career-workbench_<version>_<arch>.deb), and its checks: unpacked with
# dpkg-deb, files and dependencies, lintian, desktop-file-validate, appstreamcli.
package: build
	cd $(BUILD_DIR) && cpack -G DEB

package-test: build
	@CW_WITH_PACKAGING=1 packaging/linux/install-deps.sh
	cd $(BUILD_DIR) && ctest --output-on-failure -L package

# Refresh translations/*.ts from the sources (then translate the new entries).
translations: configure
	cmake --build $(BUILD_DIR) --target update_translations

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR)
