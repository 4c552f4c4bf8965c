// The app's dose-response sweep on a worker thread, and a ChartDrawing through ImGui's draw list.
#include "app/dose_chart.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>

#include "scenario/scenario_keys.h"

namespace gait {

DoseChart::~DoseChart() {
  if (job_.valid()) job_.wait();
  for (auto& f : dropped_) f.wait();
}

void DoseChart::start(const ScenarioSpec& spec) {
  if (job_.valid()) dropped_.push_back(std::move(job_));
  std::vector<ScenarioSpec> specs;
  std::vector<double> values;
  for (const double v : kChartNerveValues) {
    ScenarioSpec s = spec;
    s.duration_s = kChartRunDuration_s;
    s.changes.clear();  // the sweep compares steady walks
    s.inputs.strength.left.superior_gluteal_nerve = v;
    specs.push_back(std::move(s));
    values.push_back(v);
  }
  pending_scenario_ = spec.name;
  pending_duration_s_ = kChartRunDuration_s;
  // one thread: the other core keeps the view and the app's own walker going
  job_ = std::async(std::launch::async, [specs = std::move(specs), values = std::move(values)] {
    return run_sweep(specs, values, 1).rows;
  });
}

bool DoseChart::poll() {
  std::erase_if(dropped_, [](auto& f) { return f.wait_for(std::chrono::seconds(0)) == std::future_status::ready; });
  if (!job_.valid() || job_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return false;
  const std::vector<SweepRow> rows = job_.get();
  const ChartFigure& figure = *find_chart_figure("pelvic_drop_deg");
  chart_ = dose_response_chart(dose_response_points(rows, figure), figure,
                               {"left.superior_gluteal_nerve", "", pending_scenario_, pending_duration_s_});
  scenario_ = pending_scenario_;
  return true;
}

void draw_dose_chart_window(const DoseChart& chart, AppState& app, Requests& requests) {
  if (!app.show_dose_chart || (app.quiz.active && !app.quiz.revealed)) return;
  const float em = ImGui::GetFontSize();
  ImGui::SetNextWindowSize(ImVec2(42 * em, 30 * em), ImGuiCond_FirstUseEver);
  if (!ImGui::Begin("Dose-response chart", &app.show_dose_chart)) {
    ImGui::End();
    return;
  }
  if (ImGui::Button("Sweep this scenario")) requests.dose_chart_run = true;
  ImGui::SameLine();
  if (chart.running())
    ImGui::TextDisabled("sweeping the left superior gluteal nerve 1 .. 0 (5 runs of 12 s) ...");
  else if (chart.chart())
    ImGui::TextDisabled("%s: left superior gluteal nerve 1 .. 0, 5 runs of 12 s", chart.scenario().c_str());
  if (chart.chart()) draw_chart_in_window(*chart.chart());
  ImGui::End();
}

void draw_chart_in_window(const ChartDrawing& c) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float scale = std::max(0.1f, std::min(avail.x / static_cast<float>(c.width), avail.y / static_cast<float>(c.height)));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const auto at = [&](double x, double y) {
    return ImVec2(origin.x + static_cast<float>(x) * scale, origin.y + static_cast<float>(y) * scale);
  };
  const auto col = [](ChartColor k, double a = 1) {
    return IM_COL32(k.r, k.g, k.b, static_cast<int>(std::clamp(a, 0.0, 1.0) * 255));
  };
  dl->AddRectFilled(origin, at(c.width, c.height), col(c.background));
  for (const ChartRect& r : c.rects) dl->AddRectFilled(at(r.x, r.y), at(r.x + r.w, r.y + r.h), col(r.fill, r.opacity));
  for (const ChartLine& l : c.lines) {
    const float w = std::max(1.0f, static_cast<float>(l.width) * scale);
    for (std::size_t i = 0; i + 1 < l.points.size(); ++i) {
      const auto [ax, ay] = l.points[i];
      const auto [bx, by] = l.points[i + 1];
      if (!l.dashed) {
        dl->AddLine(at(ax, ay), at(bx, by), col(l.color), w);
        continue;
      }
      const double len = std::hypot(bx - ax, by - ay), dash = 3 * l.width, gap = 2 * l.width;
      for (double s = 0; s < len; s += dash + gap) {
        const double e = std::min(s + dash, len);
        dl->AddLine(at(ax + (bx - ax) * s / len, ay + (by - ay) * s / len),
                    at(ax + (bx - ax) * e / len, ay + (by - ay) * e / len), col(l.color), w);
      }
    }
  }
  for (const ChartMarker& m : c.markers)
    dl->AddCircleFilled(at(m.x, m.y), std::max(2.0f, static_cast<float>(m.radius) * scale), col(m.color));
  ImFont* font = ImGui::GetFont();
  for (const ChartText& t : c.texts) {
    const float size = std::max(9.0f, static_cast<float>(t.size) * scale);
    const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0, t.text.c_str());
    ImVec2 p = at(t.x, t.y);
    if (t.vertical) {
      // above the axis, reading left to right
      p = ImVec2(origin.x + 8, at(0, 112).y - extent.y);
    } else {
      p.x -= t.anchor == TextAnchor::Start ? 0 : t.anchor == TextAnchor::Middle ? extent.x / 2 : extent.x;
      p.y -= extent.y * 0.8f;  // the anchor is on the baseline
    }
    dl->AddText(font, size, p, col(t.color), t.text.c_str());
  }
  ImGui::Dummy(ImVec2(static_cast<float>(c.width) * scale, static_cast<float>(c.height) * scale));
}

}  // namespace gait
