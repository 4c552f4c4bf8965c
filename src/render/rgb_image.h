// An RGB picture in memory: 8 bits per channel, rows top to bottom (the order PNG and video
// encoders expect).
#pragma once

#include <cstdint>
#include <vector>

namespace gait {

struct RgbImage {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgb;  ///< width * height * 3 bytes, first row = top of the picture
};

}  // namespace gait
