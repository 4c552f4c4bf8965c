// The interactive app: `gaitsim [SCENARIO]`. Opens a window, walks the scenario in real time and
// lets the user weaken the hip abductors while watching the pelvis, the plots and the read-outs.
#pragma once

#include <stdexcept>

#include "app/app_state.h"

namespace gait {

/// No window could be opened (no display, no OpenGL 3.3): the command line reports it and exits 1.
class DisplayError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Runs the app until the window closes (or `options.frames` frames); returns the exit code.
/// Throws InputError for a bad scenario given on the command line (before any window opens).
int run_app(const AppOptions& options);

}  // namespace gait
