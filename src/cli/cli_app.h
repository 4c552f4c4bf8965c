// "gaitsim [SCENARIO]": with no subcommand, gaitsim opens the app (built with GAITSIM_BUILD_GUI).
#pragma once

#include "cli_common.h"

namespace gait {

/// Adds the app's positional SCENARIO and its flags to the top-level command; when no subcommand
/// is chosen, `action` runs the app.
void add_app_options(CLI::App& app, CommandAction& action);

}  // namespace gait
