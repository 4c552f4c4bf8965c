# Thin wrapper over CMake. make run: build and open the app on scenarios/normal.toml (without a
# display: its headless summary); make test: build (warnings are errors) and run every test; make bench: simulated seconds per wall second; make grid: issue
# 14's robustness grid (grids/envelope.toml, README: gaitsim grid); make accuracy: issue 13's
# production physics against the converged physics (docs/model.md, Physics settings); make clean.
BUILD_DIR := build
JOBS := 2
# arguments for gaitsim_bench, e.g. make bench BENCH_ARGS="scenarios/normal.toml --duration 120"
BENCH_ARGS ?=
# arguments for gaitsim grid, e.g. make grid GRID_ARGS="--only healthy --duration 20 --csv grid.csv"
GRID_ARGS ?=
# arguments for gaitsim_accuracy, e.g. make accuracy ACCURACY_ARGS="scenarios/normal.toml --controller-too"
ACCURACY_ARGS ?= --starts 3

# where make install puts gaitsim, its scenarios, a desktop entry and an icon
PREFIX ?= /usr/local

.PHONY: all deps run test bench grid accuracy install sanitize fuzz clean

# make sanitize: ASan + UBSan build in its own folder, the whole suite and the GUI tests under Xvfb
# (README "Sanitizers and fuzzing"); leaks checked, third-party ones suppressed in tests/sanitize/
SANITIZE_DIR := build-sanitize
# e.g. make sanitize SANITIZE_CTEST_ARGS="-R gaitsim" (CTest's selection)
SANITIZE_CTEST_ARGS ?=
# never run under the sanitizers: a peak-memory test is meaningless there (ASan's shadow memory and
# its quarantine of freed blocks grow with the allocations: 187 MB at 60 s, 453 MB at 600 s)
SANITIZE_EXCLUDE := peak memory of a long run does not grow with its duration
# CI's sanitized subset (.ci/run: make sanitize SANITIZE_SUBSET=ci): every test but these long
# simulation acceptance runs (286 of the suite's 1485 test-seconds under ASan), which only a full make
# sanitize runs; the unit, bad-input, output, CLI, record and [.gui] tests all stay in
SANITIZE_SUBSET ?= all
SANITIZE_LONG := every scenario file meets its|perturbed starts walk on|the suite grid fails exactly| \
  weakness scale: 50|complete left palsy against normal|bilateral palsy against normal|other bodies walk on|streamed outputs equal the batch| \
  normal.toml walks 120 s|a one-sided palsy stays on the walkway|compensation switched on or off| \
  accuracy: normal walking|accuracy: the left palsy|accuracy: the compensated palsy|compensated from its first left stance| \
  fast start: asked 1.6
ifeq ($(SANITIZE_SUBSET),ci)
SANITIZE_EXCLUDE := $(SANITIZE_EXCLUDE)|$(subst | ,|,$(SANITIZE_LONG))
endif
SANITIZE_ENV := ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:strict_init_order=1 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitize/lsan.supp:print_suppressions=0

all: run

deps:
	scripts/install-deps.sh

# run and test configure build/ alike (warnings are errors in both, WERROR=OFF to relax), so make test
# after make run compiles only the tests, not everything again (issue 16)
WERROR ?= ON
CONFIGURE = cmake -S . -B $(BUILD_DIR) -DGAITSIM_WERROR=$(WERROR)

# the app on the default scenario when there is a display (what a clinician expects); else, saying
# so, the headless summary
run: deps
	$(CONFIGURE)
	cmake --build $(BUILD_DIR) -j$(JOBS) --target gaitsim
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  echo "make run: opening the app on scenarios/normal.toml (close its window to end)"; \
	  ./$(BUILD_DIR)/gaitsim scenarios/normal.toml; \
	else \
	  echo "make run: no display (DISPLAY is not set), so no app window: the headless summary of scenarios/normal.toml instead"; \
	  ./$(BUILD_DIR)/gaitsim run scenarios/normal.toml; \
	fi

test: deps
	$(CONFIGURE)
	cmake --build $(BUILD_DIR) -j$(JOBS)
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j$(JOBS)

