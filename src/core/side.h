// Body sides and per-side containers: LeftRight<T> instead of left_x / right_x twins.
#pragma once

#include <array>
#include <string_view>

namespace gait {

enum class Side { Left = 0, Right = 1 };

inline constexpr std::array<Side, 2> kSides = {Side::Left, Side::Right};

constexpr Side other(Side s) { return s == Side::Left ? Side::Right : Side::Left; }
constexpr std::string_view side_name(Side s) { return s == Side::Left ? "left" : "right"; }
/// +1 for the left side, -1 for the right: the sign of the side's lateral (y) direction.
constexpr double side_sign(Side s) { return s == Side::Left ? 1.0 : -1.0; }

template <class T>
struct LeftRight {
  T left{};
  T right{};
  constexpr T& operator[](Side s) { return s == Side::Left ? left : right; }
  constexpr const T& operator[](Side s) const { return s == Side::Left ? left : right; }
};

}  // namespace gait
