// What the app reads out while the model walks, computed with the analysis functions over the
// session's Frame history: per side, the pelvic drop and trunk lean of the last single stance and
// their Trendelenburg sign, the current gait phase (Perry's eight), and the mean curves of the most
// recent gait cycles against 0-100 % of the cycle. No window, so tests and clips can use it too.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "analysis/cycles.h"
#include "analysis/trendelenburg.h"
#include "sim/frame.h"

namespace gait {

/// Perry's eight phases of gait (Perry and Burnfield), by the events that bound them.
enum class GaitPhase {
  InitialContact = 0,  ///< the first 2 % of the cycle
  LoadingResponse,     ///< until the other foot leaves the ground
  MidStance,           ///< first half of single stance
  TerminalStance,      ///< second half, until the other foot lands
  PreSwing,            ///< second double support, until toe-off
  InitialSwing,        ///< first third of swing
  MidSwing,            ///< second third
  TerminalSwing,       ///< last third, until initial contact
  kCount
};
inline constexpr int kNumGaitPhases = static_cast<int>(GaitPhase::kCount);

/// "Initial contact", "Loading response", ... (for the phase bar).
std::string_view gait_phase_name(GaitPhase phase);
/// Two-letter abbreviations: IC, LR, MSt, TSt, PSw, ISw, MSw, TSw.
std::string_view gait_phase_abbreviation(GaitPhase phase);
/// Typical start of each phase in % of the cycle (Perry): 0, 2, 12, 31, 50, 62, 75, 87.
double gait_phase_start_pct(GaitPhase phase);

struct SideReadout {
  std::optional<double> pelvic_drop_deg;  ///< last complete single stance on this side (deg)
  std::optional<double> trunk_lean_deg;   ///< peak lean toward this side in it (deg)
  std::optional<Trendelenburg> sign;      ///< from those two (docs/metrics.md#trendelenburg-sign)
  std::optional<double> last_stance_end_s;  ///< when that single stance ended (s)
  std::optional<GaitPhase> phase;         ///< now; none before the first event of this foot
  std::optional<double> cycle_pct;        ///< now, since this foot's last initial contact (0..100)
  std::optional<double> last_contact_s;   ///< this foot's last initial contact (s)
  /// The last complete regular cycle of this foot, [start, end] (s): the ghost's reference stride.
  std::optional<double> last_cycle_start_s, last_cycle_end_s;
  int cycles = 0;                         ///< cycles averaged in `curves`
  std::optional<SideCycleCurves> curves;  ///< mean of the most recent regular cycles
  std::optional<double> toe_off_pct;      ///< mean toe-off in those cycles (% of cycle)
};

struct LiveReadouts {
  LeftRight<SideReadout> side;
  /// Pelvis horizontal displacement / time over the plotted cycles of both sides (m/s): the speed
  /// the plots' adult band is chosen by (docs/metrics.md#app-read-outs).
  std::optional<double> speed_m_s;
};

/// Cycles averaged for the plots: the most recent regular ones, so a slider change shows within a
/// few strides.
inline constexpr int kPlottedCycles = 4;

/// Read-outs of `history` (Frames in time order, any rate); `mass_kg` scales moments to Nm/kg.
LiveReadouts compute_live_readouts(const std::vector<Frame>& history, double mass_kg);

}  // namespace gait
