// Unit meshes the renderer instances: cylinder (radius 1, z 0..1), hemisphere (radius 1, z >= 0),
// sphere, cone (base radius 1 at z 0, apex at z 1) and cube (-1..1). Plain data, no GL.
#pragma once

#include <cstdint>
#include <vector>

namespace gait {

struct MeshData {
  std::vector<float> vertices;  ///< x, y, z, nx, ny, nz per vertex
  std::vector<std::uint32_t> indices;  ///< triangles
  std::size_t triangle_count() const { return indices.size() / 3; }
};

MeshData make_cylinder(int slices);
MeshData make_hemisphere(int slices, int stacks);
MeshData make_sphere(int slices, int stacks);
MeshData make_cone(int slices);
MeshData make_cube();

}  // namespace gait
