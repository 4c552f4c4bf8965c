// Offscreen rendering: a framebuffer object of a given size to draw a Scene into without a
// window (screenshots, and clips in simulated time), and reading pixels back as an RgbImage.
#pragma once

#include "render/gl.h"
#include "render/rgb_image.h"

namespace gait {

class OffscreenTarget {
 public:
  /// A colour + depth framebuffer of width x height pixels; `samples` > 0 renders multisampled
  /// and resolves on read. Needs a current GL 3.3 context; throws std::runtime_error if incomplete.
  OffscreenTarget(int width, int height, int samples = 0);
  ~OffscreenTarget();
  OffscreenTarget(const OffscreenTarget&) = delete;
  OffscreenTarget& operator=(const OffscreenTarget&) = delete;

  /// Binds it for drawing (GL_FRAMEBUFFER); draw with viewport {0, 0, width, height}.
  void bind() const;
  /// Reads the picture back, top row first.
  RgbImage read() const;
  /// Copies the `width` x `height` rectangle at (x, y) of the framebuffer bound for reading (origin
  /// bottom-left, as glReadPixels) to (dst_x, dst_y) here. A GPU-side copy: it does not wait for the
  /// picture to be finished, so a later read() can overlap other work (the app's clips).
  void copy_from_read_framebuffer(int x, int y, int width, int height, int dst_x, int dst_y) const;
  /// Fills the whole target with one colour (components 0..1).
  void clear(float r, float g, float b) const;

  int width() const { return width_; }
  int height() const { return height_; }

 private:
  int width_, height_, samples_;
  GLuint fbo_ = 0, color_ = 0, depth_ = 0;
  GLuint resolve_fbo_ = 0, resolve_color_ = 0;  ///< when multisampled
};

/// Reads `width` x `height` pixels at (0, 0) of the framebuffer bound for reading, top row first
/// (GL returns rows bottom-up: they are flipped here).
RgbImage read_framebuffer(int width, int height);

}  // namespace gait
