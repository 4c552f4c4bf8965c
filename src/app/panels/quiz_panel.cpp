// The Quiz mode's column (in place of the controls) and its menu: playback and cameras, the answer
// form, then the score and the reveal with its explanation.
#include <imgui.h>

#include <cstdio>
#include <string>

#include "app/column_layout.h"
#include "app/panels/panels.h"
#include "app/quiz_mode.h"
#include "quiz/quiz_key.h"

namespace gait {
namespace {

constexpr const char* kSignWords[] = {"negative", "positive", "compensated"};

/// A row of radio buttons for one question; `choice` is the index chosen, -1 none.
template <std::size_t N>
void choice_row(const char* id, const char* const (&labels)[N], int& choice) {
  ImGui::PushID(id);
  for (std::size_t i = 0; i < N; ++i) {
    if (i > 0) ImGui::SameLine();
    ImGui::RadioButton(labels[i], &choice, static_cast<int>(i));
  }
  ImGui::PopID();
}

void verdict(const char* question, bool right, const std::string& truth) {
  ImGui::TextUnformatted(question);
  ImGui::SameLine();
  ImGui::TextColored(right ? ImVec4(0.3f, 0.85f, 0.3f, 1) : ImVec4(0.95f, 0.35f, 0.3f, 1), "%s",
                     right ? "right" : "wrong");
  ImGui::SameLine();
  ImGui::TextDisabled("(%s)", truth.c_str());
}

void draw_question(AppState& app, Requests& requests) {
  QuizView& q = app.quiz;
  ImGui::TextWrapped("Watch from any camera (1-6, drag to orbit), slow it down, then answer.");
  ImGui::Separator();
  ImGui::TextUnformatted("Which side is weak?");
  static const char* const kSides[] = {"left", "right", "both", "none"};
  choice_row("side", kSides, q.weak_side);
  ImGui::TextUnformatted("Trendelenburg sign, left side");
  choice_row("sign_left", kSignWords, q.sign.left);
  ImGui::TextUnformatted("Trendelenburg sign, right side");
  choice_row("sign_right", kSignWords, q.sign.right);
  ImGui::TextWrapped("Does the patient compensate (lean over the hip)?");
  static const char* const kYesNo[] = {"yes", "no"};
  choice_row("compensated", kYesNo, q.compensated);
  ImGui::TextUnformatted("Likely lesion");
  ImGui::PushID("lesion");
  for (std::size_t i = 0; i < std::size(kLesions); ++i)
    ImGui::RadioButton(std::string(lesion_title(kLesions[i])).c_str(), &q.lesion, static_cast<int>(i));
  ImGui::PopID();
  ImGui::Spacing();
  if (ImGui::Button("Submit answer")) requests.quiz_submit = quiz_form_answer(q);
}

void draw_reveal(AppState& app, Requests& requests) {
  const QuizView& q = app.quiz;
  const QuizKeyEntry& key = *q.key;
  const QuizScore& score = *q.score;
  const QuizCase& c = q.item.truth;
  ImGui::Text("Score %d / %d   (this quiz: %d / %d)", score.points, score.max_points, q.total_points, q.total_max);
  ImGui::Separator();
  verdict("Weak side:", score.weak_side, std::string(weak_side_name(c.side)));
  for (const Side s : kSides) {
    const std::string question = std::string("Sign, ") + (s == Side::Left ? "left" : "right") + ":";
    if (key.measured.sign[s])
      verdict(question.c_str(), score.sign[s], std::string(trendelenburg_name(*key.measured.sign[s])));
    else
      ImGui::TextDisabled("%s not measured yet (not scored)", question.c_str());
  }
  verdict("Compensated:", score.compensated, c.compensated ? "yes" : "no");
  verdict("Lesion:", score.lesion, std::string(lesion_title(c.lesion)));
  ImGui::Separator();
  ImGui::TextWrapped("The case: %s%s", q.item.truth.name.c_str(), q.item.mirrored ? " (shown on the other side)" : "");
  if (key.indistinguishable) ImGui::TextWrapped("Cannot be told from normal: %s.", key.indistinguishable_reason.c_str());
  ImGui::TextWrapped("%s", key.explanation.c_str());
  ImGui::TextWrapped("The healthy model walks beside the patient in grey; the muscle bands show the weakness.");
  ImGui::Spacing();
  if (ImGui::Button("Next case")) requests.quiz_next = true;
  ImGui::SameLine();
  if (ImGui::Button("Leave the quiz")) requests.quiz_leave = true;
}

}  // namespace

void draw_quiz_menu(AppState& app, Requests& requests) {
  if (!ImGui::BeginMenu("Teach")) return;
  if (ImGui::MenuItem("Dose-response chart", nullptr, app.show_dose_chart, !app.quiz.active || app.quiz.revealed)) {
    app.show_dose_chart = !app.show_dose_chart;
    if (app.show_dose_chart) requests.dose_chart_run = true;
  }
  ImGui::Separator();
  if (ImGui::MenuItem("New mystery patient")) requests.quiz_start = app.quiz.seed + (app.quiz.active ? 1 : 0);
  if (ImGui::MenuItem("Next case", nullptr, false, app.quiz.active)) requests.quiz_next = true;
  if (ImGui::MenuItem("Leave the quiz", nullptr, false, app.quiz.active)) requests.quiz_leave = true;
  ImGui::EndMenu();
}

void draw_quiz_panel(const SimSession& session, AppState& app, Requests& requests) {
  place_side_column(app, ColumnSide::Left);
  ImGui::Begin("Controls", nullptr, kPanelFlags);
  note_left_column(app, ImGui::GetWindowWidth());
  ImGui::Text("Mystery patient: case %d", app.quiz.round);
  // playback: slow motion and pause are allowed, the strengths are not shown
  if (ImGui::Button(app.paused ? "Play" : "Pause")) requests.toggle_pause = true;
  ImGui::SameLine();
  float speed = static_cast<float>(app.playback_speed);
  ImGui::PushItemWidth(-1);
  if (ImGui::SliderFloat("##speed", &speed, 0.1f, 2.0f, "%.2fx speed")) app.playback_speed = speed;
  ImGui::PopItemWidth();
  ImGui::Text("t = %.1f s", session.time_s());
  static const char* const kCameras[] = {"Posterior", "Anterior", "Left", "Right", "Top"};
  for (int i = 0; i < 5; ++i) {
    if (i > 0) ImGui::SameLine();
    if (ImGui::SmallButton(kCameras[i])) app.camera = static_cast<CameraMode>(i);
  }
  ImGui::Separator();
  if (app.quiz.revealed)
    draw_reveal(app, requests);
  else
    draw_question(app, requests);
  ImGui::End();
}

}  // namespace gait
