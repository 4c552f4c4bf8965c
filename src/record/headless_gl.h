// A GL 3.3 core context with no window and no display: EGL on Mesa's surfaceless platform
// (EGL_PLATFORM_SURFACELESS_MESA), so clips record on servers and in CI with no X server. Draw into
// an OffscreenTarget (render/offscreen.h); there is no default framebuffer.
#pragma once

#include <memory>

namespace gait {

class HeadlessGl {
 public:
  /// Creates the context and makes it current on this thread; throws std::runtime_error (with
  /// EGL's reason) when there is no usable EGL/OpenGL 3.3.
  HeadlessGl();
  ~HeadlessGl();
  HeadlessGl(const HeadlessGl&) = delete;
  HeadlessGl& operator=(const HeadlessGl&) = delete;

 private:
  void* display_ = nullptr;
  void* context_ = nullptr;
};

}  // namespace gait
