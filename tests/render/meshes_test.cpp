// Unit meshes: sizes within the triangle budget, unit normals, vertices on the unit shapes.
#include <catch2/catch.hpp>

#include <cmath>

#include "render/meshes.h"

using namespace gait;

namespace {
void check_mesh(const MeshData& m) {
  REQUIRE(m.indices.size() % 3 == 0);
  const std::size_t n = m.vertices.size() / 6;
  for (std::uint32_t i : m.indices) CHECK(i < n);
  for (std::size_t v = 0; v < n; ++v) {
    const float* p = &m.vertices[6 * v];
    CHECK(std::sqrt(p[3] * p[3] + p[4] * p[4] + p[5] * p[5]) == Approx(1.0f).margin(1e-5));
  }
}
}  // namespace

TEST_CASE("unit meshes are well formed and small", "[unit][render]") {
  const MeshData cylinder = make_cylinder(10), hemisphere = make_hemisphere(10, 3), sphere = make_sphere(14, 8),
                 cone = make_cone(10), cube = make_cube();
  for (const MeshData* m : {&cylinder, &hemisphere, &sphere, &cone, &cube}) check_mesh(*m);
  CHECK(cylinder.triangle_count() == 20);
  CHECK(hemisphere.triangle_count() == 60);
  CHECK(cube.triangle_count() == 12);
  // sphere vertices lie on the unit sphere, hemisphere vertices at z >= 0
  for (std::size_t v = 0; v < sphere.vertices.size(); v += 6) {
    const float* p = &sphere.vertices[v];
    CHECK(std::sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]) == Approx(1.0f).margin(1e-5));
  }
  for (std::size_t v = 0; v < hemisphere.vertices.size(); v += 6) CHECK(hemisphere.vertices[v + 2] >= -1e-6f);
}

TEST_CASE("cube faces wind counter-clockwise seen from outside", "[unit][render]") {
  const MeshData cube = make_cube();
  for (std::size_t t = 0; t < cube.indices.size(); t += 3) {
    const float* a = &cube.vertices[6 * cube.indices[t]];
    const float* b = &cube.vertices[6 * cube.indices[t + 1]];
    const float* c = &cube.vertices[6 * cube.indices[t + 2]];
    const float u[3] = {b[0] - a[0], b[1] - a[1], b[2] - a[2]}, w[3] = {c[0] - a[0], c[1] - a[1], c[2] - a[2]};
    const float n[3] = {u[1] * w[2] - u[2] * w[1], u[2] * w[0] - u[0] * w[2], u[0] * w[1] - u[1] * w[0]};
    CHECK(n[0] * a[3] + n[1] * a[4] + n[2] * a[5] > 0);
  }
}
