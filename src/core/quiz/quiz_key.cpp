// Drawing cases, the key from each case's summary, the sheet, scoring and the reveal's explanation.
#include "quiz/quiz_key.h"

#include <cmath>
#include <cstdio>
#include <numeric>

#include "analysis/number_text.h"

namespace gait {
namespace {

std::string one_decimal(std::optional<double> v) {
  if (!v) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", *v + 0.0);
  return buf;
}

std::string sign_word(const std::optional<Trendelenburg>& s) {
  return s ? std::string(trendelenburg_name(*s)) : std::string("not measured");
}

const char* side_word(Side s) { return s == Side::Left ? "left" : "right"; }

bool weak_on(WeakSide w, Side s) {
  return w == WeakSide::Both || (w == WeakSide::Left && s == Side::Left) || (w == WeakSide::Right && s == Side::Right);
}

std::string lesion_line(const QuizCase& c) {
  const std::string where = c.side == WeakSide::Both ? "on both sides" : "on the " + std::string(weak_side_name(c.side));
  switch (c.lesion) {
    case Lesion::SuperiorGlutealNerve:
      return "The superior gluteal nerve supplies gluteus medius, gluteus minimus and tensor fasciae latae: all "
             "three were weak " + where + ".";
    case Lesion::GluteusMedius:
      return "Gluteus medius alone was weak " + where + ": the largest hip abductor, enough on its own to let the "
             "pelvis drop.";
    case Lesion::GluteusMinimus:
      return "Gluteus minimus alone was weak " + where + ": a small abductor that gluteus medius covers for.";
    case Lesion::TflAlone:
      return "Tensor fasciae latae alone was weak " + where + ": a minor abductor; the gait looks normal.";
    case Lesion::None:
      return "No lesion: a healthy gait.";
  }
  return "";
}

}  // namespace

std::uint64_t QuizRandom::next() {
  std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

std::size_t QuizRandom::below(std::size_t n) {
  const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
  std::uint64_t r = next();
  while (r >= limit) r = next();
  return static_cast<std::size_t>(r % n);
}

std::vector<QuizItem> draw_quiz(const QuizBank& bank, int count, std::uint64_t seed) {
  QuizRandom rng(seed);
  std::vector<std::size_t> deck;
  std::vector<QuizItem> items;
  for (int i = 0; i < count; ++i) {
    if (deck.empty()) {
      // Fisher-Yates; dealt from the back
      deck.resize(bank.cases.size());
      std::iota(deck.begin(), deck.end(), std::size_t{0});
      for (std::size_t k = deck.size(); k > 1; --k) std::swap(deck[k - 1], deck[rng.below(k)]);
    }
    const QuizCase& c = bank.cases[deck.back()];
    deck.pop_back();
    const bool flip = c.mirror && c.side != WeakSide::None && c.side != WeakSide::Both && (rng.next() & 1);
    items.push_back({i + 1, flip ? mirrored(c) : c, flip});
  }
  return items;
}

QuizMeasured quiz_measured(const Summary& summary) {
  QuizMeasured m;
  for (const Side s : kSides) {
    m.sign[s] = summary.side[s].trendelenburg;
    m.pelvic_drop_deg[s] = summary.side[s].pelvic_drop_deg;
    m.trunk_lean_deg[s] = summary.side[s].trunk_lean_deg;
  }
  m.fell = summary.fell;
  return m;
}

QuizKeyEntry make_key_entry(const QuizItem& item, const std::string& clip, const Summary& summary) {
  return make_key_entry(item, clip, quiz_measured(summary));
}

QuizKeyEntry make_key_entry(const QuizItem& item, const std::string& clip, const QuizMeasured& measured) {
  QuizKeyEntry e;
  e.item = item;
  e.clip = clip;
  e.measured = measured;
  // looks healthy: no sign on either side, and drops within normal.toml's healthy target (2-7 deg,
  // the sides within 1.5 deg of each other; README "Current figures"), so no asymmetry either
  const auto& drop = e.measured.pelvic_drop_deg;
  const bool looks_healthy = e.measured.sign.left == Trendelenburg::Negative &&
                             e.measured.sign.right == Trendelenburg::Negative && drop.left && drop.right &&
                             *drop.left <= kHealthyDropMax_deg && *drop.right <= kHealthyDropMax_deg &&
                             std::abs(*drop.left - *drop.right) <= kHealthySideDifference_deg;
  if (item.truth.indistinguishable) {
    e.indistinguishable = true;
    e.indistinguishable_reason = "marked in the case bank: its gait looks like a healthy one";
  } else if (item.truth.lesion != Lesion::None && looks_healthy) {
    e.indistinguishable = true;
    e.indistinguishable_reason =
        "its run measured no sign on either side and healthy drops, within 1.5 deg of each other: it walks like a "
        "healthy gait";
  }
  e.explanation = quiz_explanation(item.truth, e.measured);
  return e;
}

std::string quiz_explanation(const QuizCase& truth, const QuizMeasured& m) {
  std::string text;
  for (const Side s : kSides) {
    const std::string side = side_word(s), other = side_word(gait::other(s));
    const std::string drop = one_decimal(m.pelvic_drop_deg[s]), lean = one_decimal(m.trunk_lean_deg[s]);
    std::string line = "In " + side + " stance ";
    if (!m.sign[s]) {
      line += "no full gait cycle could be analysed.";
    } else if (*m.sign[s] == Trendelenburg::Positive) {
      line += "the pelvis dropped " + drop + " deg on the " + other +
              " (swing) side (positive from 8 deg; healthy 2-7): the " + side +
              " hip abductors could not hold it level.";
    } else if (*m.sign[s] == Trendelenburg::Compensated) {
      line += "the trunk leaned " + lean + " deg over the " + side + " hip while the pelvis dropped only " + drop +
              " deg: the compensated (Duchenne) gait, which spares weak " + side + " abductors.";
    } else {
      line += "the pelvis dropped " + drop + " deg and the trunk leaned " + lean + " deg: no sign" +
              (weak_on(truth.side, s) ? " although this side is weak." : ".");
    }
    text += line + "\n";
  }
  if (m.fell) text += "The patient fell during the clip.\n";
  text += lesion_line(truth) + "\n";
  if (!truth.note.empty()) text += truth.note + "\n";
  return text;
}

nlohmann::json quiz_key_json(const std::vector<QuizKeyEntry>& key, const std::string& bank_name,
                             std::uint64_t seed, double duration_s) {
  nlohmann::json cases = nlohmann::json::array();
  const auto per_side = [](const LeftRight<std::optional<double>>& v) {
    nlohmann::json j;
    for (const Side s : kSides) j[side_word(s)] = v[s] ? nlohmann::json(*v[s]) : nlohmann::json(nullptr);
    return j;
  };
  for (const QuizKeyEntry& e : key) {
    const QuizCase& c = e.item.truth;
    nlohmann::json sign;
    for (const Side s : kSides)
      sign[side_word(s)] = e.measured.sign[s] ? nlohmann::json(trendelenburg_name(*e.measured.sign[s])) : nlohmann::json(nullptr);
    cases.push_back({{"number", e.item.number},
                     {"clip", e.clip},
                     {"case", c.name},
                     {"mirrored", e.item.mirrored},
                     {"weak_side", weak_side_name(c.side)},
                     {"lesion", lesion_name(c.lesion)},
                     {"compensated", c.compensated},
                     {"set", c.set},
                     {"sign", sign},
                     {"pelvic_drop_deg", per_side(e.measured.pelvic_drop_deg)},
                     {"trunk_lean_deg", per_side(e.measured.trunk_lean_deg)},
                     {"fell", e.measured.fell},
                     {"indistinguishable", e.indistinguishable},
                     {"indistinguishable_reason",
                      e.indistinguishable ? nlohmann::json(e.indistinguishable_reason) : nlohmann::json(nullptr)},
                     {"explanation", e.explanation}});
  }
  return {{"bank", bank_name}, {"seed", seed}, {"duration_s", duration_s}, {"cases", cases}};
}

std::string quiz_key_table(const std::vector<QuizKeyEntry>& key, std::uint64_t seed) {
  std::string t = "# gaitsim quiz: answer key (seed " + std::to_string(seed) + ")\n\n";
  t += "Signs and figures are what each case's own run measured. Pelvic drop: peak drop of the swing side in "
       "the stance side's single stance; trunk lean: peak lean toward the stance side (README \"Output "
       "figures\").\n\n";
  t += "| # | clip | weak side | lesion | compensated | sign left / right | pelvic drop L / R (deg) | trunk lean L / R "
       "(deg) | note |\n";
  t += "| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n";
  for (const QuizKeyEntry& e : key) {
    const QuizCase& c = e.item.truth;
    t += "| " + std::to_string(e.item.number) + " | " + e.clip + " | " + std::string(weak_side_name(c.side)) + " | " +
         std::string(lesion_title(c.lesion)) + " | " + (c.compensated ? "yes" : "no") + " | " +
         sign_word(e.measured.sign.left) + " / " + sign_word(e.measured.sign.right) + " | " +
         one_decimal(e.measured.pelvic_drop_deg.left) + " / " + one_decimal(e.measured.pelvic_drop_deg.right) +
         " | " + one_decimal(e.measured.trunk_lean_deg.left) + " / " + one_decimal(e.measured.trunk_lean_deg.right) +
         " | " + (e.indistinguishable ? "cannot be told from normal" : "") + (e.measured.fell ? " fell" : "") +
         " |\n";
  }
  t += "\n";
  for (const QuizKeyEntry& e : key) {
    t += "## Case " + std::to_string(e.item.number) + " (" + e.item.truth.name + (e.item.mirrored ? ", mirrored" : "") +
         ")\n\n";
    if (e.indistinguishable) t += "Cannot be told from normal: " + e.indistinguishable_reason + ".\n\n";
    t += e.explanation + "\n";
  }
  return t;
}

std::string quiz_answer_sheet(const std::vector<QuizKeyEntry>& key, std::uint64_t seed) {
  std::string t = "gaitsim quiz: the mystery patients (seed " + std::to_string(seed) + ", " +
                  std::to_string(key.size()) + " cases)\n\n";
  t += "Name: ________________________________   Date: ______________\n\n";
  t += "Watch each clip. For each case tick:\n"
       "  - the weak side;\n"
       "  - the Trendelenburg sign on each side: negative, positive (the pelvis drops on the swing side\n"
       "    during that side's stance) or compensated (the trunk leans over that hip instead);\n"
       "  - whether the patient compensates;\n"
       "  - the likely lesion.\n\n";
  for (const QuizKeyEntry& e : key) {
    t += "Case " + std::to_string(e.item.number) + " (" + e.clip + ")\n";
    t += "  Weak side:          [ ] left   [ ] right   [ ] both   [ ] none\n";
    t += "  Sign, left side:    [ ] negative   [ ] positive   [ ] compensated\n";
    t += "  Sign, right side:   [ ] negative   [ ] positive   [ ] compensated\n";
    t += "  Compensated:        [ ] yes   [ ] no\n";
    t += "  Lesion:             [ ] superior gluteal nerve   [ ] gluteus medius   [ ] gluteus minimus\n"
         "                      [ ] TFL alone   [ ] none\n\n";
  }
  return t;
}

QuizScore score_answer(const QuizKeyEntry& key, const QuizAnswer& a) {
  QuizScore s;
  const QuizCase& c = key.item.truth;
  s.weak_side = a.weak_side && (*a.weak_side == c.side || (key.indistinguishable && *a.weak_side == WeakSide::None));
  s.lesion = a.lesion && (*a.lesion == c.lesion || (key.indistinguishable && *a.lesion == Lesion::None));
  s.compensated = a.compensated && *a.compensated == c.compensated;
  s.max_points = 3;
  s.points = s.weak_side + s.lesion + s.compensated;
  for (const Side side : kSides) {
    if (!key.measured.sign[side]) continue;
    ++s.max_points;
    s.sign[side] = a.sign[side] && *a.sign[side] == *key.measured.sign[side];
    s.points += s.sign[side];
  }
  return s;
}

}  // namespace gait
