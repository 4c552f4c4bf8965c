// libFuzzer target (`make fuzz`, README "Sanitizers and fuzzing"): the scenario parser with --set,
// --change and --duration overrides, under ASan and UBSan. Input format: fuzz_input.h.
#include <cstddef>
#include <cstdint>

#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gait::fuzz::parse_fuzz_input(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
