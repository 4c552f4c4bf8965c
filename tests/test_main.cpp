// The test runner's main (Catch2 2). Tags: [unit] pure pieces, [cli] the real gaitsim binary.
// Every run fails a test spec that matches no test case ("No tests ran", exit 2) and a test case or
// leaf section that runs no assertion: Catch2's --warn NoTests and --warn NoAssertions, always on.
// They are set here because Catch2 2.13's command line takes --warn only once ("Unrecognised
// token: --warn" for the second). CMakeLists.txt proves both with two CTest entries.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

int main(int argc, char* argv[]) {
  Catch::Session session;
  session.configData().warnings =
      static_cast<Catch::WarnAbout::What>(Catch::WarnAbout::NoTests | Catch::WarnAbout::NoAssertions);
  if (const int rc = session.applyCommandLine(argc, argv); rc != 0) return rc;
  return session.run();
}
