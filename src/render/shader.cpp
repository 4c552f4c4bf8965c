// Shader compile and link, with the driver's log in the error.
#include "render/shader.h"

#include <stdexcept>
#include <vector>

namespace gait {

namespace {

GLuint compile(const std::string& label, GLenum type, const char* src) {
  const GLuint s = glCreateShader(type);
  glShaderSource(s, 1, &src, nullptr);
  glCompileShader(s);
  GLint ok = 0;
  glGetShaderiv(s, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    GLint n = 0;
    glGetShaderiv(s, GL_INFO_LOG_LENGTH, &n);
    std::vector<char> log(static_cast<std::size_t>(n) + 1, '\0');
    glGetShaderInfoLog(s, n, nullptr, log.data());
    glDeleteShader(s);
    throw std::runtime_error(label + (type == GL_VERTEX_SHADER ? " vertex" : " fragment") +
                             " shader does not compile: " + log.data());
  }
  return s;
}

}  // namespace

GLuint build_program(const std::string& label, const char* vertex_src, const char* fragment_src) {
  const GLuint vs = compile(label, GL_VERTEX_SHADER, vertex_src);
  const GLuint fs = compile(label, GL_FRAGMENT_SHADER, fragment_src);
  const GLuint p = glCreateProgram();
  glAttachShader(p, vs);
  glAttachShader(p, fs);
  glLinkProgram(p);
  glDeleteShader(vs);
  glDeleteShader(fs);
  GLint ok = 0;
  glGetProgramiv(p, GL_LINK_STATUS, &ok);
  if (!ok) {
    GLint n = 0;
    glGetProgramiv(p, GL_INFO_LOG_LENGTH, &n);
    std::vector<char> log(static_cast<std::size_t>(n) + 1, '\0');
    glGetProgramInfoLog(p, n, nullptr, log.data());
    glDeleteProgram(p);
    throw std::runtime_error(label + " program does not link: " + log.data());
  }
  return p;
}

}  // namespace gait
