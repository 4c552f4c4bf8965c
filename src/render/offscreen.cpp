// Framebuffer object and pixel read-back (rows flipped to top-down).
#include "render/offscreen.h"

#include <cstring>
#include <stdexcept>
#include <string>

namespace gait {

namespace {

GLuint make_renderbuffer(GLenum format, int width, int height, int samples) {
  GLuint rb = 0;
  glGenRenderbuffers(1, &rb);
  glBindRenderbuffer(GL_RENDERBUFFER, rb);
  if (samples > 0)
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, format, width, height);
  else
    glRenderbufferStorage(GL_RENDERBUFFER, format, width, height);
  return rb;
}

void check_complete(const char* what) {
  const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
  if (status != GL_FRAMEBUFFER_COMPLETE)
    throw std::runtime_error(std::string(what) + " framebuffer is incomplete (status " + std::to_string(status) + ")");
}

}  // namespace

OffscreenTarget::OffscreenTarget(int width, int height, int samples)
    : width_(width), height_(height), samples_(samples) {
  if (width <= 0 || height <= 0) throw std::runtime_error("offscreen size must be positive");
  glGenFramebuffers(1, &fbo_);
  glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
  color_ = make_renderbuffer(GL_RGBA8, width, height, samples);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, color_);
  depth_ = make_renderbuffer(GL_DEPTH_COMPONENT24, width, height, samples);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, depth_);
  check_complete("offscreen");
  if (samples > 0) {
    glGenFramebuffers(1, &resolve_fbo_);
    glBindFramebuffer(GL_FRAMEBUFFER, resolve_fbo_);
    resolve_color_ = make_renderbuffer(GL_RGBA8, width, height, 0);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, resolve_color_);
    check_complete("offscreen resolve");
  }
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

OffscreenTarget::~OffscreenTarget() {
  glDeleteFramebuffers(1, &fbo_);
  glDeleteRenderbuffers(1, &color_);
  glDeleteRenderbuffers(1, &depth_);
  if (resolve_fbo_) glDeleteFramebuffers(1, &resolve_fbo_);
  if (resolve_color_) glDeleteRenderbuffers(1, &resolve_color_);
}

void OffscreenTarget::bind() const { glBindFramebuffer(GL_FRAMEBUFFER, fbo_); }

RgbImage OffscreenTarget::read() const {
  GLint previous = 0;
  glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previous);
  if (samples_ > 0) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo_);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolve_fbo_);
    glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, resolve_fbo_);
  } else {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo_);
  }
  RgbImage image = read_framebuffer(width_, height_);
  glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous));
  return image;
}

void OffscreenTarget::copy_from_read_framebuffer(int x, int y, int width, int height, int dst_x, int dst_y) const {
  GLint draw = 0;
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &draw);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, fbo_);
  glDisable(GL_SCISSOR_TEST);  // it would clip the copy
  glBlitFramebuffer(x, y, x + width, y + height, dst_x, dst_y, dst_x + width, dst_y + height, GL_COLOR_BUFFER_BIT,
                    GL_NEAREST);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(draw));
}

void OffscreenTarget::clear(float r, float g, float b) const {
  GLint previous = 0;
  glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previous);
  bind();
  glDisable(GL_SCISSOR_TEST);
  glClearColor(r, g, b, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
  glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous));
}

RgbImage read_framebuffer(int width, int height) {
  RgbImage image;
  image.width = width;
  image.height = height;
  image.rgb.resize(static_cast<std::size_t>(width) * height * 3);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, image.rgb.data());
  // GL's first row is the bottom one
  const std::size_t row = static_cast<std::size_t>(width) * 3;
  std::vector<std::uint8_t> tmp(row);
  for (int y = 0; y < height / 2; ++y) {
    std::uint8_t* a = image.rgb.data() + static_cast<std::size_t>(y) * row;
    std::uint8_t* b = image.rgb.data() + static_cast<std::size_t>(height - 1 - y) * row;
    std::memcpy(tmp.data(), a, row);
    std::memcpy(a, b, row);
    std::memcpy(b, tmp.data(), row);
  }
  return image;
}

}  // namespace gait
