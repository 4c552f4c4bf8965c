// The OpenGL 3.3 core functions the renderer uses, declared by the system headers and resolved by
// linking libGL (Mesa and libglvnd export every core function; no loader is needed).
#pragma once

#ifndef GL_GLEXT_PROTOTYPES
#define GL_GLEXT_PROTOTYPES 1
#endif
#include <GL/gl.h>
#include <GL/glext.h>
