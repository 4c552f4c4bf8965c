// Gait events (initial contact, toe-off) from each foot's vertical ground reaction force (DESIGN 6),
// and the foot-contact intervals they imply.
#pragma once

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

/// Events of both feet, in time order (left before right at equal times), from `side[s].grf_N.z`.
/// Uses the Frames' time stamps, never an assumed sampling rate. A foot loaded in the first Frame gets
/// no initial contact there; a foot unloaded at the start needs kMinSwingTime_s below 10 N from the
/// first Frame before its first initial contact.
std::vector<GaitEvent> detect_gait_events(const std::vector<Frame>& frames);

/// Per foot, the closed intervals during which it is loaded: from an initial contact (or the first
/// Frame, when the foot starts loaded) to the next toe-off (or the last Frame). Sorted by time.
LeftRight<std::vector<TimeInterval>> foot_contact_intervals(const std::vector<Frame>& frames,
                                                            const std::vector<GaitEvent>& events);

/// Per Frame, whether each foot is loaded (inside one of its contact intervals).
std::vector<LeftRight<bool>> foot_contact_flags(const std::vector<Frame>& frames,
                                                const std::vector<GaitEvent>& events);

}  // namespace gait
