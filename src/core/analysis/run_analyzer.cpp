// RunAnalyzer: summarize() computed while the run goes, from a window of Frames and per-cycle
// records (how: run_analyzer.h).
#include "analysis/run_analyzer.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "analysis/cycle_metrics.h"
#include "analysis/gait_cycles.h"
#include "analysis/gait_events.h"
#include "analysis/spatiotemporal.h"
#include "analysis/trendelenburg.h"
#include "io/scratch_file.h"

namespace gait {
namespace {

/// Frames dropped from the window's front at a time (erasing the front of a vector moves the rest).
constexpr std::size_t kTrimChunk = 512;

/// One initial contact of a foot and where the pelvis and that ankle were then.
struct ContactRecord {
  double time_s = 0;
  std::optional<ContactPositions> at;  ///< once a Frame after the contact has come
};

/// What summarize() needs of one analysable cycle (regular, not among the first three).
struct CycleRecord {
  GaitCycle cycle;
  CycleMetrics metrics;  ///< double_support_pct is set at the end, from the final contact intervals
  CycleSpatial spatial;
  std::uint64_t curves_offset = 0;  ///< its resampled curves in the curve file
};

/// A toe-off of a foot and that foot's next initial contact: a single stance of the other foot, if
/// the other foot stays loaded (find_single_stances decides at the end).
struct StepCandidate {
  double lift_s = 0, land_s = 0;
  std::optional<StepMetrics> metrics;  ///< once a Frame after the landing has come
};

constexpr std::size_t kCurveBytes = sizeof(CycleCurve);

}  // namespace

struct RunAnalyzer::Impl {
  explicit Impl(const ScenarioSpec& s)
      : spec(s), walking(s.mode != Mode::StanceTest), stance(s.stance_side) {}

  ScenarioSpec spec;
  bool walking;
  std::size_t frames_seen = 0;
  double first_s = 0;
  LeftRight<bool> loaded_in_first_frame{};
  std::vector<Frame> window;  ///< the run's latest Frames (walking only)
  LeftRight<FootEventDetector> detectors{FootEventDetector(Side::Left), FootEventDetector(Side::Right)};
  std::vector<GaitEvent> events;  ///< both feet, in detect_gait_events' order
  LeftRight<std::vector<ContactRecord>> contacts;
  LeftRight<std::size_t> positions_done{};  ///< contacts[s][0..n) have their positions
  LeftRight<std::size_t> next_cycle{};      ///< the cycle from contacts[s][k] on is not measured yet
  LeftRight<int> cycles_made{};
  LeftRight<std::vector<GaitCycle>> all_cycles;
  LeftRight<std::vector<CycleRecord>> records;
  LeftRight<std::vector<StepCandidate>> steps;  ///< by the lifting foot, in time order
  LeftRight<std::size_t> steps_done{};
  std::unique_ptr<ScratchFile> curve_file;
  StanceTestClassifier stance;
  CycleCurves curves;
  const AdultSpeedClass* norm_class = nullptr;  ///< after finish(): the class compared with

  double horizon_s() const { return std::min(detectors.left.horizon_s(), detectors.right.horizon_s()); }

  void on_event(const GaitEvent& e) {
    insert_gait_event(events, e);
    if (e.kind == GaitEvent::Kind::InitialContact) {
      contacts[e.side].push_back({e.time_s, std::nullopt});
      // the landing of this foot's last lift
      std::vector<StepCandidate>& lifts = steps[e.side];
      if (!lifts.empty() && lifts.back().land_s < lifts.back().lift_s) lifts.back().land_s = e.time_s;
    } else {
      // land_s < lift_s marks "not landed yet"
      steps[e.side].push_back({e.time_s, -std::numeric_limits<double>::infinity(), std::nullopt});
    }
  }

  /// Measures what the events and Frames so far allow; at the end everything.
  void process(bool at_end) {
    if (window.empty()) return;
    const double last_s = window.back().time_s;
    const double horizon = at_end ? std::numeric_limits<double>::infinity() : horizon_s();
    // positions at each initial contact: a Frame after it must be in (value_at interpolates)
    for (Side s : kSides) {
      std::vector<ContactRecord>& list = contacts[s];
      for (std::size_t& k = positions_done[s]; k < list.size() && (at_end || list[k].time_s < last_s); ++k)
        list[k].at = positions_at(window, s, list[k].time_s);
    }
    // single-stance candidates, once their landing has passed
    for (Side lift : kSides) {
      std::vector<StepCandidate>& list = steps[lift];
      for (std::size_t& k = steps_done[lift]; k < list.size(); ++k) {
        StepCandidate& c = list[k];
        if (c.land_s < c.lift_s || !(at_end || c.land_s < last_s)) break;
        c.metrics = measure_step(window, SingleStance{other(lift), {c.lift_s, c.land_s}});
      }
    }
    // gait cycles, once every event before their end is known
    for (Side s : kSides) {
      const std::vector<ContactRecord>& list = contacts[s];
      for (std::size_t& k = next_cycle[s]; k + 1 < list.size() && list[k + 1].time_s < horizon; ++k) {
        const std::optional<GaitCycle> c = make_gait_cycle(events, s, list[k].time_s, list[k + 1].time_s);
        if (!c) continue;
        all_cycles[s].push_back(*c);
        if (cycles_made[s]++ >= kDiscardedCycles && c->is_regular) records[s].push_back(measure(*c, k));
      }
    }
  }

