// EGL surfaceless context (Mesa): no window system at all.
#include "record/headless_gl.h"

#include <EGL/egl.h>
#include <EGL/eglext.h>

#include <cstdio>
#include <stdexcept>
#include <string>

#include "render/gl.h"

namespace gait {

namespace {
std::string egl_error(const char* what) {
  char code[16];
  std::snprintf(code, sizeof code, "0x%04X", static_cast<unsigned>(eglGetError()));
  return std::string("cannot create a headless OpenGL context: ") + what + " (EGL error " + code + ")";
}
}  // namespace

HeadlessGl::HeadlessGl() {
  auto get_platform_display =
      reinterpret_cast<PFNEGLGETPLATFORMDISPLAYEXTPROC>(eglGetProcAddress("eglGetPlatformDisplayEXT"));
  if (!get_platform_display) throw std::runtime_error(egl_error("eglGetPlatformDisplayEXT is missing"));
  EGLDisplay display = get_platform_display(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
  if (display == EGL_NO_DISPLAY) throw std::runtime_error(egl_error("no surfaceless EGL display"));
  EGLint major = 0, minor = 0;
  if (!eglInitialize(display, &major, &minor)) throw std::runtime_error(egl_error("eglInitialize failed"));
  display_ = display;
  try {
    if (!eglBindAPI(EGL_OPENGL_API)) throw std::runtime_error(egl_error("no desktop OpenGL through EGL"));
    const EGLint config_attribs[] = {EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_SURFACE_TYPE, 0, EGL_NONE};
    EGLConfig config = nullptr;
    EGLint count = 0;
    if (!eglChooseConfig(display, config_attribs, &config, 1, &count) || count < 1)
      throw std::runtime_error(egl_error("no OpenGL config"));
    const EGLint context_attribs[] = {EGL_CONTEXT_MAJOR_VERSION,
                                      3,
                                      EGL_CONTEXT_MINOR_VERSION,
                                      3,
                                      EGL_CONTEXT_OPENGL_PROFILE_MASK,
                                      EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
                                      EGL_NONE};
    EGLContext context = eglCreateContext(display, config, EGL_NO_CONTEXT, context_attribs);
    if (context == EGL_NO_CONTEXT) throw std::runtime_error(egl_error("no OpenGL 3.3 core context"));
    context_ = context;
    if (!eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context))
      throw std::runtime_error(egl_error("eglMakeCurrent failed"));
    if (!glGetString(GL_VERSION)) throw std::runtime_error("cannot create a headless OpenGL context: GL does not answer");
  } catch (...) {
    if (context_) eglDestroyContext(display, static_cast<EGLContext>(context_));
    eglTerminate(display);
    throw;
  }
}

HeadlessGl::~HeadlessGl() {
  auto display = static_cast<EGLDisplay>(display_);
  eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
  eglDestroyContext(display, static_cast<EGLContext>(context_));
  eglTerminate(display);
}

}  // namespace gait
