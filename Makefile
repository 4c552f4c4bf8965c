# Thin wrapper over CMake. make run: build and walk scenarios/normal.toml; make test: the CI build
# (warnings are errors) and every test; make bench: simulated seconds per wall second; make grid: issue
# 14's robustness grid (grids/envelope.toml, README: gaitsim grid); make clean.
BUILD_DIR := build
JOBS := 2
# arguments for gaitsim_bench, e.g. make bench BENCH_ARGS="scenarios/normal.toml --duration 120"
BENCH_ARGS ?=
# arguments for gaitsim grid, e.g. make grid GRID_ARGS="--only healthy --duration 20 --csv grid.csv"
GRID_ARGS ?=

.PHONY: all deps run test bench grid sanitize fuzz clean

# make sanitize: ASan + UBSan build in its own folder, the whole suite and the GUI tests under Xvfb
# (README "Sanitizers and fuzzing"); leaks checked, third-party ones suppressed in tests/sanitize/
SANITIZE_DIR := build-sanitize
# e.g. make sanitize SANITIZE_CTEST_ARGS="-L catch -R gaitsim" (CTest's selection)
SANITIZE_CTEST_ARGS ?=
SANITIZE_ENV := ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:strict_init_order=1 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitize/lsan.supp:print_suppressions=0

all: run

deps:
	scripts/install-deps.sh

run: deps
	cmake -S . -B $(BUILD_DIR)
	cmake --build $(BUILD_DIR) -j$(JOBS)
	./$(BUILD_DIR)/gaitsim run scenarios/normal.toml

test: deps
	cmake -S . -B $(BUILD_DIR) -DGAITSIM_WERROR=ON
	cmake --build $(BUILD_DIR) -j$(JOBS)
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j$(JOBS)

bench: deps
	cmake -S . -B $(BUILD_DIR)
	cmake --build $(BUILD_DIR) -j$(JOBS) --target gaitsim_bench
	./$(BUILD_DIR)/gaitsim_bench $(BENCH_ARGS)

# exits 1 while any cell fails its acceptance (today many do: README, gaitsim grid)
grid: deps
	cmake -S . -B $(BUILD_DIR)
	cmake --build $(BUILD_DIR) -j$(JOBS) --target gaitsim
	./$(BUILD_DIR)/gaitsim grid grids/envelope.toml --jobs $(JOBS) $(GRID_ARGS)
# make fuzz: libFuzzer on the scenario parser and its overrides (clang, tests/fuzz/), seeded with
# scenarios/ and tests/fuzz/seeds/; new inputs kept in build-fuzz/corpus, a crash in build-fuzz/
FUZZ_DIR := build-fuzz
FUZZ_SECONDS ?= 60

sanitize: deps
	cmake -S . -B $(SANITIZE_DIR) -DGAITSIM_WERROR=ON -DGAITSIM_SANITIZE=ON -DGAITSIM_BUILD_GUI=ON -DCMAKE_BUILD_TYPE=Debug
	cmake --build $(SANITIZE_DIR) -j$(JOBS)
	$(SANITIZE_ENV) ctest --test-dir $(SANITIZE_DIR) --output-on-failure -j$(JOBS) $(SANITIZE_CTEST_ARGS)
	$(SANITIZE_ENV) xvfb-run -a -s "-screen 0 1280x720x24" $(SANITIZE_DIR)/gaitsim_tests "[.gui]"

fuzz: deps
	cmake -S . -B $(FUZZ_DIR) -DCMAKE_CXX_COMPILER=clang++ -DGAITSIM_FUZZ=ON -DGAITSIM_BUILD_GUI=OFF \
	  -DGAITSIM_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=Debug
	cmake --build $(FUZZ_DIR) -j$(JOBS) --target gaitsim_fuzz_scenario
	mkdir -p $(FUZZ_DIR)/corpus
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 $(FUZZ_DIR)/gaitsim_fuzz_scenario \
	  -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
	  -dict=tests/fuzz/scenario.dict -artifact_prefix=$(FUZZ_DIR)/ -print_final_stats=1 \
	  $(FUZZ_DIR)/corpus tests/fuzz/seeds scenarios

clean:
	rm -rf $(BUILD_DIR) $(SANITIZE_DIR) $(FUZZ_DIR)
