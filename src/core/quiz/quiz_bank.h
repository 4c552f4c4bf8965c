// The mystery-patient case bank (README "Quiz"): a TOML file a lecturer edits, each case a base
// scenario with --set overrides and the truth the student must find (weak side, lesion, compensated).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "scenario/scenario_spec.h"

namespace gait {

/// The lesions a student chooses from (issue 17): the nerve, one muscle, or none.
enum class Lesion { SuperiorGlutealNerve, GluteusMedius, GluteusMinimus, TflAlone, None };
inline constexpr Lesion kLesions[] = {Lesion::SuperiorGlutealNerve, Lesion::GluteusMedius, Lesion::GluteusMinimus,
                                      Lesion::TflAlone, Lesion::None};
/// "superior_gluteal_nerve", "gluteus_medius", "gluteus_minimus", "tfl", "none" (the file's words).
std::string_view lesion_name(Lesion l);
/// "superior gluteal nerve", ..., "TFL alone", "none" (for people).
std::string_view lesion_title(Lesion l);

/// The weak side of a case.
enum class WeakSide { None, Left, Right, Both };
inline constexpr WeakSide kWeakSides[] = {WeakSide::Left, WeakSide::Right, WeakSide::Both, WeakSide::None};
/// "none", "left", "right", "both".
std::string_view weak_side_name(WeakSide s);

struct QuizCase {
  std::string name;  ///< unique in the bank
  Lesion lesion = Lesion::None;
  WeakSide side = WeakSide::None;
  bool compensated = false;  ///< the walker leans over the weak hip (gait.compensation)
  bool mirror = true;        ///< the quiz may show the case on the other side
  std::vector<std::string> set;  ///< --set overrides of the base scenario, e.g. "left.gluteus_medius=0"
  std::string note;              ///< the lecturer's extra line for the reveal (may be empty)
  /// Marked by the lecturer: no reader can tell this case from a healthy gait by watching it.
  bool indistinguishable = false;
  int line = 0;  ///< where the case starts in the bank file
};

struct QuizBank {
  std::string source;     ///< the bank file, for messages
  std::string base_path;  ///< the base scenario, resolved against the bank file's folder
  std::string base_text;  ///< the base scenario as read
  double duration_s = 20;  ///< each case's simulated time (s)
  std::string camera = "posterior";  ///< the clips' camera
  bool show_plots = false;  ///< the app's Quiz mode shows the gait-cycle plots before the answer
  std::vector<QuizCase> cases;
};

/// Reads and checks the bank at `path`: keys, types, names, words, and every case's overrides tried
/// on the base scenario. Throws InputError "assets/quiz_cases.toml:12: case.set: ...".
QuizBank load_quiz_bank(const std::string& path);
/// As load_quiz_bank, from text; `source_name`'s folder is where a relative base is looked up.
QuizBank parse_quiz_bank(std::string_view toml_text, const std::string& source_name);

/// The same case on the other side: left.* keys become right.* and back, the weak side swaps.
QuizCase mirrored(const QuizCase& c);

/// The case as a scenario: the base with duration_s = `duration_s` and the case's --set overrides,
/// named "Case N" so that nothing in it gives the answer away. Throws InputError naming the bank.
ScenarioSpec quiz_case_spec(const QuizBank& bank, const QuizCase& c, double duration_s, int number);

/// The bank gaitsim ships (assets/quiz_cases.toml in the source tree).
std::string default_quiz_bank_path();

}  // namespace gait
