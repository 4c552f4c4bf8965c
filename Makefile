# Thin wrapper over CMake. make run: build and open the app on scenarios/normal.toml (without a
# display: its headless summary); make test: build (warnings are errors) and run every test; make bench: simulated seconds per wall second; make grid: issue
# 14's robustness grid (grids/envelope.toml, README: gaitsim grid); make clean.
BUILD_DIR := build
JOBS := 2
# arguments for gaitsim_bench, e.g. make bench BENCH_ARGS="scenarios/normal.toml --duration 120"
BENCH_ARGS ?=
# arguments for gaitsim grid, e.g. make grid GRID_ARGS="--only healthy --duration 20 --csv grid.csv"
GRID_ARGS ?=

# where make install puts gaitsim, its scenarios, a desktop entry and an icon
PREFIX ?= /usr/local

.PHONY: all deps run test bench grid install clean

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

install: deps
	$(CONFIGURE)
	cmake --build $(BUILD_DIR) -j$(JOBS) --target gaitsim
	cmake --install $(BUILD_DIR) --prefix $(PREFIX)

clean:
	rm -rf $(BUILD_DIR)
