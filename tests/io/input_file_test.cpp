// Input files (io/input_file.h): regular files read whole; directories, FIFOs, devices and files
// over the size limit refused with the reason, without reading from them (a FIFO never blocks).
#include "io/input_file.h"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "input_error.h"

namespace {

namespace fs = std::filesystem;

struct Dir {
  fs::path path;
  explicit Dir(const std::string& name)
      : path(fs::temp_directory_path() / ("gaitsim_in_" + name + "_" + std::to_string(getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~Dir() { fs::remove_all(path); }
  std::string operator/(const std::string& file) const { return (path / file).string(); }
};

/// Why try_read_input_file refused `path`, or "read: CONTENT".
std::string outcome(const std::string& path, std::size_t max_bytes = gait::kMaxInputFileBytes) {
  std::string reason;
  const auto text = gait::try_read_input_file(path, reason, max_bytes);
  return text ? "read: " + *text : reason;
}

/// outcome() in a child process running as the user `nobody` (65534), for a file that only root
/// can read: root reads any file whatever its mode, so a test as root proves nothing otherwise.
std::string outcome_as_nobody(const std::string& path) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    close(fds[0]);
    std::string result = "cannot become nobody";
    if (setgid(65534) == 0 && setuid(65534) == 0) result = outcome(path);
    [[maybe_unused]] const ssize_t n = write(fds[1], result.data(), result.size());
    _exit(0);
  }
  close(fds[1]);
  std::string result;
  char buf[256];
  for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;) result.append(buf, static_cast<std::size_t>(n));
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  return result;
}

}  // namespace

TEST_CASE("input files: a regular file is read whole and byte for byte", "[unit]") {
  Dir dir("regular");
  const std::string bytes = std::string("name = \"x\"\r\n\xef\xbb\xbf\0tail", 19);
  std::ofstream(dir / "s.toml", std::ios::binary) << bytes;
  CHECK(outcome(dir / "s.toml") == "read: " + bytes);
  std::ofstream(dir / "empty.toml", std::ios::binary).flush();
  CHECK(outcome(dir / "empty.toml") == "read: ");
}

TEST_CASE("input files: directories and FIFOs and devices and missing files are refused with the reason",
          "[unit]") {
  Dir dir("kinds");
  CHECK(outcome(dir.path.string()) == "it is a directory");
  // no writer ever opens this FIFO: reading it would wait forever
  REQUIRE(mkfifo((dir / "fifo.toml").c_str(), 0600) == 0);
  CHECK(outcome(dir / "fifo.toml") == "it is a FIFO, not a regular file");
  CHECK(outcome("/dev/null") == "it is a character device, not a regular file");
  CHECK(outcome(dir / "missing.toml") == "No such file or directory");
  const gait::InputError e = [&] {
    try {
      gait::read_input_file(dir / "fifo.toml");
    } catch (const gait::InputError& error) {
      return error;
    }
    return gait::InputError("", 0, "", "no error");
  }();
  CHECK(std::string(e.what()) == dir / "fifo.toml" + ": cannot open file: it is a FIFO, not a regular file");
}

TEST_CASE("input files: more than the limit is refused and the limit itself is read", "[unit]") {
  Dir dir("size");
  std::ofstream(dir / "ten.toml", std::ios::binary) << std::string(10, '#');
  CHECK(outcome(dir / "ten.toml", 10) == "read: ##########");
  CHECK(outcome(dir / "ten.toml", 9) == "it is 10 bytes, more than the 9 an input file may have");
  // the real limit, 1 MiB, against a 10 MB file
  std::ofstream(dir / "big.toml", std::ios::binary) << std::string(10'000'000, '#');
  CHECK(outcome(dir / "big.toml") == "it is 10000000 bytes, more than the 1048576 an input file may have");
}

TEST_CASE("input files: a file its user may not read is refused with the reason", "[unit]") {
  Dir dir("unreadable");
  std::ofstream(dir / "s.toml") << "name = \"x\"\n";
  REQUIRE(chmod((dir / "s.toml").c_str(), 0) == 0);
  // as root (CI's containers) the mode does not stop reading: the read is tried as nobody instead
  const std::string result = geteuid() == 0 ? outcome_as_nobody(dir / "s.toml") : outcome(dir / "s.toml");
  CHECK(result == "Permission denied");
}
