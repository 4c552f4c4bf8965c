// The healthy ghost in phase with the patient (issue 16: it walked at its own cadence, 117 against
// 128 steps/min, and drifted out of phase). The ghost's last complete left stride is replayed at
// the patient's pace: at the patient's left heel strike it is at its own left heel strike, and
// at p % of the patient's current left cycle it shows the Frame p % into its reference stride.
#pragma once

#include <vector>

#include "analysis/live_readouts.h"
#include "sim/frame.h"

namespace gait {

/// Fraction (0..1) of the patient's current left cycle at `now_s`: since the last left initial
/// contact, over the last complete cycle's duration; held at 1 until the next contact. None before
/// the patient has a complete left cycle.
std::optional<double> patient_cycle_fraction(const LiveReadouts& patient, double now_s);

/// The ghost Frame to show: from `ghost_history`, the one nearest `fraction` of the ghost's last
/// regular left cycle (`ghost` read-outs of that history); `live` (the ghost's own instant) when
/// either side has no complete cycle yet.
const Frame& ghost_frame_in_phase(const std::vector<Frame>& ghost_history, const LiveReadouts& ghost,
                                  std::optional<double> fraction, const Frame& live);

}  // namespace gait
