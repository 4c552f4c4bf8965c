// GLSL program building with readable errors: a failed compile or link throws with the log.
#pragma once

#include <string>

#include "render/gl.h"

namespace gait {

/// Compiles and links a vertex + fragment program; throws std::runtime_error naming `label` and
/// carrying the driver's log on failure.
GLuint build_program(const std::string& label, const char* vertex_src, const char* fragment_src);

}  // namespace gait
