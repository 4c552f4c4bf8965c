// PNG files: encoded images decode to the same pixels; files appear whole or not at all.
#include <catch2/catch.hpp>

#include <stb_image.h>

#include <filesystem>

#include "input_error.h"
#include "render/png_writer.h"

using namespace gait;
namespace fs = std::filesystem;

TEST_CASE("PNG round trip and atomic write", "[unit][render]") {
  RgbImage image{3, 2, {255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30, 40, 50, 60, 70, 80, 90}};
  const std::string png = encode_png(image);
  REQUIRE(png.size() > 8);
  CHECK(png.substr(1, 3) == "PNG");
  int w = 0, h = 0, channels = 0;
  unsigned char* pixels = stbi_load_from_memory(reinterpret_cast<const unsigned char*>(png.data()),
                                                static_cast<int>(png.size()), &w, &h, &channels, 3);
  REQUIRE(pixels);
  CHECK(w == 3);
  CHECK(h == 2);
  CHECK(std::vector<std::uint8_t>(pixels, pixels + 18) == image.rgb);  // first row is the top row
  stbi_image_free(pixels);

  const fs::path dir = fs::temp_directory_path() / "gaitsim_png_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  write_png((dir / "shot.png").string(), image);
  CHECK(fs::file_size(dir / "shot.png") == png.size());
  CHECK_FALSE(fs::exists(dir / "shot.png.tmp"));
  CHECK_THROWS_AS(write_png((dir / "no/such/dir/shot.png").string(), image), InputError);
  fs::remove_all(dir);
}
