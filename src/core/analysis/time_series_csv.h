// The `--csv` time series (docs/metrics.md#time-series-csv): one row per Frame, a header row of column names
// with units.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "analysis/gait_events.h"
#include "io/text_sink.h"
#include "sim/frame.h"

namespace gait {

/// CSV text of `frames`: a header row, then one row per Frame. Columns: time_s, step_index, contact
/// flags from the gait-event detector (left_contact, right_contact: 1 between initial contact and
/// toe-off), controller flags, pelvis position / velocity and angles, trunk angles, centre of mass,
/// then per side (left_..., right_...): joint angles, joint centres, ground reaction force and centre
/// of pressure, hip abductor demand / capacity / deficit / moment / activation, each compartment's
/// force, hip moment and contact force. Angles in degrees, SI otherwise; the unit ends each name.
/// Numbers as "%.6g" ("%.9g" for time) through std::to_chars: locale-independent and byte-identical
/// for identical Frames.
std::string time_series_csv(const std::vector<Frame>& frames);

/// time_series_csv() written Frame by Frame, so memory does not grow with the run: each row goes to
/// `sink` once the gait-event detector has settled its contact flags (a toe-off is known 50 ms
/// late, so a few rows wait). The one flag that may stay unsettled for long, whether a foot that
/// was unloaded in the first Frame and loaded a moment later counts as loaded from the start (it
/// does once its first event is a toe-off), is written as 0 and set to 1 in place when that
/// toe-off comes. The text is byte-identical to time_series_csv() of the same Frames.
class TimeSeriesCsvWriter {
 public:
  /// Writes the header row.
  explicit TimeSeriesCsvWriter(TextSink& sink);
  void add(const Frame& f);
  /// After the last Frame: writes the rows still waiting.
  void finish();

 private:
  struct PendingRow {
    double time_s;
    std::string head;  ///< time_s,step_index
    std::string tail;  ///< ,<the columns after the contact flags>\n
  };
  struct Foot {
    explicit Foot(Side s) : detector(s) {}
    FootEventDetector detector;
    std::deque<GaitEvent> events;        ///< detected, not yet applied to the rows
    bool start_decided = false;          ///< whether the foot counts as loaded from the first Frame is known
    bool loaded = false;                 ///< loaded after the events applied so far
    std::uint64_t provisional_rows = 0;  ///< rows written while !start_decided (flag 0)
  };
  void settle(bool at_end);
  bool flag_at(Foot& foot, double t_s);
  void set_provisional_flags(Side s);

  TextSink& sink_;
  std::uint64_t first_row_offset_ = 0;
  bool started_ = false;
  LeftRight<Foot> feet_{Foot(Side::Left), Foot(Side::Right)};
  std::deque<PendingRow> pending_;
};

}  // namespace gait
