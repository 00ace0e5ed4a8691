# A thin wrapper over CMake (as Neovim's Makefile is): `make run`, `make test`.
BUILD_DIR   ?= build
BUILD_TYPE  ?= Release
GENERATOR   ?= $(shell command -v ninja >/dev/null 2>&1 && echo Ninja || echo "Unix Makefiles")
JOBS        ?= $(shell nproc 2>/dev/null || echo 2)
APP         := $(BUILD_DIR)/app/career-workbench
ARGS        ?=
CMAKE_ARGS  ?=

FUZZ_DIR     ?= build-fuzz
FUZZ_SECONDS ?= 1800
FUZZ_RUNS    ?= 10000000
FUZZ_TARGETS := roadmaptemplate csv jsonresume backup jobposting pdfimage

.PHONY: all deps configure build run test unit gui bench faults fuzz package package-test translations format clean

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

# The whole fault suite (corrupt corpus, kill points, fuzz corpus replay), with what each part
# tried and how many failed. `make test` runs a spread sample of the same cases.
faults: build
	@cd $(BUILD_DIR) && { CW_FAULT_FULL=1 QT_QPA_PLATFORM=offscreen ctest -L fault -V \
		> faults.log 2>&1; rc=$$?; \
		grep -E "tried [0-9]+, failed [0-9]+" faults.log | sed -E 's/^.*QINFO *: *[^ ]+ //'; \
		grep -E "tests passed|tests failed" faults.log; \
		echo "Full log: $(BUILD_DIR)/faults.log"; exit $$rc; }

# libFuzzer over every parser of user files, FUZZ_RUNS executions each (at most FUZZ_SECONDS) (clang, ASan, UBSan), starting
# from the seed corpus in tests/data/fuzz. Crashers land in $(FUZZ_DIR)/crashes/: add them to
# tests/data/fuzz/TARGET/ so that tst_fuzzreplay keeps them fixed.
fuzz: deps
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_DIR) -G "$(GENERATOR)" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DCW_FUZZ=ON -DCW_BUILD_TESTS=OFF -DCW_BUILD_BENCHMARKS=OFF
	cmake --build $(FUZZ_DIR) --parallel $(JOBS) --target fuzz_targets
	@mkdir -p $(FUZZ_DIR)/crashes
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p $(FUZZ_DIR)/corpus/$$t; \
		echo "== fuzz_$$t for $(FUZZ_SECONDS) s"; \
		$(FUZZ_DIR)/fuzz/fuzz_$$t -runs=$(FUZZ_RUNS) -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=4096 \
			-print_final_stats=1 -artifact_prefix=$(FUZZ_DIR)/crashes/$$t- \
			$(FUZZ_DIR)/corpus/$$t tests/data/fuzz/$$t 2>&1 | grep -E "stat::number_of_executed_units|ERROR|SUMMARY|Done"; \
		ls $(FUZZ_DIR)/crashes/$$t-* >/dev/null 2>&1 && { echo "fuzz_$$t: crashers in $(FUZZ_DIR)/crashes"; exit 1; }; \
	done; true

# Refresh translations/*.ts from the sources (then translate the new entries).
translations: configure
	cmake --build $(BUILD_DIR) --target update_translations

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR) $(FUZZ_DIR)
