// Issue 16's acceptance for clips: the Trendelenburg sign a clip burns in, read at every frame of a
// 10 s clip as its drop overlay reads it (the session's read-outs at the frame's instant, through
// last_stance_line), not from pixels. With the walking warm-up and its last seconds in the
// session's history, the compensated palsy says "compensated" and the palsy's left side "positive"
// from the first frame; without the warm-up the first frames have no stance to read.
#include <catch2/catch.hpp>

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "../cli/gaitsim_process.h"
#include "overlay/clip_frame.h"
#include "analysis/live_readouts.h"
#include "record/recorder.h"
#include "scenario/parse_scenario.h"

using namespace gait;
using namespace gait::test;

namespace {

/// What the drop overlay shows for one side at one frame: its line, and the end of the stance it
/// reads (none before the first).
struct ShownStance {
  std::string line;
  std::optional<double> stance_end_s;
};

/// The drop overlay's `side` at every frame of a clip of `file` (30 fps, 10 s unless asked), at a
/// small size: the read-outs do not depend on the clip's size.
std::vector<ShownStance> burned_in(const std::string& file, Side side, double duration_s,
                                   std::function<void(Model&)> adjust_model = {}) {
  TempDir dir("clip_signs");
  RecordOptions o;
  o.path = (dir.path / "clip.mp4").string();
  o.width = 160;
  o.height = 90;
  o.duration_s = duration_s;
  o.overlays = parse_overlays("drop");
  o.adjust_model = std::move(adjust_model);
  std::vector<ShownStance> shown;
  o.on_instant = [&](int, const SimSession& session) {
    const LiveReadouts r = compute_live_readouts(session.history(), session.model().total_mass_kg);
    shown.push_back({last_stance_line(side, r.side[side]), r.side[side].last_stance_end_s});
  };
  const RecordResult result = record_scenario(load_scenario(std::string(GAITSIM_SCENARIO_DIR) + "/" + file), o);
  CHECK_FALSE(result.fell);
  CHECK(result.frames == static_cast<int>(shown.size()));
  return shown;
}

bool ends_with(const std::string& s, const std::string& end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

/// Every frame of the 10 s clip shows `sign`, and the frames show every stance of the clip: one
/// that ended before the first frame (in the warm-up), then each new one as it ends.
void check_every_frame_says(const std::vector<ShownStance>& shown, const std::string& sign) {
  REQUIRE(shown.size() == 300);
  std::set<double> stances;
  for (std::size_t i = 0; i < shown.size(); ++i) {
    INFO("frame " << i << " (" << static_cast<double>(i) / 30 << " s): \"" << shown[i].line << "\"");
    CHECK(ends_with(shown[i].line, "  " + sign));
    REQUIRE(shown[i].stance_end_s);
    stances.insert(*shown[i].stance_end_s);
  }
  CHECK(*shown.front().stance_end_s <= 0);
  // about 128 steps/min: 10 s hold 10 or 11 stances of a side, 9 of them ending in the clip
  INFO(stances.size() << " stances shown");
  CHECK(stances.size() >= 9);
}

}  // namespace

TEST_CASE("clips: every frame of the compensated palsy's 10 s clip says compensated from the first", "[record][clip_signs]") {
  check_every_frame_says(burned_in("left_sgn_palsy_compensated.toml", Side::Left, 10), "compensated");
}

TEST_CASE("clips: every left stance of the palsy's 10 s clip says positive from the first frame", "[record][clip_signs]") {
  check_every_frame_says(burned_in("left_sgn_palsy.toml", Side::Left, 10), "positive");
}

TEST_CASE("clips: without the warm-up the first frames have no stance to show", "[record][clip_signs]") {
  // the check above can fail: a clip from a standing start reads "Left -" until its first stance
  const std::vector<ShownStance> shown =
      burned_in("left_sgn_palsy_compensated.toml", Side::Left, 1, [](Model& m) { m.warmup_s = 0; });
  REQUIRE(shown.size() == 30);
  CHECK(shown.front().line == "Left -");
  CHECK_FALSE(shown.front().stance_end_s);
}
