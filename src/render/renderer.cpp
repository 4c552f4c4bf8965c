// SceneRenderer: instanced capsules, spheres, cones and boxes with a two-light shader, one-pixel
// lines, translucent parts (ghost, weakened muscles) blended after the opaque ones, and on_top
// overlay lines over everything with a dark outline.
#include "render/renderer.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "math/mat3.h"
#include "render/meshes.h"
#include "render/shader.h"

namespace gait {

namespace {

// Lighting per vertex (Gouraud): llvmpipe shades fragments on the CPU, and a fragment shader that
// only passes colour on costs a fraction of a per-pixel one; the meshes are fine enough for it.
// Key light from above-behind-left plus a headlight. Hatching: pale stripes every 14 mm along a
// band, their share of the length = lost strength.
const char* const kLitVertex = R"(#version 330 core
layout(location = 0) in vec3 a_position;
layout(location = 1) in vec3 a_normal;
layout(location = 2) in vec4 i_model0;
layout(location = 3) in vec4 i_model1;
layout(location = 4) in vec4 i_model2;
layout(location = 5) in vec4 i_model3;
layout(location = 6) in vec4 i_color;
layout(location = 7) in vec4 i_params;
uniform mat4 u_view_proj;
uniform vec3 u_eye;
out vec4 v_color;
out vec2 v_hatch;
void main() {
  mat4 model = mat4(i_model0, i_model1, i_model2, i_model3);
  vec4 world = model * vec4(a_position, 1.0);
  // the columns are orthogonal (rotation times scale), so the inverse transpose is M * S^-2
  mat3 m3 = mat3(model);
  vec3 n = normalize(m3 * (a_normal / vec3(dot(m3[0], m3[0]), dot(m3[1], m3[1]), dot(m3[2], m3[2]))));
  vec3 to_eye = normalize(u_eye - world.xyz);
  vec3 key = normalize(vec3(-0.45, 0.35, 0.82));
  float diffuse = 0.6 * max(dot(n, key), 0.0) + 0.4 * max(dot(n, to_eye), 0.0);
  float spec = 0.12 * pow(max(dot(n, normalize(key + to_eye)), 0.0), 24.0);
  vec3 lit = i_color.rgb * (0.30 + 0.75 * diffuse) + vec3(spec);
  v_color = vec4(i_params.y > 0.5 ? i_color.rgb : lit, i_color.a);
  v_hatch = vec2(i_params.x, a_position.z * i_params.z);
  gl_Position = u_view_proj * world;
}
)";

const char* const kLitFragment = R"(#version 330 core
in vec4 v_color;
in vec2 v_hatch;
out vec4 frag;
void main() {
  frag = v_color;
  if (v_hatch.x > 0.0 && fract(v_hatch.y / 0.014) < v_hatch.x) frag = vec4(mix(v_color.rgb, vec3(0.85), 0.75), v_color.a * 0.35);
}
)";

const char* const kLineVertex = R"(#version 330 core
layout(location = 0) in vec3 a_position;
layout(location = 1) in vec4 a_color;
uniform mat4 u_view_proj;
out vec4 v_color;
void main() {
  v_color = a_color;
  gl_Position = u_view_proj * vec4(a_position, 1.0);
}
)";

const char* const kLineFragment = R"(#version 330 core
in vec4 v_color;
out vec4 frag;
void main() { frag = v_color; }
)";


/// Columns u, v, w (already scaled) and translation t as an instance matrix.
void set_matrix(float* m, const Vec3& u, const Vec3& v, const Vec3& w, const Vec3& t) {
  const Vec3 cols[4] = {u, v, w, t};
  for (int c = 0; c < 4; ++c) {
    m[c * 4 + 0] = static_cast<float>(cols[c].x);
    m[c * 4 + 1] = static_cast<float>(cols[c].y);
    m[c * 4 + 2] = static_cast<float>(cols[c].z);
    m[c * 4 + 3] = c == 3 ? 1.0f : 0.0f;
  }
}

/// Two unit vectors completing `d` (unit) to a right-handed basis (u, v, d).
void basis(const Vec3& d, Vec3& u, Vec3& v) {
  const Vec3 helper = std::fabs(d.z) < 0.9 ? Vec3{0, 0, 1} : Vec3{1, 0, 0};
  u = normalized(cross(helper, d));
  v = cross(d, u);
}

