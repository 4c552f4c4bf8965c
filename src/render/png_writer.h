// PNG files from RgbImages, written atomically (path.tmp, then renamed).
#pragma once

#include <string>

#include "render/rgb_image.h"

namespace gait {

/// Encodes `image` as PNG and writes it to `path` through write_file_atomically; throws
/// InputError ("path: cannot write file: ...") when it cannot.
void write_png(const std::string& path, const RgbImage& image);

/// The PNG bytes of `image` (for tests and other sinks).
std::string encode_png(const RgbImage& image);

}  // namespace gait
