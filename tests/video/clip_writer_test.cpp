// ClipWriter: frames pushed from this thread come out as a clip with exactly those frames, whatever
// the queue's size; a bad path fails on this thread with nothing written; an abandoned clip leaves
// no file, not even its temporary one.
#include "video/clip_writer.h"

#include <catch2/catch.hpp>

#include "../record/clip_probe.h"

using namespace gait;
using namespace gait::test;

namespace {

/// A moving gradient, so the encoder has something to encode.
RgbImage test_frame(int w, int h, int i) {
  RgbImage image{w, h, std::vector<std::uint8_t>(static_cast<std::size_t>(w) * h * 3)};
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      std::uint8_t* p = image.rgb.data() + (static_cast<std::size_t>(y) * w + x) * 3;
      p[0] = static_cast<std::uint8_t>(x + 4 * i);
      p[1] = static_cast<std::uint8_t>(y);
      p[2] = static_cast<std::uint8_t>(128);
    }
  return image;
}

}  // namespace

TEST_CASE("clip writer: every pushed frame is in the file, in order and evenly spaced", "[record]") {
  TempDir dir("clip_writer");
  for (int queue : {1, 4}) {
    const auto path = dir.path / ("q" + std::to_string(queue) + ".mp4");
    {
      ClipWriter writer(path.string(), VideoFormat::Mp4, 160, 90, 30, queue);
      for (int i = 0; i < 45; ++i) writer.push(test_frame(160, 90, i));
      writer.finish();
      CHECK(writer.done());
      CHECK(writer.error().empty());
      CHECK(writer.frames() == 45);
    }
    check_h264_clip(probe(path), 45, 30);
    CHECK_FALSE(std::filesystem::exists(path.string() + ".tmp"));
  }
  // a GIF through the same writer
  const auto gif = dir.path / "clip.gif";
  {
    ClipWriter writer(gif.string(), VideoFormat::Gif, 64, 48, 15);
    for (int i = 0; i < 7; ++i) writer.push(test_frame(64, 48, i));
    writer.finish();
  }
  CHECK(probe(gif).packets == 7);
}

TEST_CASE("clip writer: an unwritable path throws at once and an abandoned clip leaves nothing", "[record]") {
  TempDir dir("clip_writer_fail");
  CHECK_THROWS_WITH(ClipWriter((dir.path / "no_such_dir/clip.mp4").string(), VideoFormat::Mp4, 64, 48, 30),
                    Catch::Contains("cannot write file"));
  {
    ClipWriter writer((dir.path / "gone.mp4").string(), VideoFormat::Mp4, 64, 48, 30);
    for (int i = 0; i < 5; ++i) writer.push(test_frame(64, 48, i));
    // destroyed without finish(): abandoned
  }
  CHECK(std::filesystem::is_empty(dir.path));
}
