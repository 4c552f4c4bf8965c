// gaitsim record, end to end and headless (EGL surfaceless; no display is needed): MP4 and GIF
// clips read back with libavformat (codec, pixel format, size, exact frame count), a PNG's size,
// and the bad-input cases (one line, exit 2, no file).
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "../cli/gaitsim_process.h"
#include "clip_probe.h"
#include "record/recorder.h"
#include "scenario/parse_scenario.h"

using namespace gait;
using namespace gait::test;

namespace {

const std::string kNormal = std::string("'") + GAITSIM_SCENARIO_DIR + "/normal.toml'";

/// Width and height from a PNG's IHDR.
std::pair<int, int> png_size(const std::string& bytes) {
  REQUIRE(bytes.size() > 24);
  REQUIRE(bytes.compare(1, 3, "PNG") == 0);
  auto be32 = [&](std::size_t at) {
    int v = 0;
    for (std::size_t i = 0; i < 4; ++i) v = v << 8 | static_cast<unsigned char>(bytes[at + i]);
    return v;
  };
  return {be32(16), be32(20)};
}

bool only_outputs_of_test(const TempDir& dir) { return std::filesystem::is_empty(dir.path); }

}  // namespace

TEST_CASE("record: an MP4 is H.264, yuv420p, of the asked size, with exactly duration x fps frames", "[record]") {
  TempDir dir("record_mp4");
  const Outcome o = run_gaitsim("record " + kNormal + " -o clip.mp4 --duration 1 --size 320x240 --fps 10", dir);
  INFO((o.err_lines.empty() ? std::string() : o.err_lines.back()));
  REQUIRE(o.exit_code == 0);
  REQUIRE(dir.has("clip.mp4"));
  CHECK_FALSE(dir.has("clip.mp4.tmp"));
  const ClipInfo info = probe(dir.path / "clip.mp4");
  check_h264_clip(info, 10, 10);
  CHECK(info.width == 320);
  CHECK(info.height == 240);
  CHECK(info.faststart);
}

TEST_CASE("record: the issue's clip, 10 s of the left palsy at 1280x720 and 30 fps, is exactly 300 frames", "[record]") {
  TempDir dir("record_palsy");
  const Outcome o = run_gaitsim(std::string("record '") + GAITSIM_SCENARIO_DIR +
                                    "/left_sgn_palsy.toml' -o clip.mp4 --duration 10 --quiet",
                                dir);
  INFO((o.err_lines.empty() ? std::string() : o.err_lines.back()));
  REQUIRE(o.exit_code == 0);
  const ClipInfo info = probe(dir.path / "clip.mp4");
  check_h264_clip(info, 300, 30);
  CHECK(info.width == 1280);
  CHECK(info.height == 720);
}

TEST_CASE("record: slow motion multiplies the frames, not the simulated time", "[record]") {
  TempDir dir("record_slow");
  const Outcome o =
      run_gaitsim("record " + kNormal + " -o slow.mp4 --duration 1 --size 160x120 --fps 5 --slow-motion 2 --compare "
                  "--set left.gluteus_minimus=0.5 --change 0.5:left.gluteus_medius=0.2 --camera left",
                  dir);
  REQUIRE(o.exit_code == 0);
  CHECK(probe(dir.path / "slow.mp4").packets == 10);
}

TEST_CASE("record: a GIF has the asked size and frame count (default 640x360 at 15 fps)", "[record]") {
  TempDir dir("record_gif");
  const Outcome o = run_gaitsim("record " + kNormal + " -o clip.gif --duration 1", dir);
  INFO((o.err_lines.empty() ? std::string() : o.err_lines.back()));
  REQUIRE(o.exit_code == 0);
  const ClipInfo info = probe(dir.path / "clip.gif");
  CHECK(info.codec == "gif");
  CHECK(info.width == 640);
  CHECK(info.height == 360);
  CHECK(info.packets == 15);
}

TEST_CASE("record: a PNG is one picture of the asked size at --at", "[record]") {
  TempDir dir("record_png");
  const Outcome o = run_gaitsim("record " + kNormal + " -o still.png --at 0.5 --size 320x180 --overlays name,drop", dir);
  REQUIRE(o.exit_code == 0);
  const auto [w, h] = png_size(read_file(dir.path / "still.png"));
  CHECK(w == 320);
  CHECK(h == 180);
}

TEST_CASE("record on bad input: one line, exit 2, no file", "[record]") {
  struct Case {
    std::string args, fragment;
  };
  const Case cases[] = {
      {"-o clip.avi", "unknown output type"},
      {"-o no_such_dir/clip.mp4", "cannot write file"},
      {"-o clip.mp4 --size 321x240", "multiples of 2"},
      {"-o clip.mp4 --size 320x241", "multiples of 2"},
      {"-o clip.mp4 --size 4000x2160", "3840x2160"},
      {"-o clip.mp4 --size 3840x2162", "3840x2160"},
      {"-o clip.mp4 --size big", "WIDTHxHEIGHT"},
      {"-o clip.mp4 --fps 0", "1..120"},
      {"-o clip.mp4 --fps 121", "1..120"},
      {"-o clip.gif --slow-motion 0.5", "1..20"},
      {"-o clip.mp4 --camera sideways", "unknown camera"},
      {"-o clip.mp4 --overlays name,bogus", "unknown overlay"},
      {"-o clip.mp4 --at 1", "--at"},
  };
  for (const Case& c : cases) {
    TempDir dir("record_bad");
    const Outcome o = run_gaitsim("record " + kNormal + " --duration 1 " + c.args, dir);
    INFO(c.args);
    CHECK(o.exit_code == 2);
    REQUIRE(o.err_lines.size() == 1);
    CHECK(o.err_lines[0].rfind("gaitsim: ", 0) == 0);
    CHECK(o.err_lines[0].find(c.fragment) != std::string::npos);
    CHECK(only_outputs_of_test(dir));
  }
}