void set_color(float* out, const Rgba& c) {
  out[0] = c.r;
  out[1] = c.g;
  out[2] = c.b;
  out[3] = c.a;
}

bool is_translucent(const Rgba& c, float hatch) { return c.a < 0.999f || hatch > 0.0f; }

/// The outline of an on_top line: a dark capsule kOnTopOutlineScale times wider, drawn under all of
/// them, so a yellow line reads on ivory bone as well as on the dark sky.
constexpr Rgba kOutlineColor{0.05f, 0.05f, 0.07f, 0.85f};

/// A flat, level box whose top lies on the ground plane (z = 0): the floor and the walkway.
/// Everything else stands on them, so they are drawn first and without depth (see draw()).
bool is_floor(const SceneBox& b) {
  return b.half_extents_m.z <= 0.011 && b.pose.position_m.z + b.half_extents_m.z <= 0.0015 &&
         std::fabs(b.pose.orientation.w) > 0.9999 && !is_translucent(b.color, 0);
}

}  // namespace

SceneRenderer::SceneRenderer() {
  lit_program_ = build_program("scene", kLitVertex, kLitFragment);
  line_program_ = build_program("line", kLineVertex, kLineFragment);
  lit_view_proj_ = glGetUniformLocation(lit_program_, "u_view_proj");
  lit_eye_ = glGetUniformLocation(lit_program_, "u_eye");
  line_view_proj_ = glGetUniformLocation(line_program_, "u_view_proj");

  // budget (llvmpipe): a capsule is 20 + 2 * 48 triangles, so the walker, its ghost and the
  // muscles stay near 20k triangles
  const MeshData data[kNumMeshes] = {make_cylinder(10), make_hemisphere(10, 3), make_sphere(14, 8), make_cone(10),
                                     make_cube()};
  glGenBuffers(1, &instance_vbo_);
  for (int k = 0; k < kNumMeshes; ++k) {
    Mesh& m = meshes_[k];
    glGenVertexArrays(1, &m.vao);
    glBindVertexArray(m.vao);
    glGenBuffers(1, &m.vbo);
    glBindBuffer(GL_ARRAY_BUFFER, m.vbo);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(data[k].vertices.size() * sizeof(float)),
                 data[k].vertices.data(), GL_STATIC_DRAW);
    glGenBuffers(1, &m.ibo);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, m.ibo);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(data[k].indices.size() * sizeof(std::uint32_t)),
                 data[k].indices.data(), GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, 6 * sizeof(float), nullptr);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, 6 * sizeof(float),
                          reinterpret_cast<const void*>(3 * sizeof(float)));
    for (GLuint a = 2; a < 8; ++a) {
      glEnableVertexAttribArray(a);
      glVertexAttribDivisor(a, 1);
    }
    m.index_count = static_cast<GLsizei>(data[k].indices.size());
    mesh_triangles_[k] = data[k].triangle_count();
  }
  glGenVertexArrays(1, &line_vao_);
  glBindVertexArray(line_vao_);
  glGenBuffers(1, &line_vbo_);
  glBindBuffer(GL_ARRAY_BUFFER, line_vbo_);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, 7 * sizeof(float), nullptr);
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 4, GL_FLOAT, GL_FALSE, 7 * sizeof(float), reinterpret_cast<const void*>(3 * sizeof(float)));
  glBindVertexArray(0);
}

SceneRenderer::~SceneRenderer() {
  for (Mesh& m : meshes_) {
    glDeleteVertexArrays(1, &m.vao);
    glDeleteBuffers(1, &m.vbo);
    glDeleteBuffers(1, &m.ibo);
  }
  glDeleteBuffers(1, &instance_vbo_);
  glDeleteVertexArrays(1, &line_vao_);
  glDeleteBuffers(1, &line_vbo_);
  glDeleteProgram(lit_program_);
  glDeleteProgram(line_program_);
}

void SceneRenderer::add_instance(MeshKind kind, const Instance& inst, Layer layer) {
  lists_[layer][kind].push_back(inst);
}

