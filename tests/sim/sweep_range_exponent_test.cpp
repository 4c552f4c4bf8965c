// --vary numbers with extreme exponents: the decimals a value was written with are counted without
// integer overflow (0e-2147483648 is a finite 0 whose exponent does not fit an int's negation).
#include <catch2/catch.hpp>

#include "sim/sweep.h"

TEST_CASE("sweep ranges: exponents beyond int give 0 or 12 decimals without overflow", "[unit]") {
  using gait::parse_sweep_range;
  const gait::SweepRange r = parse_sweep_range("left.gluteus_medius=0e-2147483648:1:1");
  CHECK(r.from == 0);
  CHECK(r.decimals == 12);  // the most kept
  CHECK(gait::sweep_values(r) == std::vector<double>{0, 1});
  CHECK(parse_sweep_range("left.gluteus_medius=0e2147483647:1:1").decimals == 0);
  CHECK(parse_sweep_range("left.gluteus_medius=0e-99999999999999999999:1:1").decimals == 12);
  CHECK(parse_sweep_range("left.gluteus_medius=0e+99999999999999999999:1:1").decimals == 0);
  CHECK(parse_sweep_range("left.gluteus_medius=0:1:0.5e-1").decimals == 2);
}
