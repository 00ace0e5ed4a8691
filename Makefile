# A thin wrapper over CMake (as Neovim's Makefile is): `make run`, `make test`.
BUILD_DIR   ?= build
BUILD_TYPE  ?= Release
GENERATOR   ?= $(shell command -v ninja >/dev/null 2>&1 && echo Ninja || echo "Unix Makefiles")
JOBS        ?= $(shell nproc 2>/dev/null || echo 2)
APP         := $(BUILD_DIR)/app/career-workbench
ARGS        ?=

.PHONY: all deps configure build run test unit gui bench translations format clean

all: build

deps:
	@packaging/linux/install-deps.sh

$(BUILD_DIR)/CMakeCache.txt:
	cmake -S . -B $(BUILD_DIR) -G "$(GENERATOR)" -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

configure: deps $(BUILD_DIR)/CMakeCache.txt

build: configure
	cmake --build $(BUILD_DIR) --parallel $(JOBS)

run: build
	$(APP) $(ARGS)

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel $(JOBS) -LE bench

unit: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -L unit

gui: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -L gui

bench: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --verbose -L bench

# Refresh translations/*.ts from the sources (then translate the new entries).
translations: configure
	cmake --build $(BUILD_DIR) --target update_translations

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR)