void SceneRenderer::add_capsule(const Vec3& a, const Vec3& b, double radius, const Rgba& c, float hatch, bool unlit,
                                Layer layer) {
  const Vec3 d = b - a;
  const double length = norm(d);
  const Vec3 dir = length > 1e-9 ? d / length : Vec3{0, 0, 1};
  Vec3 u, v;
  basis(dir, u, v);
  Instance inst{};
  set_color(inst.color, c);
  inst.params[0] = hatch;
  inst.params[1] = unlit ? 1.0f : 0.0f;
  inst.params[2] = static_cast<float>(length);
  set_matrix(inst.model, u * radius, v * radius, d, a);
  add_instance(kCylinder, inst, layer);
  // end caps: the one at `a` turned around (v and w both flipped keeps the winding)
  inst.params[2] = 0;
  set_matrix(inst.model, u * radius, v * radius, dir * radius, b);
  add_instance(kHemisphere, inst, layer);
  set_matrix(inst.model, u * radius, v * -radius, dir * -radius, a);
  add_instance(kHemisphere, inst, layer);
}

void SceneRenderer::collect_instances(const Scene& scene) {
  for (auto& layer : lists_)
    for (auto& list : layer) list.clear();
  const auto layer_of = [](const Rgba& c, float hatch) { return is_translucent(c, hatch) ? kTranslucent : kOpaque; };
  for (const SceneCapsule& c : scene.capsules) {
    if (c.on_top) {
      add_capsule(c.a_m, c.b_m, kOnTopOutlineScale * c.radius_m, kOutlineColor, 0, true, kOutline);
      add_capsule(c.a_m, c.b_m, c.radius_m, c.color, c.hatch_frac, c.unlit, kOnTop);
    } else {
      add_capsule(c.a_m, c.b_m, c.radius_m, c.color, c.hatch_frac, c.unlit, layer_of(c.color, c.hatch_frac));
    }
  }
  for (const SceneSphere& s : scene.spheres) {
    Instance inst{};
    set_color(inst.color, s.color);
    inst.params[1] = s.unlit ? 1.0f : 0.0f;
    const double r = s.radius_m;
    set_matrix(inst.model, {r, 0, 0}, {0, r, 0}, {0, 0, r}, s.center_m);
    add_instance(kSphere, inst, layer_of(s.color, 0));
  }
  for (const SceneBox& b : scene.boxes) {
    Instance inst{};
    set_color(inst.color, b.color);
    const Mat3 r = to_mat3(b.pose.orientation);
    set_matrix(inst.model, r.column(0) * b.half_extents_m.x, r.column(1) * b.half_extents_m.y,
               r.column(2) * b.half_extents_m.z, b.pose.position_m);
    add_instance(kCube, inst, is_floor(b) ? kFloor : layer_of(b.color, 0));
  }
  for (const SceneArrow& a : scene.arrows) {
    const Vec3 d = a.head_m - a.tail_m;
    const double length = norm(d);
    if (length < 1e-6) continue;
    const Vec3 dir = d / length;
    const double head = std::min(0.3 * length, 7.0 * a.radius_m);
    const Vec3 neck = a.head_m - dir * head;
    add_capsule(a.tail_m, neck, a.radius_m, a.color, 0, false, layer_of(a.color, 0));
    Vec3 u, v;
    basis(dir, u, v);
    Instance inst{};
    set_color(inst.color, a.color);
    const double hr = 2.5 * a.radius_m;
    set_matrix(inst.model, u * hr, v * hr, dir * head, neck);
    add_instance(kCone, inst, layer_of(a.color, 0));
  }
}

void SceneRenderer::draw(const Scene& scene, const CameraMatrices& camera, const Viewport& viewport, bool clear) {
  collect_instances(scene);
  glViewport(viewport.x, viewport.y, viewport.width, viewport.height);
  glScissor(viewport.x, viewport.y, viewport.width, viewport.height);
  glEnable(GL_SCISSOR_TEST);
  glDepthMask(GL_TRUE);
  glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
  if (clear) {
    // llvmpipe clears part of a framebuffer by drawing a quad (a sixth of the app's frame); the app
    // clears its whole window to kBackground instead, a fast clear, and passes clear = false
    glClearColor(kBackground.r, kBackground.g, kBackground.b, 1.0f);
    glClearDepth(1.0);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
  }
  glDisable(GL_BLEND);

  last_triangles_ = 0;
  upload_instances();
  // the floor first and without depth: everything stands on it, and testing depth over the half
  // of the view it covers cost llvmpipe more than drawing the walker
  // (back faces culled instead: the cube winds counter-clockwise seen from outside)
  glDisable(GL_DEPTH_TEST);
  glDepthMask(GL_FALSE);
  glEnable(GL_CULL_FACE);
  glCullFace(GL_BACK);
  glFrontFace(GL_CCW);
  draw_instances(kFloor, camera);
  glDisable(GL_CULL_FACE);
  glDepthMask(GL_TRUE);
  glEnable(GL_DEPTH_TEST);
  glDepthFunc(GL_LESS);
  draw_instances(kOpaque, camera);
  draw_lines(scene, camera);
  // translucent parts over the opaque ones in one pass, writing depth so that a translucent body
  // shows its nearest surfaces (a depth pre-pass looked cleaner but doubled llvmpipe's vertex work)
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  draw_instances(kTranslucent, camera);
  // the overlay lines over everything: all outlines first, then all lines, so that where two lines
  // cross or meet (a line and its reference) neither's outline cuts the other
  glDisable(GL_DEPTH_TEST);
  draw_instances(kOutline, camera);
  draw_instances(kOnTop, camera);

  // leave the state as most GL code expects it
  glDepthFunc(GL_LESS);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_BLEND);
  glDisable(GL_SCISSOR_TEST);
  glBindVertexArray(0);
  glUseProgram(0);
}

