// The anatomy cards: gluteus medius, gluteus minimus, tensor fasciae latae and the superior gluteal
// nerve, in the project's own words (sources: standard anatomy; figures: docs/model.md#abductors).
#pragma once

#include <array>
#include <string_view>

namespace gait {

struct AnatomyCard {
  std::string_view title;
  std::string_view origin;
  std::string_view insertion;
  std::string_view actions;      ///< including how they change with hip flexion
  std::string_view innervation;
  std::string_view blood_supply;
  std::string_view palsy;        ///< the clinical picture when it fails
};

inline constexpr int kNumAnatomyCards = 4;

/// 0 gluteus medius, 1 gluteus minimus, 2 tensor fasciae latae, 3 superior gluteal nerve.
const std::array<AnatomyCard, kNumAnatomyCards>& anatomy_cards();

/// The card of an abductor compartment (AbductorId index): 0-2 medius, 3-5 minimus, 6 TFL.
int anatomy_card_of_muscle(int abductor_index);

}  // namespace gait
