// The Record section of the left column (clip format, fps, length, the Record / Stop button and the
// clip's status) and the menu bar's record button; F9 does the same (app.cpp).
#include <imgui.h>

#include <cstdio>

#include "app/panels/panels.h"
#include "video/video_encoder.h"

namespace gait {

namespace {

const ImVec4 kRecordRed{0.95f, 0.3f, 0.25f, 1.0f};

void toggle_recording(const AppState& app, Requests& requests) {
  if (app.recording)
    requests.stop_recording = true;
  else
    requests.start_recording = std::string();
}

}  // namespace

std::string recording_status(const AppState& app) {
  char buf[64];
  if (app.recording) {
    std::snprintf(buf, sizeof buf, "REC %.2f s", app.clip_elapsed_s);
    return buf;
  }
  if (app.clip_saving) return "Saving " + app.clip_path + " ...";
  return {};
}

void draw_record_button(const AppState& app, Requests& requests) {
  if (app.recording) ImGui::PushStyleColor(ImGuiCol_Text, kRecordRed);
  const std::string label =
      app.recording ? recording_status(app) + "  Stop (F9)" : std::string("Record (F9)");
  if (ImGui::MenuItem(label.c_str(), nullptr, false, !app.clip_saving)) toggle_recording(app, requests);
  if (app.recording) ImGui::PopStyleColor();
}

void draw_record_section(AppState& app, Requests& requests) {
  if (!ImGui::CollapsingHeader("Record a clip")) return;
  // the settings apply to the next clip
  ImGui::BeginDisabled(app.recording || app.clip_saving);
  int format = app.clip.format == VideoFormat::Gif ? 1 : 0;
  if (ImGui::Combo("Format", &format, "MP4 (H.264)\0GIF\0")) {
    app.clip.format = format == 1 ? VideoFormat::Gif : VideoFormat::Mp4;
    app.clip.fps = format == 1 ? 15 : 30;  // GIFs for slides stay small at 15 fps
  }
  int size = static_cast<int>(app.clip.size);
  if (ImGui::Combo("Size", &size, "3D view as shown\0" "720p (1280x720)\0" "1080p (1920x1080)\0"))
    app.clip.size = static_cast<ClipSize>(size);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("720p and 1080p: the clip gaitsim record makes, with its camera and burned-in overlays");
  if (app.clip.size != ClipSize::View) ImGui::Checkbox("Burn in title and read-outs", &app.clip.overlays);
  // a GIF's frame delays are whole hundredths of a second: at most 100 fps
  ImGui::SliderInt("fps", &app.clip.fps, 1, app.clip.format == VideoFormat::Gif ? kMaxGifFps : 120, "%d",
                   ImGuiSliderFlags_AlwaysClamp);
  float length = static_cast<float>(app.clip.length_s);
  if (ImGui::SliderFloat("Length", &length, 0.0f, 120.0f, length > 0 ? "%.1f s" : "until stopped",
                         ImGuiSliderFlags_AlwaysClamp))
    app.clip.length_s = length;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Simulated seconds; 0 records until you stop");
  ImGui::EndDisabled();

  if (app.recording) ImGui::PushStyleColor(ImGuiCol_Text, kRecordRed);
  ImGui::BeginDisabled(app.clip_saving);
  if (ImGui::Button(app.recording ? "Stop (F9)" : "Record (F9)")) toggle_recording(app, requests);
  ImGui::EndDisabled();
  if (app.recording) ImGui::PopStyleColor();
  const std::string status = recording_status(app);
  const char* text = status.empty() ? "in simulated time" : status.c_str();
  // beside the button when it fits the column, else under it
  if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + ImGui::CalcTextSize(text).x <=
      ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x)
    ImGui::SameLine();
  ImGui::TextUnformatted(text);
  if (app.recording || app.clip_saving) ImGui::TextWrapped("%s", app.clip_path.c_str());
}

}  // namespace gait
