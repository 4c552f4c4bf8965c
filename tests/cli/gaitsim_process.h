// Running the real gaitsim binary from a test: a scratch directory, the exit code, stdout and the
// lines of stderr. Shared by the muscles and sweep command tests.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace gait::test {

struct Outcome {
  int exit_code = -1;
  std::string out;
  std::vector<std::string> err_lines;
};

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

/// A fresh working directory for one test, removed at the end.
struct TempDir {
  std::filesystem::path path;
  explicit TempDir(const std::string& name)
      : path(std::filesystem::temp_directory_path() /
             ("gaitsim_cli_" + name + "_" + std::to_string(getpid()))) {
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  void write(const std::string& file, const std::string& text) const { std::ofstream(path / file) << text; }
  bool has(const std::string& file) const { return std::filesystem::exists(path / file); }
};

/// Runs `PREFIX gaitsim ARGS` in `dir` (ARGS as a shell would split them; PREFIX a command in front,
/// such as timeout or setpriv, or empty), capturing stdout and stderr.
inline Outcome run_gaitsim_with(const std::string& prefix, const std::string& args, const TempDir& dir) {
  const std::string cmd = "cd '" + dir.path.string() + "' && " + prefix + " '" + GAITSIM_EXE + "' " + args +
                          " >gaitsim_stdout.txt 2>gaitsim_stderr.txt";
  const int status = std::system(cmd.c_str());
  Outcome o;
  o.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  o.out = read_file(dir.path / "gaitsim_stdout.txt");
  std::istringstream err(read_file(dir.path / "gaitsim_stderr.txt"));
  for (std::string line; std::getline(err, line);) o.err_lines.push_back(line);
  std::filesystem::remove(dir.path / "gaitsim_stdout.txt");
  std::filesystem::remove(dir.path / "gaitsim_stderr.txt");
  return o;
}

/// Runs `gaitsim ARGS` in `dir`, capturing stdout and stderr.
inline Outcome run_gaitsim(const std::string& args, const TempDir& dir) { return run_gaitsim_with("", args, dir); }

/// A bad-input outcome: exit 2, nothing on stdout, exactly one stderr line, "gaitsim: " + `error`
/// (a trailing '*' in `error` matches any rest of the line).
inline void check_one_line_error(const Outcome& o, const std::string& error) {
  CHECK(o.exit_code == 2);
  REQUIRE(o.err_lines.size() == 1);
  if (error.back() == '*')
    CHECK_THAT(o.err_lines[0], Catch::StartsWith("gaitsim: " + error.substr(0, error.size() - 1)));
  else
    CHECK(o.err_lines[0] == "gaitsim: " + error);
  CHECK(o.out.empty());
}

}  // namespace gait::test
