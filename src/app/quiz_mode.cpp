// Quiz mode logic: no ImGui here (the panel is panels/quiz_panel.cpp).
#include "app/quiz_mode.h"

#include <cstdio>

namespace gait {
namespace {

constexpr Trendelenburg kSignChoices[] = {Trendelenburg::Negative, Trendelenburg::Positive, Trendelenburg::Compensated};

template <typename T, std::size_t N>
int index_of(const T (&values)[N], const T& v) {
  for (std::size_t i = 0; i < N; ++i)
    if (values[i] == v) return static_cast<int>(i);
  return -1;
}

}  // namespace

std::unique_ptr<SimSession> start_quiz_case(AppState& app, const std::string& bank_path, std::uint64_t seed,
                                            int round) {
  const QuizBank bank = load_quiz_bank(bank_path);
  const std::vector<QuizItem> items = draw_quiz(bank, round, seed);
  auto session = std::make_unique<SimSession>(quiz_case_spec(bank, items.back().truth, kAppQuizDuration_s, round));
  QuizView& q = app.quiz;
  if (round == 1) q.total_points = q.total_max = 0;
  q.active = true;
  q.revealed = false;
  q.seed = seed;
  q.round = round;
  q.allow_plots = bank.show_plots;
  q.item = items.back();
  q.weak_side = q.compensated = q.lesion = -1;
  q.sign = {-1, -1};
  q.key.reset();
  q.score.reset();
  if (auto mode = parse_camera_mode(bank.camera)) app.camera = *mode;
  app.compare = false;  // the healthy ghost is part of the reveal
  return session;
}

ViewOptions quiz_scene_options(const AppState& app, const ViewOptions& view) {
  if (!app.quiz.active || app.quiz.revealed) return view;
  ViewOptions hidden = view;
  hidden.show_muscles = false;
  hidden.show_pelvis_line = false;
  hidden.show_trunk_axis = false;
  hidden.highlight = {};
  return hidden;
}

QuizAnswer quiz_form_answer(const QuizView& q) {
  QuizAnswer a;
  if (q.weak_side >= 0) a.weak_side = kWeakSides[q.weak_side];
  for (const Side s : kSides)
    if (q.sign[s] >= 0) a.sign[s] = kSignChoices[q.sign[s]];
  if (q.compensated >= 0) a.compensated = q.compensated == 0;
  if (q.lesion >= 0) a.lesion = kLesions[q.lesion];
  return a;
}

void set_quiz_form(QuizView& q, const QuizAnswer& a) {
  q.weak_side = a.weak_side ? index_of(kWeakSides, *a.weak_side) : -1;
  for (const Side s : kSides) q.sign[s] = a.sign[s] ? index_of(kSignChoices, *a.sign[s]) : -1;
  q.compensated = a.compensated ? (*a.compensated ? 0 : 1) : -1;
  q.lesion = a.lesion ? index_of(kLesions, *a.lesion) : -1;
}

void reveal_quiz_case(AppState& app, const LiveReadouts& readouts, const QuizAnswer& answer) {
  QuizView& q = app.quiz;
  if (!q.active || q.revealed) return;
  QuizMeasured m;
  for (const Side s : kSides) {
    m.sign[s] = readouts.side[s].sign;
    m.pelvic_drop_deg[s] = readouts.side[s].pelvic_drop_deg;
    m.trunk_lean_deg[s] = readouts.side[s].trunk_lean_deg;
  }
  set_quiz_form(q, answer);
  q.key = make_key_entry(q.item, "", m);
  q.score = score_answer(*q.key, answer);
  q.total_points += q.score->points;
  q.total_max += q.score->max_points;
  q.revealed = true;
  app.compare = true;  // the healthy ghost beside the patient
}

std::string quiz_result_line(const QuizView& q) {
  if (!q.key || !q.score) return "quiz none";
  const QuizCase& c = q.item.truth;
  char buf[512];
  std::snprintf(buf, sizeof buf, "quiz case=%s round=%d weak_side=%s lesion=%s compensated=%d score=%d/%d total=%d/%d",
                c.name.c_str(), q.round, weak_side_name(c.side).data(), lesion_name(c.lesion).data(),
                c.compensated ? 1 : 0, q.score->points, q.score->max_points, q.total_points, q.total_max);
  return buf;
}

}  // namespace gait