  CycleRecord measure(const GaitCycle& c, std::size_t k) {
    const Side s = c.side;
    CycleRecord r;
    r.cycle = c;
    r.metrics = measure_cycle(window, c, {}, spec.mass_kg);
    if (!curve_file) curve_file = std::make_unique<ScratchFile>();
    const std::vector<CycleCurve> resampled = resample_cycle_curves(window, c, spec.mass_kg);
    r.curves_offset = curve_file->size();
    for (const CycleCurve& curve : resampled) curve_file->append(curve.data(), kCurveBytes);
    std::optional<Vec3> other_ankle_m;
    if (const std::optional<double> t = previous_contact(events, other(s), c.start_s))
      other_ankle_m = contact_at(other(s), *t).ankle_m;
    r.spatial = measure_cycle_spatial(c, *contacts[s][k].at, *contacts[s][k + 1].at, other_ankle_m);
    return r;
  }

  const ContactPositions& contact_at(Side s, double t_s) const {
    const std::vector<ContactRecord>& list = contacts[s];
    const auto it = std::lower_bound(list.begin(), list.end(), t_s,
                                     [](const ContactRecord& r, double t) { return r.time_s < t; });
    if (it == list.end() || it->time_s != t_s || !it->at)
      throw std::logic_error("RunAnalyzer: no positions at a contact");
    return *it->at;
  }

  /// Drops the Frames nothing still needs: before the last kStallWindow_s, the horizon, the open
  /// cycles, the open single stances and the contacts without positions.
  void trim() {
    if (window.size() < kTrimChunk + 2) return;
    double keep_s = std::min(window.back().time_s - kStallWindow_s, horizon_s());
    for (Side s : kSides) {
      if (next_cycle[s] < contacts[s].size()) keep_s = std::min(keep_s, contacts[s][next_cycle[s]].time_s);
      if (positions_done[s] < contacts[s].size())
        keep_s = std::min(keep_s, contacts[s][positions_done[s]].time_s);
      if (steps_done[s] < steps[s].size()) keep_s = std::min(keep_s, steps[s][steps_done[s]].lift_s);
    }
    // keep the last Frame at or before keep_s: value_at interpolates from it
    const auto after = std::upper_bound(window.begin(), window.end(), keep_s,
                                        [](double t, const Frame& f) { return t < f.time_s; });
    const auto drop = static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, (after - window.begin()) - 1));
    if (drop >= kTrimChunk) window.erase(window.begin(), window.begin() + static_cast<std::ptrdiff_t>(drop));
  }

  CycleCurve read_curve(const CycleRecord& r, std::size_t field) const {
    CycleCurve curve{};
    curve_file->read(r.curves_offset + field * kCurveBytes, curve.data(), kCurveBytes);
    return curve;
  }

  const CycleRecord& record_of(const GaitCycle& c) const {
    const std::vector<CycleRecord>& list = records[c.side];
    const auto it = std::lower_bound(list.begin(), list.end(), c.start_s,
                                     [](const CycleRecord& r, double t) { return r.cycle.start_s < t; });
    if (it == list.end() || it->cycle.start_s != c.start_s || it->cycle.end_s != c.end_s)
      throw std::logic_error("RunAnalyzer: an analysed cycle was not measured");
    return *it;
  }

  /// Each side's analysed cycles, checked against the cycles measured on the way.
  LeftRight<std::vector<GaitCycle>> analysed_cycles() const {
    LeftRight<std::vector<GaitCycle>> analysed;
    for (Side side : kSides) {
      // the cycles measured on the way are those of the whole run's events
      const std::vector<GaitCycle> all = extract_gait_cycles(events, side);
      const auto same = [](const GaitCycle& a, const GaitCycle& b) {
        return a.start_s == b.start_s && a.end_s == b.end_s && a.toe_off_s == b.toe_off_s &&
               a.is_regular == b.is_regular;
      };
      if (!std::equal(all.begin(), all.end(), all_cycles[side].begin(), all_cycles[side].end(), same))
        throw std::logic_error("RunAnalyzer: the streamed gait cycles differ from the run's");
      analysed[side] = select_analysed_cycles(all);
    }
    return analysed;
  }

  /// The mean curves of each side's analysed cycles, one field at a time, read back from the curve file.
  void mean_curves(const LeftRight<std::vector<GaitCycle>>& analysed) {
    for (Side side : kSides) {
      if (analysed[side].empty()) continue;
      SideCycleCurves side_curves;
      side_curves.cycles = static_cast<int>(analysed[side].size());
      const std::vector<CycleCurveField>& fields = cycle_curve_fields();
      for (std::size_t f = 0; f < fields.size(); ++f) {
        std::vector<CycleCurve> list;
        list.reserve(analysed[side].size());
        for (const GaitCycle& c : analysed[side]) list.push_back(read_curve(record_of(c), f));
        side_curves.*(fields[f].stats) = *mean_and_sd(list);
      }
      curves.side[side] = side_curves;
    }
  }

  /// The figures of every single stance, as measured on the way.
  std::vector<StepMetrics> measured_steps(const LeftRight<std::vector<TimeInterval>>& contact) const {
    std::vector<StepMetrics> out;
    for (const SingleStance& single : find_single_stances(events, contact)) {
      const std::vector<StepCandidate>& list = steps[other(single.side)];
      const auto it = std::lower_bound(list.begin(), list.end(), single.interval.start_s,
                                       [](const StepCandidate& c, double t) { return c.lift_s < t; });
      if (it == list.end() || it->lift_s != single.interval.start_s || it->land_s != single.interval.end_s ||
          !it->metrics)
        throw std::logic_error("RunAnalyzer: a single stance was not measured");
      out.push_back(*it->metrics);
    }
    return out;
  }
};

