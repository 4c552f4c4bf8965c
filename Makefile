# Thin wrapper over CMake. make run: build and walk scenarios/normal.toml; make test: the CI build
# (warnings are errors) and every test; make bench: simulated seconds per wall second; make grid: issue
# 14's robustness grid (grids/envelope.toml, README: gaitsim grid); make clean.
BUILD_DIR := build
JOBS := 2
# arguments for gaitsim_bench, e.g. make bench BENCH_ARGS="scenarios/normal.toml --duration 120"
BENCH_ARGS ?=
# arguments for gaitsim grid, e.g. make grid GRID_ARGS="--only healthy --duration 20 --csv grid.csv"
GRID_ARGS ?=

.PHONY: all deps run test bench grid clean

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

clean:
	rm -rf $(BUILD_DIR)
