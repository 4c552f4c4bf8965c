// SceneRenderer: draws a Scene into whatever framebuffer is bound (the window's, or an offscreen
// one for screenshots and clips) with OpenGL 3.3 core: instanced lit primitives, one-pixel lines,
// translucent parts (ghost, weakened muscles) after the opaque ones, and the overlay lines marked
// on_top last, outlined, over everything. Needs a current GL context.
#pragma once

#include <vector>

#include "render/camera.h"
#include "render/gl.h"
#include "scene/scene.h"

namespace gait {

/// Pixel rectangle of the bound framebuffer to draw into (origin bottom-left, as glViewport).
struct Viewport {
  int x = 0, y = 0, width = 0, height = 0;
};

class SceneRenderer {
 public:
  /// Compiles the shaders and uploads the unit meshes; throws std::runtime_error on GL errors.
  SceneRenderer();
  ~SceneRenderer();
  SceneRenderer(const SceneRenderer&) = delete;
  SceneRenderer& operator=(const SceneRenderer&) = delete;

  /// The sky: the colour the viewport is cleared to.
  static constexpr Rgba kBackground{0.15f, 0.16f, 0.18f, 1.0f};

  /// Draws the scene seen through `camera`, after clearing the viewport to kBackground (and depth
  /// to 1). `clear` false: the caller has cleared the whole framebuffer that way already.
  void draw(const Scene& scene, const CameraMatrices& camera, const Viewport& viewport, bool clear = true);

  /// Triangles drawn by the last draw() (for the frame budget).
  std::size_t last_triangle_count() const { return last_triangles_; }

 private:
  enum MeshKind { kCylinder = 0, kHemisphere, kSphere, kCone, kCube, kNumMeshes };
  struct Mesh {
    GLuint vao = 0, vbo = 0, ibo = 0;
    GLsizei index_count = 0;
  };
  /// Per-instance data: model matrix (column-major), colour, params (hatch, unlit, length, 0).
  struct Instance {
    float model[16];
    float color[4];
    float params[4];
  };

  /// Where an instance goes: drawn in this order, the last two without depth test.
  enum Layer { kFloor = 0, kOpaque, kTranslucent, kOutline, kOnTop, kNumLayers };
  void add_capsule(const Vec3& a, const Vec3& b, double radius, const Rgba& c, float hatch, bool unlit,
                   Layer layer);
  void add_instance(MeshKind kind, const Instance& inst, Layer layer);
  /// All instances of the frame into instance_vbo_ in one upload, before any draw: llvmpipe finishes
  /// every queued draw before a buffer they read may change, so one upload per mesh kind serialized
  /// the frame. Fills offsets_ (bytes) per list.
  /// The scene's capsules, spheres, boxes and arrows as instances in their layers' lists.
  void collect_instances(const Scene& scene);
  void upload_instances();
  void draw_instances(Layer layer, const CameraMatrices& camera);
  void draw_lines(const Scene& scene, const CameraMatrices& camera);

  GLuint lit_program_ = 0, line_program_ = 0;
  GLint lit_view_proj_ = -1, lit_eye_ = -1, line_view_proj_ = -1;
  Mesh meshes_[kNumMeshes];
  GLuint instance_vbo_ = 0;
  GLuint line_vao_ = 0, line_vbo_ = 0;
  std::vector<Instance> lists_[kNumLayers][kNumMeshes];
  std::vector<Instance> uploaded_;  ///< the lists above, one after the other
  std::size_t offsets_[kNumLayers][kNumMeshes] = {};
  std::vector<float> line_vertices_;
  std::size_t last_triangles_ = 0;
  std::size_t mesh_triangles_[kNumMeshes] = {};
};

}  // namespace gait
