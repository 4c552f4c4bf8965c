// A test case that runs no assertion, hidden from the suite: the CTest entry
// "catch_fails_a_test_case_without_assertions" runs it by name and passes only when the runner
// reports it failed (tests/test_main.cpp turns Catch2's NoAssertions warning on for every run).
#include <catch2/catch.hpp>

TEST_CASE("meta: a test case without assertions", "[.meta]") {}
