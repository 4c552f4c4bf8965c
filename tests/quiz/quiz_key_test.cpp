// The quiz's pieces without clips: the bank file and its one-line errors, the seeded draw (same seed,
// same cases; every case once before any repeats), the scoring, and the indistinguishable mark.
#include "quiz/quiz_key.h"

#include <catch2/catch.hpp>
#include <set>

#include "input_error.h"

namespace gait {
namespace {

const std::string kBankDir = std::string(GAITSIM_SOURCE_DIR) + "/assets/";

std::string bank_error(const std::string& text) {
  try {
    parse_quiz_bank(text, kBankDir + "test_bank.toml");
  } catch (const InputError& e) {
    return e.what();
  }
  FAIL("no InputError");
  return "";
}

const std::string kHead = "base = \"../scenarios/normal.toml\"\n";

}  // namespace

TEST_CASE("quiz bank: the shipped bank reads and each case's overrides apply", "[unit]") {
  const QuizBank bank = load_quiz_bank(default_quiz_bank_path());
  REQUIRE(bank.cases.size() >= 6);
  std::set<Lesion> lesions;
  for (const QuizCase& c : bank.cases) {
    lesions.insert(c.lesion);
    const ScenarioSpec spec = quiz_case_spec(bank, c, 4, 1);
    CHECK(spec.name == "Case 1");  // nothing in the scenario gives the case away
    CHECK(spec.duration_s == 4);
  }
  CHECK(lesions.size() == 5);  // every answer the student may give occurs
}

TEST_CASE("quiz bank: bad files are one line naming the file and line and key", "[unit]") {
  const std::string f = kBankDir + "test_bank.toml";
  CHECK(bank_error(kHead + "[[case]]\nname = \"a\"\nlesion = \"nerve\"\nside = \"left\"\n") ==
        f + ":4: case.lesion: expected one of \"superior_gluteal_nerve\", \"gluteus_medius\", \"gluteus_minimus\", "
            "\"tfl\", \"none\", got \"nerve\"");
  CHECK(bank_error(kHead + "[[case]]\nname = \"a\"\nlesion = \"none\"\nside = \"left\"\n") ==
        f + ":2: case.side: \"a\": a case has a weak side exactly when it has a lesion");
  CHECK_THAT(bank_error(kHead + "[[case]]\nname = \"a\"\nlesion = \"tfl\"\nside = \"left\"\nset = "
                                "[\"left.tfl=0\"]\n"),
             Catch::StartsWith(f + ":2: case.set: \"a\": left.tfl: unknown key"));
  CHECK_THAT(bank_error(kHead + "[[case]]\nname = \"a\"\nlesion = \"none\"\nside = \"none\"\ncolour = 1\n"),
             Catch::StartsWith(f + ":6: case.colour: unknown key"));
  // a bank goes through the same check as a scenario before toml++ (which has undefined behaviour on
  // some non-ASCII characters outside strings: scenario/toml_guard.h)
  CHECK_THAT(bank_error(kHead + "\xc3\xa9 = 1\n"), Catch::StartsWith(f + ":2: unexpected character"));
  CHECK(bank_error("[[case]]\nname = \"a\"\n") ==
        f + ": base: missing: the base scenario, e.g. base = \"../scenarios/normal.toml\"");
}

TEST_CASE("quiz draw: the same seed gives the same cases and every case comes before a repeat", "[unit]") {
  const QuizBank bank = load_quiz_bank(default_quiz_bank_path());
  const auto key = [](const std::vector<QuizItem>& items) {
    std::vector<std::string> k;
    for (const QuizItem& i : items) k.push_back(i.truth.name + (i.mirrored ? "/m" : ""));
    return k;
  };
  const std::size_t n = bank.cases.size();
  const auto a = draw_quiz(bank, static_cast<int>(2 * n), 1);
  CHECK(key(a) == key(draw_quiz(bank, static_cast<int>(2 * n), 1)));
  CHECK(key(a) != key(draw_quiz(bank, static_cast<int>(2 * n), 2)));
  std::set<std::string> first;
  for (std::size_t i = 0; i < n; ++i) first.insert(a[i].truth.name);
  CHECK(first.size() == n);
  int mirrored = 0;
  for (const QuizItem& i : a) {
    CHECK(i.number == static_cast<int>(&i - &a[0]) + 1);
    if (!i.mirrored) continue;
    ++mirrored;
    CHECK(i.truth.side == WeakSide::Right);  // the bank writes its one-sided cases on the left
    for (const std::string& s : i.truth.set) CHECK_FALSE(s.starts_with("left."));
  }
  CHECK(mirrored > 0);
}

TEST_CASE("quiz scoring: one point per question and none for an indistinguishable case", "[unit]") {
  QuizItem item;
  item.truth.lesion = Lesion::TflAlone;
  item.truth.side = WeakSide::Left;
  Summary s;
  s.side.left.trendelenburg = Trendelenburg::Negative;
  s.side.right.trendelenburg = Trendelenburg::Negative;
  s.side.left.pelvic_drop_deg = 6.9;  // no sign, but 3.6 deg more than the other side: visible
  s.side.right.pelvic_drop_deg = 3.3;
  CHECK_FALSE(make_key_entry(item, "case01.mp4", s).indistinguishable);
  s.side.left.pelvic_drop_deg = 2.9;
  s.side.right.pelvic_drop_deg = 2.6;
  const QuizKeyEntry e = make_key_entry(item, "case01.mp4", s);
  CHECK(e.indistinguishable);  // a lesion with no sign, and healthy, even drops
  QuizAnswer a;
  a.weak_side = WeakSide::None;
  a.lesion = Lesion::None;
  a.compensated = false;
  a.sign.left = Trendelenburg::Negative;
  a.sign.right = Trendelenburg::Positive;
  const QuizScore score = score_answer(e, a);
  CHECK(score.max_points == 5);
  CHECK(score.points == 4);  // "none" counts for side and lesion; the right sign is wrong
  CHECK_FALSE(score.sign.right);

  item.truth.lesion = Lesion::SuperiorGlutealNerve;
  s.side.left.trendelenburg = Trendelenburg::Positive;
  s.side.left.pelvic_drop_deg = 11.4;
  s.side.right.trendelenburg.reset();
  const QuizKeyEntry palsy = make_key_entry(item, "case02.mp4", s);
  CHECK_FALSE(palsy.indistinguishable);
  CHECK_THAT(palsy.explanation, Catch::Contains("the pelvis dropped 11.4 deg on the right (swing) side"));
  CHECK(score_answer(palsy, a).max_points == 4);  // the right side's sign was not measured
  CHECK(score_answer(palsy, a).points == 1);      // only "not compensated" is right
}

}  // namespace gait
