// The app's Quiz mode (README "The app", Quiz): starting a hidden case, what the 3D view may show
// before the answer, and scoring the answer against what this run measured.
#pragma once

#include <memory>
#include <string>

#include "app/app_state.h"
#include "analysis/live_readouts.h"
#include "sim/sim_session.h"

namespace gait {

/// Simulated seconds of an app quiz case: enough to watch from every camera.
inline constexpr double kAppQuizDuration_s = 300;

/// Draws case `round` of the quiz `seed` from the case bank at `bank_path` into `app.quiz` (the form
/// cleared, nothing revealed) and returns its session, named "Case N" so nothing on screen gives it
/// away. Throws InputError for a bad bank.
std::unique_ptr<SimSession> start_quiz_case(AppState& app, const std::string& bank_path, std::uint64_t seed,
                                            int round);

/// The scene's options while the case is hidden: no muscle bands (their colours show the strengths)
/// and no pelvis line or trunk axis (their labels give the angles); `view` itself after the reveal.
ViewOptions quiz_scene_options(const AppState& app, const ViewOptions& view);

/// The answer the form holds now.
QuizAnswer quiz_form_answer(const QuizView& quiz);
/// Fills the form from an answer (tests give one as the Submit button would).
void set_quiz_form(QuizView& quiz, const QuizAnswer& answer);

/// Scores `answer` against the case and the signs this run measured (`readouts`, the last stance of
/// each side), and reveals: the key, the score, the running total.
void reveal_quiz_case(AppState& app, const LiveReadouts& readouts, const QuizAnswer& answer);

/// "quiz case=3 truth=right/superior_gluteal_nerve/not compensated score=4/5 total=9/10" for timed runs.
std::string quiz_result_line(const QuizView& quiz);

}  // namespace gait