bench: deps
	$(CONFIGURE)
	cmake --build $(BUILD_DIR) -j$(JOBS) --target gaitsim_bench
	./$(BUILD_DIR)/gaitsim_bench $(BENCH_ARGS)

# exits 1 while any cell fails its acceptance (today many do: README, gaitsim grid)
grid: deps
	$(CONFIGURE)
	cmake --build $(BUILD_DIR) -j$(JOBS) --target gaitsim
	./$(BUILD_DIR)/gaitsim grid grids/envelope.toml --jobs $(JOBS) $(GRID_ARGS)
# make accuracy: about 3 minutes on one core with the default 3 starts; exit 1 if a figure misses
accuracy: deps
	$(CONFIGURE)
	cmake --build $(BUILD_DIR) -j$(JOBS) --target gaitsim_accuracy
	./$(BUILD_DIR)/gaitsim_accuracy $(ACCURACY_ARGS)
# make fuzz: libFuzzer on the scenario parser and its overrides (clang, tests/fuzz/), seeded with
# scenarios/ and tests/fuzz/seeds/; new inputs kept in build-fuzz/corpus, a crash in build-fuzz/
FUZZ_DIR := build-fuzz
FUZZ_SECONDS ?= 60
# make fuzz FUZZ_REPRODUCIBLE=1 (CI, .ci/run): seed 1 and FUZZ_RUNS inputs, without comparison
# tracing (-use_cmp=0) and input reduction, and without address randomisation (setarch -R, where the
# machine allows it): measured, two such runs add the same inputs, so a commit's verdict does not
# change from run to run. A plain make fuzz explores anew each time (a new seed, until FUZZ_SECONDS);
# what it finds goes to tests/fuzz/regressions/
FUZZ_REPRODUCIBLE ?= 0
FUZZ_RUNS ?= 400000
ifeq ($(FUZZ_REPRODUCIBLE),1)
FUZZ_FLAGS := -seed=1 -runs=$(FUZZ_RUNS) -use_cmp=0 -reduce_inputs=0
FUZZ_LAUNCH := $(shell setarch $$(uname -m) -R true 2>/dev/null && echo setarch $$(uname -m) -R)
endif

sanitize: deps
	cmake -S . -B $(SANITIZE_DIR) -DGAITSIM_WERROR=ON -DGAITSIM_SANITIZE=ON -DGAITSIM_BUILD_GUI=ON -DCMAKE_BUILD_TYPE=Debug
	cmake --build $(SANITIZE_DIR) -j$(JOBS)
	$(SANITIZE_ENV) tests/sanitize/run_ctest.sh $(SANITIZE_DIR) '$(SANITIZE_EXCLUDE)' $(JOBS) $(SANITIZE_CTEST_ARGS)
	$(SANITIZE_ENV) tests/sanitize/run_gui_tests.sh $(SANITIZE_DIR)/gaitsim_tests

fuzz: deps
	cmake -S . -B $(FUZZ_DIR) -DCMAKE_CXX_COMPILER=clang++ -DGAITSIM_FUZZ=ON -DGAITSIM_BUILD_GUI=OFF \
	  -DGAITSIM_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=Debug
	cmake --build $(FUZZ_DIR) -j$(JOBS) --target gaitsim_fuzz_scenario
	mkdir -p $(FUZZ_DIR)/corpus
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 $(FUZZ_LAUNCH) $(FUZZ_DIR)/gaitsim_fuzz_scenario \
	  -max_total_time=$(FUZZ_SECONDS) $(FUZZ_FLAGS) -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
	  -dict=tests/fuzz/scenario.dict -artifact_prefix=$(FUZZ_DIR)/ -print_final_stats=1 \
	  $(FUZZ_DIR)/corpus tests/fuzz/seeds scenarios

install: deps
	$(CONFIGURE)
	cmake --build $(BUILD_DIR) -j$(JOBS) --target gaitsim
	cmake --install $(BUILD_DIR) --prefix $(PREFIX)

clean:
	rm -rf $(BUILD_DIR) $(SANITIZE_DIR) $(FUZZ_DIR)
