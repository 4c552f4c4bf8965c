// Gait events (initial contact, toe-off) from each foot's vertical ground reaction force
// (docs/metrics.md#gait-events), and the foot-contact intervals they imply.
#pragma once

#include <optional>
#include <vector>

#include "analysis/frame_signal.h"
#include "side.h"
#include "sim/frame.h"

namespace gait {

/// Initial contact: the vertical force rises above this (N) ...
inline constexpr double kContactOnForce_N = 30.0;
/// ... after having been below this (N) ...
inline constexpr double kContactOffForce_N = 10.0;
/// ... for at least this long (s). Toe-off is when the force falls below kContactOffForce_N; a dip
/// shorter than this is ignored (no toe-off, no initial contact), so the same debounce serves both.
inline constexpr double kMinSwingTime_s = 0.050;

struct GaitEvent {
  Side side = Side::Left;
  enum class Kind { InitialContact, ToeOff } kind = Kind::InitialContact;
  /// Threshold crossing time (s), linearly interpolated between the two Frames around it.
  double time_s = 0;
};

/// The initial-contact / toe-off detector of one foot, fed one Frame at a time (detect_gait_events
/// runs it over a whole run; RunAnalyzer while the run goes).
class FootEventDetector {
 public:
  explicit FootEventDetector(Side side) : side_(side) {}
  /// Feeds the next Frame (in time order); returns the event it completes, if any. A toe-off is
  /// known only once the force has stayed below 10 N for kMinSwingTime_s, so its time lies before
  /// the Frame's.
  std::optional<GaitEvent> add(const Frame& f);
  /// Every event of this foot with a time before this is known: the latest Frame's time, or the
  /// start of a dip that may still turn out to be a toe-off. -infinity before the first Frame.
  double horizon_s() const;
  /// In swing: below 10 N for kMinSwingTime_s, so the next event can only be an initial contact.
  bool in_swing() const { return started_ && state_ == State::Swing; }

 private:
  // Loaded: in contact. Dipping: below 10 N for less than 50 ms so far (a dip, or the start of a
  // swing). Swing: below 10 N for 50 ms at some point since the last contact: armed for the next
  // initial contact, which needs the force above 30 N (hysteresis between 10 and 30 N).
  enum class State { Loaded, Dipping, Swing };
  Side side_;
  bool started_ = false;
  State state_ = State::Loaded;
  double below_since_s_ = 0;      // start of the current below-10-N interval
  bool dip_from_loaded_ = false;  // a toe-off is due if the dip lasts (not at the start)
  double prev_time_s_ = 0, prev_force_N_ = 0;
};

/// Events of both feet, in time order (left before right at equal times), from `side[s].grf_N.z`.
/// Uses the Frames' time stamps, never an assumed sampling rate. A foot loaded in the first Frame gets
/// no initial contact there; a foot unloaded at the start needs kMinSwingTime_s below 10 N from the
/// first Frame before its first initial contact.
std::vector<GaitEvent> detect_gait_events(const std::vector<Frame>& frames);

/// Per foot, the closed intervals during which it is loaded: from an initial contact (or the first
/// Frame, when the foot starts loaded) to the next toe-off (or the last Frame). Sorted by time.
LeftRight<std::vector<TimeInterval>> foot_contact_intervals(const std::vector<Frame>& frames,
                                                            const std::vector<GaitEvent>& events);

/// The same from the run's first and last Frame times and whether each foot carried at least 10 N
/// in the first Frame (what the intervals need of the Frames).
LeftRight<std::vector<TimeInterval>> foot_contact_intervals(double first_s, double last_s,
                                                            LeftRight<bool> loaded_in_first_frame,
                                                            const std::vector<GaitEvent>& events);

/// Inserts `e` into `events` (time order) where detect_gait_events would have it: after every
/// earlier event, and at equal times the left foot's first.
void insert_gait_event(std::vector<GaitEvent>& events, const GaitEvent& e);

/// Per Frame, whether each foot is loaded (inside one of its contact intervals).
std::vector<LeftRight<bool>> foot_contact_flags(const std::vector<Frame>& frames,
                                                const std::vector<GaitEvent>& events);

}  // namespace gait
