// gaitsim grid (cli_grid.cpp): declared apart from cli_common.h's commands so that the grid command
// adds one file and one line to main.cpp.
#pragma once

#include "cli_common.h"

namespace gait {

/// Registers `gaitsim grid GRID.toml [--jobs N] [--duration S] [--only SUBSTRING] [--csv FILE]
/// [--json FILE] [--quiet]`.
void add_grid_command(CLI::App& app, CommandAction& action);

}  // namespace gait
