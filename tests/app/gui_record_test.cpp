// Recording from the app under a display (Xvfb, `.ci/run`): a clip started through the Record
// button's own request path, 2 simulated seconds long at 30 fps, must hold exactly the 60 frames
// `gaitsim record --duration 2` would, 1/30 s apart, at the 3D view's size rounded down to even, as
// H.264 yuv420p, with no temporary file left, and the same frame times as the command line's clip.
// Hidden ([.gui]): run it by tag.
#include <catch2/catch.hpp>

#include "../cli/gaitsim_process.h"
#include "../record/clip_probe.h"

using namespace gait::test;

TEST_CASE("the app records its 3D view in simulated time: 2 s at 30 fps is exactly 60 frames", "[.gui]") {
  TempDir dir("gui_record");
  const std::string scenario = std::string(GAITSIM_SCENARIO_DIR) + "/left_sgn_palsy.toml";
  // 50 frames per simulated second, so the loop must hold the simulation at each 1/30 s frame time;
  // the clip starts at frame 10 (t = 0.2 s) and stops itself after 2 s of simulated time
  const Outcome o = run_gaitsim(
      "'" + scenario + "' --frames 200 --frame-dt 0.02 --test-record clip.mp4@10 --record-length 2 --record-size view",
      dir);
  INFO(o.out);
  for (const std::string& line : o.err_lines) INFO(line);
  REQUIRE(o.exit_code == 0);
  CHECK(o.out.find("app error") == std::string::npos);
  CHECK(o.out.find("app status: Saved clip.mp4 (60 frames, 2.00 s)") != std::string::npos);

  REQUIRE(dir.has("clip.mp4"));
  CHECK_FALSE(dir.has("clip.mp4.tmp"));
  const ClipInfo info = probe(dir.path / "clip.mp4");
  check_h264_clip(info, 60, 30);  // one frame per 1/30 s, as `gaitsim record --duration 2` makes
  // the view between the panels of a 1280x720 window, even for yuv420p
  CHECK(info.width % 2 == 0);
  CHECK(info.height % 2 == 0);
  CHECK(info.width > 320);
  CHECK(info.width < 1280);
  CHECK(info.height > 240);
  CHECK(info.height < 720);

  // the command line's clip of the same length and size: the same frames at the same times
  const std::string size = std::to_string(info.width) + "x" + std::to_string(info.height);
  const Outcome cli =
      run_gaitsim("record '" + scenario + "' -o cli.mp4 --duration 2 --quiet --size " + size, dir);
  REQUIRE(cli.exit_code == 0);
  const ClipInfo cli_info = probe(dir.path / "cli.mp4");
  CHECK(cli_info.pts == info.pts);
  CHECK(av_cmp_q(cli_info.time_base, info.time_base) == 0);
}

TEST_CASE("the app's 720p clip with overlays has the frames gaitsim record makes for the same settings", "[.gui]") {
  TempDir dir("gui_record_720p");
  const std::string scenario = std::string(GAITSIM_SCENARIO_DIR) + "/left_sgn_palsy.toml";
  // the Record panel's default: 1280x720 with record's burned-in overlays; started at frame 10 (t =
  // 0.2 s), so `record --from 0.2` is the same clip
  const Outcome o = run_gaitsim(
      "'" + scenario + "' --frames 150 --frame-dt 0.02 --test-record app.mp4@10 --record-length 1", dir);
  INFO(o.out);
  REQUIRE(o.exit_code == 0);
  CHECK(o.out.find("app status: Saved app.mp4 (30 frames, 1.00 s)") != std::string::npos);
  const ClipInfo app = probe(dir.path / "app.mp4");
  check_h264_clip(app, 30, 30);
  CHECK(app.width == 1280);
  CHECK(app.height == 720);

  const Outcome cli =
      run_gaitsim("record '" + scenario + "' -o cli.mp4 --from 0.2 --duration 1 --quiet", dir);
  REQUIRE(cli.exit_code == 0);
  const ClipInfo record = probe(dir.path / "cli.mp4");
  // the same pictures into the same encoder: the same bytes, frame for frame
  CHECK(record.packet_hashes == app.packet_hashes);
}

TEST_CASE("a bad scenario given to the app under a display opens the window with the error shown", "[.gui]") {
  TempDir dir("gui_startup_error");
  dir.write("bad.toml", "[left]\ngluteus_medius = 150\n");
  const Outcome o = run_gaitsim("bad.toml --frames 5", dir);
  INFO(o.out);
  CHECK(o.exit_code == 2);
  // the error stands in the window's banner (printed by the timed run) and on stderr
  CHECK(o.out.find("app error: bad.toml:2: left.gluteus_medius: expected a number in 0..1 (a fraction of normal "
                   "strength: 0.5 is half), got 150 (opened ") != std::string::npos);
  REQUIRE(o.err_lines.size() == 1);
  CHECK_THAT(o.err_lines[0], Catch::StartsWith("gaitsim: bad.toml:2: left.gluteus_medius"));
}

TEST_CASE("the app's clip into an unwritable folder: a one-line error, no file, the app keeps running",
          "[.gui]") {
  TempDir dir("gui_record_bad");
  const std::string scenario = std::string(GAITSIM_SCENARIO_DIR) + "/normal.toml";
  const Outcome o = run_gaitsim(
      "'" + scenario + "' --frames 30 --frame-dt 0.02 --test-record no_such_dir/clip.mp4@5 --print-readouts",
      dir);
  INFO(o.out);
  REQUIRE(o.exit_code == 0);
  CHECK(o.out.find("app error: no_such_dir/clip.mp4: cannot write file") != std::string::npos);
  // the simulation went on: 30 frames of 0.02 s
  CHECK(o.out.find("readouts frame=30 t=0.600") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir.path / "no_such_dir"));
}
