// The test runner's main (Catch2 2). Tags: [unit] pure pieces, [cli] the real gaitsim binary.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