TEST_CASE("record: output kinds and overlay lists", "[record]") {
  CHECK(output_kind("a/b.MP4") == OutputKind::Mp4);
  CHECK(output_kind("x.gif") == OutputKind::Gif);
  CHECK(output_kind("x.png") == OutputKind::Png);
  CHECK_THROWS(output_kind("x"));
  CHECK_THROWS(output_kind("dir.mp4/x"));
  const OverlaySet some = parse_overlays("drop,plot");
  CHECK(some.drop);
  CHECK(some.plot);
  CHECK_FALSE(some.name);
  CHECK_FALSE(parse_overlays("none").labels);
  CHECK(parse_overlays("all").labels);
  RecordOptions o;
  o.duration_s = 10;
  o.fps = 30;
  CHECK(clip_frame_count(o) == 300);
  o.slow_motion = 4;
  CHECK(clip_frame_count(o) == 1200);
}

namespace {

/// Each frame's pixels hashed, from frame `first` of a clip of `spec` recorded as `o` asks.
std::vector<std::size_t> frame_hashes(const ScenarioSpec& spec, RecordOptions o, int first = 0) {
  std::vector<std::size_t> hashes;
  o.on_frame = [&](int i, const RgbImage& image) {
    if (i < first) return;
    hashes.push_back(std::hash<std::string_view>{}(
        std::string_view(reinterpret_cast<const char*>(image.rgb.data()), image.rgb.size())));
  };
  const RecordResult r = record_scenario(spec, o);
  CHECK(r.frames == first + static_cast<int>(hashes.size()));
  return hashes;
}

/// `--from from_s --duration duration_s` against frames from_s x fps on of a clip from 0 of
/// from_s + duration_s, each as asked by `o` (size, fps, ghost) and written to `dir`.
void check_from_is_part_of_longer_clip(const TempDir& dir, const std::string& scenario, RecordOptions o,
                                       double from_s, double duration_s) {
  const ScenarioSpec spec = load_scenario(std::string(GAITSIM_SCENARIO_DIR) + "/" + scenario);
  const int first = static_cast<int>(std::lround(from_s * o.fps));
  o.path = (dir.path / "whole.mp4").string();
  o.duration_s = from_s + duration_s;
  const std::vector<std::size_t> whole = frame_hashes(spec, o, first);
  o.path = (dir.path / "part.mp4").string();
  o.from_s = from_s;
  o.duration_s = duration_s;
  const std::vector<std::size_t> part = frame_hashes(spec, o);
  REQUIRE(part.size() == static_cast<std::size_t>(std::lround(duration_s * o.fps)));
  REQUIRE(whole.size() == part.size());
  for (std::size_t i = 0; i < part.size(); ++i) {
    INFO("frame " << i << " of the part, " << first + static_cast<int>(i) << " of the whole");
    CHECK(part[i] == whole[i]);
  }
  // and not merely equal to any frame: the walker moves from frame to frame
  CHECK(std::set<std::size_t>(part.begin(), part.end()).size() == part.size());
}

}  // namespace

TEST_CASE("record --from T: the frames of a longer clip from frame T x fps on, pixel for pixel", "[record]") {
  // issue 16's acceptance is --from 20 --duration 5 against frames 600-749 of a 25 s clip at
  // 1280x720 (the hidden [.record_full] test below); the same smaller: --from 4 --duration 1 at
  // 10 fps against frames 40-49 of a 5 s clip, several strides in, every overlay and the ghost on
  TempDir dir("record_from");
  RecordOptions o;
  o.width = 160;
  o.height = 90;
  o.fps = 10;
  o.compare = true;
  check_from_is_part_of_longer_clip(dir, "left_sgn_palsy.toml", o, 4.0, 1.0);
}

TEST_CASE("record --from 20 --duration 5 at 1280x720 is frames 600-749 of a 25 s clip", "[.record_full]") {
  // issue 16's acceptance at full size (about a minute of CPU): run by hand with
  // build/gaitsim_tests "[.record_full]"; the suite runs the smaller test above
  TempDir dir("record_from_full");
  check_from_is_part_of_longer_clip(dir, "left_sgn_palsy_compensated.toml", RecordOptions{}, 20.0, 5.0);
  // the encoded clips: the part's packets against the whole's from frame 600 (the same when the
  // encoder's state at a keyframe does not depend on the frames before it; reported, not required)
  const ClipInfo whole = probe(dir.path / "whole.mp4"), part = probe(dir.path / "part.mp4");
  REQUIRE(whole.packets == 750);
  REQUIRE(part.packets == 150);
  int same = 0;
  for (std::size_t i = 0; i < 150; ++i) same += part.packet_hashes[i] == whole.packet_hashes[600 + i] ? 1 : 0;
  WARN(same << " of the part's 150 packets equal the whole's packets 600-749 byte for byte");
}

TEST_CASE("record --from: bad values are one-line errors", "[record]") {
  TempDir dir("record_from_bad");
  check_one_line_error(run_gaitsim("record " + kNormal + " -o a.png --from 2", dir),
                       "--from: is for clips (.mp4, .gif); a .png takes --at");
  check_one_line_error(run_gaitsim("record " + kNormal + " -o a.mp4 --from 3599 --duration 5", dir),
                       "--from: 3599 s + a clip of 5 s passes the longest run, 3600 s");
  check_one_line_error(run_gaitsim("record " + kNormal + " -o a.mp4 --from -1", dir),
                       "--from: -1 is outside 0..3599 s (the simulated time of the clip's first frame)");
  CHECK(only_outputs_of_test(dir));
}
