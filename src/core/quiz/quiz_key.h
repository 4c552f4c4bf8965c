// A quiz (README "Quiz"): cases drawn from the bank by a seed, the answer key made from each case's
// own run, the printable answer sheet, the scoring of an answer and the reveal's explanation.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "analysis/summary.h"
#include "quiz/quiz_bank.h"

namespace gait {

/// SplitMix64 (Steele, Lea and Flood 2014, "Fast splittable pseudorandom number generators"): the
/// same numbers on every machine and library, unlike std::uniform_int_distribution.
class QuizRandom {
 public:
  explicit QuizRandom(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next();
  /// Uniform in [0, n), n >= 1 (rejection, no modulo bias).
  std::size_t below(std::size_t n);

 private:
  std::uint64_t state_;
};

/// One drawn case: the bank's case, possibly on the other side.
struct QuizItem {
  int number = 0;  ///< 1-based, the clip's number
  QuizCase truth;  ///< the case as shown (mirrored when `mirrored`)
  bool mirrored = false;
};

/// `count` cases from the bank, the same for the same seed: a shuffled deck of the bank's cases, dealt
/// in order and reshuffled when used up (no case repeats before every case was shown); a case that
/// may be mirrored is shown on the other side half of the time.
std::vector<QuizItem> draw_quiz(const QuizBank& bank, int count, std::uint64_t seed);

/// What the run of a case measured (its summary), per side.
struct QuizMeasured {
  LeftRight<std::optional<Trendelenburg>> sign;
  LeftRight<std::optional<double>> pelvic_drop_deg, trunk_lean_deg;
  bool fell = false;
};
QuizMeasured quiz_measured(const Summary& summary);

/// The healthy pelvic drop's upper end and the largest difference between the sides (deg): the
/// healthy target of scenarios/normal.toml (README "Current figures").
inline constexpr double kHealthyDropMax_deg = 7.0;
inline constexpr double kHealthySideDifference_deg = 1.5;

/// One line of the key.
struct QuizKeyEntry {
  QuizItem item;
  std::string clip;  ///< the clip's file name, e.g. "case01.mp4"
  QuizMeasured measured;
  /// No reader can tell the case from a healthy gait: marked so in the bank, or a lesion whose run
  /// measured a negative sign on both sides with healthy drops (at most 7 deg, sides within 1.5).
  bool indistinguishable = false;
  std::string indistinguishable_reason;  ///< empty when distinguishable
  std::string explanation;               ///< what in the gait gives the case away (quiz_explanation)
};

QuizKeyEntry make_key_entry(const QuizItem& item, const std::string& clip, const Summary& summary);
/// As above, from figures measured another way (the app's live read-outs).
QuizKeyEntry make_key_entry(const QuizItem& item, const std::string& clip, const QuizMeasured& measured);

/// A few lines for the reveal: the drop on the swing side in the weak side's stance, the lean over
/// the weak hip, with the measured figures, and what the lesion weakens.
std::string quiz_explanation(const QuizCase& truth, const QuizMeasured& m);

/// The answer key as JSON: {bank, seed, duration_s, cases: [{number, clip, case, mirrored, weak_side,
/// lesion, compensated, set, sign {left, right}, pelvic_drop_deg {..}, trunk_lean_deg {..}, fell,
/// indistinguishable, indistinguishable_reason, explanation}]}.
nlohmann::json quiz_key_json(const std::vector<QuizKeyEntry>& key, const std::string& bank_name,
                             std::uint64_t seed, double duration_s);
/// The answer key as a readable Markdown table, then each case's explanation.
std::string quiz_key_table(const std::vector<QuizKeyEntry>& key, std::uint64_t seed);
/// The printable answer sheet (plain text): the questions and tick boxes per case.
std::string quiz_answer_sheet(const std::vector<QuizKeyEntry>& key, std::uint64_t seed);

/// A student's answer; a question left out is nullopt.
struct QuizAnswer {
  std::optional<WeakSide> weak_side;
  LeftRight<std::optional<Trendelenburg>> sign;
  std::optional<bool> compensated;
  std::optional<Lesion> lesion;
};

/// Per question, right or not, and the points: one each for the weak side, each side's sign (only
/// when the run measured it), compensated or not, and the lesion. For an indistinguishable case,
/// "none" counts as right for the weak side and the lesion too.
struct QuizScore {
  bool weak_side = false, compensated = false, lesion = false;
  LeftRight<bool> sign{};
  int points = 0;
  int max_points = 0;
};
QuizScore score_answer(const QuizKeyEntry& key, const QuizAnswer& answer);

}  // namespace gait
