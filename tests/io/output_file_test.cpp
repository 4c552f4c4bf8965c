// OutputFiles: outputs complete or untouched, never replacing an input, a device or a FIFO, never
// leaving a temporary behind, and restoring earlier targets when a later one fails.
#include "io/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "input_error.h"
#include "io/atomic_file.h"
#include "io/scratch_file.h"

namespace gait {
namespace {

namespace fs = std::filesystem;

struct Dir {
  fs::path path;
  explicit Dir(const std::string& name)
      : path(fs::temp_directory_path() / ("gaitsim_out_" + name + "_" + std::to_string(getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~Dir() { fs::remove_all(path); }
  std::string operator/(const std::string& file) const { return (path / file).string(); }
};

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void put(const fs::path& p, const std::string& text) {
  std::ofstream(p, std::ios::binary) << text;
}

/// Names in `dir` that are temporaries of this program.
std::vector<std::string> temporaries(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().filename().string().find(kTempMarker) != std::string::npos)
      names.push_back(e.path().filename());
  return names;
}

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("output files: written whole, committed together, no temporary left", "[unit]") {
  Dir dir("basic");
  put(dir / "old.json", "old\n");
  {
    OutputFiles out;
    OutputFile& a = out.add("--json", dir / "old.json");
    OutputFile& b = out.add("--csv", dir / "new.csv");
    a.write("new json\n");
    b.write(std::string(200000, 'x'));  // past the buffer
    CHECK(temporaries(dir.path).size() == 2);
    CHECK(read(dir / "old.json") == "old\n");  // nothing changes before the commit
    CHECK_FALSE(fs::exists(dir / "new.csv"));
    out.commit();
  }
  CHECK(read(dir / "old.json") == "new json\n");
  CHECK(read(dir / "new.csv") == std::string(200000, 'x'));
  CHECK(temporaries(dir.path).empty());
}

TEST_CASE("output files: destroyed without commit, the targets are as they were", "[unit]") {
  Dir dir("abandon");
  put(dir / "old.json", "old\n");
  {
    OutputFiles out;
    out.add("--json", dir / "old.json").write("new\n");
    out.add("--csv", dir / "new.csv").write("new\n");
  }
  CHECK(read(dir / "old.json") == "old\n");
  CHECK_FALSE(fs::exists(dir / "new.csv"));
  CHECK(temporaries(dir.path).empty());
}

TEST_CASE("output files: a user's own FILE.tmp is never touched", "[unit]") {
  Dir dir("user_tmp");
  put(dir / "keep.json.tmp", "mine\n");
  write_file_atomically(dir / "keep.json", "{}\n");
  CHECK(read(dir / "keep.json.tmp") == "mine\n");
  CHECK(read(dir / "keep.json") == "{}\n");
}

TEST_CASE("output files: an input, another output or a directory is refused, compared as files", "[unit]") {
  Dir dir("refuse");
  put(dir / "s.toml", "name = \"x\"\n");
  fs::create_directories(dir.path / "sub");
  fs::create_hard_link(dir.path / "s.toml", dir.path / "hard.toml");
  fs::create_symlink(dir.path / "s.toml", dir.path / "link.toml");
  const std::string input = dir / "s.toml";
  const auto with_input = [&](const std::string& path) {
    return error_of([&] {
      OutputFiles out;
      out.add_input(input, "the scenario file");
      out.add("--json", path);
    });
  };
  CHECK(with_input(input) == input + ": --json names the scenario file, which this command reads");
  CHECK_THAT(with_input(dir / "hard.toml"), Catch::Contains("names the scenario file"));
  CHECK_THAT(with_input(dir / "link.toml"), Catch::Contains("names the scenario file"));
  CHECK_THAT(with_input(dir.path.string() + "/sub/../s.toml"), Catch::Contains("names the scenario file"));
  CHECK(with_input(dir / "sub") == (dir / "sub") + ": --json names a directory, not a file");
  CHECK(read(input) == "name = \"x\"\n");

  // two outputs, one new file under two spellings
  const std::string err = error_of([&] {
    OutputFiles out;
    out.add("--json", dir / "same.out");
    out.add("--csv", dir.path.string() + "/./same.out");
  });
  CHECK(err == dir.path.string() + "/./same.out: --csv names the same file as --json");
  CHECK(temporaries(dir.path).empty());

  // missing directory, unwritable path
  CHECK(error_of([&] { write_file_atomically(dir / "no/out.json", "x"); }) ==
        (dir / "no/out.json") + ": cannot write file: No such file or directory");
  CHECK(error_of([&] { write_file_atomically(dir / "sub/", "x"); }) ==
        (dir / "sub/") + ": the output names a directory, not a file");
}

TEST_CASE("output files: a symbolic link is written through, and kept", "[unit]") {
  Dir dir("symlink");
  put(dir / "target.json", "old\n");
  fs::create_symlink("target.json", dir.path / "link.json");
  fs::create_symlink("created.json", dir.path / "dangling.json");
  write_file_atomically(dir / "link.json", "new\n");
  write_file_atomically(dir / "dangling.json", "made\n");
  CHECK(fs::is_symlink(dir.path / "link.json"));
  CHECK(read(dir / "target.json") == "new\n");
  CHECK(fs::is_symlink(dir.path / "dangling.json"));
  CHECK(read(dir / "created.json") == "made\n");
}

TEST_CASE("output files: /dev/null stays a device, a FIFO is written into, not replaced", "[unit]") {
  write_file_atomically("/dev/null", "discarded\n");
  struct stat st {};
  REQUIRE(::stat("/dev/null", &st) == 0);
  CHECK(S_ISCHR(st.st_mode));

  Dir dir("fifo");
  const std::string fifo = dir / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string received;
  std::thread reader([&] { received = read(fifo); });
  {
    OutputFiles out;
    out.add("--json", dir / "a.json").write("file\n");
    out.add("--csv", fifo).write("through the pipe\n");
    out.commit();
  }
  reader.join();
  CHECK(received == "through the pipe\n");
  REQUIRE(::stat(fifo.c_str(), &st) == 0);
  CHECK(S_ISFIFO(st.st_mode));
  CHECK(read(dir / "a.json") == "file\n");
}

TEST_CASE("output files: a later output failing leaves the earlier targets as they were", "[unit]") {
  Dir dir("later_fails");
  put(dir / "a.json", "old a\n");
  SECTION("a device that fails (/dev/full) is written first, before any rename") {
    OutputFiles out;
    out.add("--json", dir / "a.json").write("new a\n");
    out.add("--csv", "/dev/full").write("x\n");
    CHECK_THAT(error_of([&] { out.commit(); }),
               Catch::Contains("/dev/full: cannot write file: No space left"));
  }
  SECTION("a rename that fails restores the files renamed before it") {
    put(dir / "b.json", "old b\n");
    OutputFiles out;
    out.add("--json", dir / "a.json").write("new a\n");
    out.add("--json2", dir / "b.json").write("new b\n");
    out.add("--csv", dir / "c.csv").write("new c\n");
    fs::create_directories(dir.path / "c.csv");  // appears after the check: its rename fails
    CHECK_THAT(error_of([&] { out.commit(); }), Catch::Contains("c.csv: cannot write file:"));
    CHECK(read(dir / "b.json") == "old b\n");
  }
  CHECK(read(dir / "a.json") == "old a\n");
  CHECK(temporaries(dir.path).empty());
}

TEST_CASE("output files: new files get 0666 less the umask, replaced ones keep their mode", "[unit]") {
  Dir dir("mode");
  put(dir / "exec.sh", "old\n");
  fs::permissions(dir.path / "exec.sh", fs::perms(0750));
  write_file_atomically(dir / "exec.sh", "new\n");
  write_file_atomically(dir / "new.txt", "new\n");
  const mode_t mask = ::umask(022);
  ::umask(mask);
  struct stat st {};
  REQUIRE(::stat((dir / "exec.sh").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0750);
  REQUIRE(::stat((dir / "new.txt").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == (0666 & ~mask));
}

TEST_CASE("output files: temporaries of processes that are gone are removed, live ones kept", "[unit]") {
  Dir dir("stale");
  // a process id that is certainly gone: a child that has exited and been reaped
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);
  const std::string dead = ".out.json" + std::string(kTempMarker) + std::to_string(child) + "-abc123";
  const std::string live = ".out.json" + std::string(kTempMarker) + std::to_string(::getppid()) + "-abc123";
  const std::string other = ".out.json.gaitsim-tmp-notapid";
  for (const std::string& name : {dead, live, other}) put(dir.path / name, "x");
  CHECK(remove_stale_temporaries(dir.path.string()) == 1);
  CHECK_FALSE(fs::exists(dir.path / dead));
  CHECK(fs::exists(dir.path / live));
  CHECK(fs::exists(dir.path / other));
}

TEST_CASE("scratch files have no name and read back what was appended", "[unit]") {
  ScratchFile f;
  const double a[3] = {1.5, -2.25, 3e300};
  CHECK(f.append(a, sizeof a) == 0);
  CHECK(f.append(a, sizeof a) == sizeof a);
  double b[3] = {};
  f.read(sizeof a, b, sizeof b);
  CHECK(b[2] == 3e300);
  CHECK_THROWS(f.read(2 * sizeof a, b, sizeof b));
}

}  // namespace gait
