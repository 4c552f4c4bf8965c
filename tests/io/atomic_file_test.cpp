// Atomic output files: complete or absent, never a leftover temporary.
#include "io/atomic_file.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "input_error.h"

namespace gait {
namespace {

std::filesystem::path fresh_dir(const std::string& name) {
  const auto dir =
      std::filesystem::temp_directory_path() / ("gaitsim_" + name + "_" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("write_file_atomically writes the whole file and leaves no temporary", "[unit]") {
  const auto dir = fresh_dir("atomic_ok");
  const std::string path = (dir / "out.json").string();
  write_file_atomically(path, "first\n");
  write_file_atomically(path, "second\n");
  CHECK(read(path) == "second\n");
  CHECK(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()) == 1);
  std::filesystem::remove_all(dir);
}

TEST_CASE("write_file_atomically fails with one line naming the file, leaving nothing", "[unit]") {
  const auto dir = fresh_dir("atomic_fail");
  const std::string missing_dir = (dir / "no" / "out.json").string();
  try {
    write_file_atomically(missing_dir, "x");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()) == missing_dir + ": cannot write file: No such file or directory");
  }

  // a directory is refused before anything is written
  const std::string onto_dir = (dir / "sub").string();
  std::filesystem::create_directories(onto_dir);
  CHECK_THROWS_AS(write_file_atomically(onto_dir, "x"), InputError);
  CHECK(std::filesystem::is_empty(dir / "sub"));
  CHECK(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()) == 1);
  std::filesystem::remove_all(dir);
}

}  // namespace gait