void SceneRenderer::upload_instances() {
  uploaded_.clear();
  for (int layer = 0; layer < kNumLayers; ++layer)
    for (int k = 0; k < kNumMeshes; ++k) {
      offsets_[layer][k] = uploaded_.size() * sizeof(Instance);
      uploaded_.insert(uploaded_.end(), lists_[layer][k].begin(), lists_[layer][k].end());
    }
  if (uploaded_.empty()) return;
  glBindBuffer(GL_ARRAY_BUFFER, instance_vbo_);
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(uploaded_.size() * sizeof(Instance)), uploaded_.data(),
               GL_STREAM_DRAW);
}

void SceneRenderer::draw_instances(Layer layer, const CameraMatrices& camera) {
  const std::vector<Instance>* lists = lists_[layer];
  const std::size_t* offsets = offsets_[layer];
  std::size_t total = 0;
  for (int k = 0; k < kNumMeshes; ++k) total += lists[k].size();
  if (total == 0) return;
  glUseProgram(lit_program_);
  glUniformMatrix4fv(lit_view_proj_, 1, GL_FALSE, camera.view_projection.m.data());
  glUniform3f(lit_eye_, static_cast<float>(camera.eye_m.x), static_cast<float>(camera.eye_m.y),
              static_cast<float>(camera.eye_m.z));
  glBindBuffer(GL_ARRAY_BUFFER, instance_vbo_);
  for (int k = 0; k < kNumMeshes; ++k) {
    const std::vector<Instance>& list = lists[k];
    if (list.empty()) continue;
    glBindVertexArray(meshes_[k].vao);
    for (GLuint a = 0; a < 6; ++a) {
      const std::size_t field = a < 4 ? offsetof(Instance, model) + a * 4 * sizeof(float)
                                      : a == 4 ? offsetof(Instance, color) : offsetof(Instance, params);
      glVertexAttribPointer(2 + a, 4, GL_FLOAT, GL_FALSE, sizeof(Instance),
                            reinterpret_cast<const void*>(offsets[k] + field));
    }
    glDrawElementsInstanced(GL_TRIANGLES, meshes_[k].index_count, GL_UNSIGNED_INT, nullptr,
                            static_cast<GLsizei>(list.size()));
    last_triangles_ += mesh_triangles_[k] * list.size();
  }
}

void SceneRenderer::draw_lines(const Scene& scene, const CameraMatrices& camera) {
  if (scene.lines.empty()) return;
  line_vertices_.clear();
  for (const SceneLine& l : scene.lines)
    for (const Vec3& p : {l.a_m, l.b_m})
      line_vertices_.insert(line_vertices_.end(), {static_cast<float>(p.x), static_cast<float>(p.y),
                                                   static_cast<float>(p.z), l.color.r, l.color.g, l.color.b, l.color.a});
  glUseProgram(line_program_);
  glUniformMatrix4fv(line_view_proj_, 1, GL_FALSE, camera.view_projection.m.data());
  glBindVertexArray(line_vao_);
  glBindBuffer(GL_ARRAY_BUFFER, line_vbo_);
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(line_vertices_.size() * sizeof(float)), line_vertices_.data(),
               GL_STREAM_DRAW);
  glDrawArrays(GL_LINES, 0, static_cast<GLsizei>(scene.lines.size() * 2));
}

}  // namespace gait
