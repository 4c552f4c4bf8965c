// Unit meshes for instancing (see meshes.h). Counter-clockwise triangles seen from outside.
#include "render/meshes.h"

#include <cmath>

namespace gait {

namespace {

constexpr double kTwoPi = 6.283185307179586;

void vertex(MeshData& m, double x, double y, double z, double nx, double ny, double nz) {
  for (double v : {x, y, z, nx, ny, nz}) m.vertices.push_back(static_cast<float>(v));
}
std::uint32_t vertex_count(const MeshData& m) { return static_cast<std::uint32_t>(m.vertices.size() / 6); }
void quad(MeshData& m, std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t d) {
  m.indices.insert(m.indices.end(), {a, b, c, a, c, d});
}

/// Sphere band between polar angles [theta0, theta1] (0 = +z pole), `stacks` rings.
void add_sphere_part(MeshData& m, int slices, int stacks, double theta0, double theta1) {
  const std::uint32_t base = vertex_count(m);
  for (int i = 0; i <= stacks; ++i) {
    const double t = theta0 + (theta1 - theta0) * i / stacks;
    for (int j = 0; j <= slices; ++j) {
      const double p = kTwoPi * j / slices;
      const double x = std::sin(t) * std::cos(p), y = std::sin(t) * std::sin(p), z = std::cos(t);
      vertex(m, x, y, z, x, y, z);
    }
  }
  const auto at = [&](int i, int j) { return base + static_cast<std::uint32_t>(i * (slices + 1) + j); };
  for (int i = 0; i < stacks; ++i)
    for (int j = 0; j < slices; ++j) quad(m, at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j + 1));
}

}  // namespace

MeshData make_cylinder(int slices) {
  MeshData m;
  for (int j = 0; j <= slices; ++j) {
    const double p = kTwoPi * j / slices;
    const double x = std::cos(p), y = std::sin(p);
    vertex(m, x, y, 0, x, y, 0);
    vertex(m, x, y, 1, x, y, 0);
  }
  for (int j = 0; j < slices; ++j) {
    const auto a = static_cast<std::uint32_t>(2 * j);
    quad(m, a, a + 2, a + 3, a + 1);
  }
  return m;
}

MeshData make_hemisphere(int slices, int stacks) {
  MeshData m;
  add_sphere_part(m, slices, stacks, 0, kTwoPi / 4);
  return m;
}

MeshData make_sphere(int slices, int stacks) {
  MeshData m;
  add_sphere_part(m, slices, stacks, 0, kTwoPi / 2);
  return m;
}

MeshData make_cone(int slices) {
  MeshData m;
  // side: normals tilted outward by the 45-degree slope of a unit cone
  const double k = 1 / std::sqrt(2.0);
  for (int j = 0; j <= slices; ++j) {
    const double p = kTwoPi * j / slices;
    const double x = std::cos(p), y = std::sin(p);
    vertex(m, x, y, 0, x * k, y * k, k);
    vertex(m, 0, 0, 1, x * k, y * k, k);
  }
  for (int j = 0; j < slices; ++j) {
    const auto a = static_cast<std::uint32_t>(2 * j);
    m.indices.insert(m.indices.end(), {a, a + 2, a + 1});
  }
  // base disc
  const std::uint32_t centre = vertex_count(m);
  vertex(m, 0, 0, 0, 0, 0, -1);
  for (int j = 0; j <= slices; ++j) {
    const double p = kTwoPi * j / slices;
    vertex(m, std::cos(p), std::sin(p), 0, 0, 0, -1);
  }
  for (int j = 0; j < slices; ++j)
    m.indices.insert(m.indices.end(), {centre, centre + 2 + static_cast<std::uint32_t>(j),
                                       centre + 1 + static_cast<std::uint32_t>(j)});
  return m;
}

MeshData make_cube() {
  MeshData m;
  // one quad per face with its own normal: axis a, sign s; u, v span the face
  for (int a = 0; a < 3; ++a)
    for (int s : {1, -1}) {
      double n[3] = {0, 0, 0};
      n[a] = s;
      const int u = (a + 1) % 3, v = (a + 2) % 3;
      const std::uint32_t base = vertex_count(m);
      for (auto [cu, cv] : {std::pair{-1, -1}, {1, -1}, {1, 1}, {-1, 1}}) {
        double p[3];
        p[a] = s;
        p[u] = cu * s;  // flip winding on the negative face
        p[v] = cv;
        vertex(m, p[0], p[1], p[2], n[0], n[1], n[2]);
      }
      quad(m, base, base + 1, base + 2, base + 3);
    }
  return m;
}

}  // namespace gait