RunAnalyzer::RunAnalyzer(const ScenarioSpec& spec) : impl_(std::make_unique<Impl>(spec)) {}

RunAnalyzer::~RunAnalyzer() = default;

void RunAnalyzer::add(const Frame& f) {
  Impl& m = *impl_;
  if (m.frames_seen++ == 0) {
    m.first_s = f.time_s;
    for (Side s : kSides) m.loaded_in_first_frame[s] = f.side[s].grf_N.z >= kContactOffForce_N;
  }
  if (!m.walking) {
    m.stance.add(f);
    return;
  }
  m.window.push_back(f);
  for (Side s : kSides) {
    if (const std::optional<GaitEvent> e = m.detectors[s].add(f)) m.on_event(*e);
  }
  m.process(false);
  m.trim();
}

std::size_t RunAnalyzer::window_frames() const {
  return impl_->window.size();
}

const CycleCurves& RunAnalyzer::curves() const {
  return impl_->curves;
}

std::string RunAnalyzer::cycles_csv() const {
  return gait::cycles_csv(impl_->curves, !impl_->walking, impl_->norm_class);
}

Summary RunAnalyzer::finish(const RunOutcome& outcome) {
  Impl& m = *impl_;
  Summary s;
  s.scenario = m.spec.name;
  s.inputs = m.spec;
  s.duration_s = outcome.simulated_s;
  s.fell = outcome.fell;
  s.fall_time_s = outcome.fall_time_s;

  if (!m.walking) {
    // as summarize(): the stance test's sign for the leg that stands
    const StanceTestSign test = m.stance.result(outcome.fall_time_s);
    s.side[m.spec.stance_side].trendelenburg = test.sign;
    s.side[m.spec.stance_side].drop_time_s = test.drop_time_s;
    if (m.frames_seen > 0) s.side[m.spec.stance_side].pelvic_drop_deg = test.max_drop_deg;
    return s;
  }
  if (m.window.empty()) return s;

  m.process(true);
  s.stalled = m.frames_seen >= 2 && final_forward_speed_m_s(m.window, m.first_s) < kStallSpeed_m_s;
  const LeftRight<std::vector<TimeInterval>> contact =
      foot_contact_intervals(m.first_s, m.window.back().time_s, m.loaded_in_first_frame, m.events);

  const LeftRight<std::vector<GaitCycle>> analysed = m.analysed_cycles();

  // the same figures in the same order as summarize()
  std::vector<CycleSpatial> spatial;
  LeftRight<std::vector<CycleMetrics>> per_cycle;
  for (Side side : kSides) {
    for (const GaitCycle& c : analysed[side]) {
      const CycleRecord& r = m.record_of(c);
      CycleMetrics metrics = r.metrics;
      metrics.double_support_pct = double_support_pct(c, contact[other(side)]);
      per_cycle[side].push_back(metrics);
      spatial.push_back(r.spatial);
    }
  }
  const Spatiotemporal st = combine_spatiotemporal(spatial);
  s.speed_m_s = st.speed_m_s;
  s.cadence_steps_min = st.cadence_steps_min;
  s.stride_length_m = st.stride_length_m;
  s.step_width_m = st.step_width_m;

  m.mean_curves(analysed);
  if (s.speed_m_s) {
    s.speed_over_height_per_s = *s.speed_m_s / m.spec.height_m;
    s.norm_class = &adult_class_for(*s.speed_m_s, m.spec.height_m);
  }
  m.norm_class = s.norm_class;
  for (Side side : kSides) s.side[side] = summarize_side(per_cycle[side], m.curves.side[side], s.norm_class);
  s.cycles = std::min(s.side.left.cycles, s.side.right.cycles);

  s.steps = m.measured_steps(contact);
  return s;
}

StreamedRun run_and_summarize(const ScenarioSpec& spec, const RunOptions& options, const FrameSink& also) {
  RunAnalyzer analyzer(spec);
  StreamedRun run;
  run.outcome = stream_scenario(
      spec,
      [&](const Frame& f) {
        analyzer.add(f);
        if (also) also(f);
      },
      options);
  if (!run.outcome.diverged) run.summary = analyzer.finish(run.outcome);
  return run;
}

}  // namespace gait
