// PNG encoding through stb_image_write (Debian's libstb), then an atomic write.
#include "render/png_writer.h"

#include <stb_image_write.h>

#include <stdexcept>

#include "io/atomic_file.h"

namespace gait {

std::string encode_png(const RgbImage& image) {
  std::string bytes;
  const auto append = [](void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
  };
  if (image.width <= 0 || image.height <= 0 ||
      !stbi_write_png_to_func(append, &bytes, image.width, image.height, 3, image.rgb.data(), image.width * 3))
    throw std::runtime_error("cannot encode a PNG of " + std::to_string(image.width) + "x" +
                             std::to_string(image.height) + " pixels");
  return bytes;
}

void write_png(const std::string& path, const RgbImage& image) { write_file_atomically(path, encode_png(image)); }

}  // namespace gait
