// The gaitsim binary's outputs (README "How output files are written"): never an input, another
// output or a directory; devices and FIFOs written into, not replaced; no temporary left by a run,
// a killed run or an interrupted one; earlier outputs untouched when a later one fails; Ctrl-C and
// SIGTERM stop long work with the conventional exit code; memory bounded in long runs.
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "gaitsim_process.h"

namespace gait::test {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

const std::string kNormal = std::string(GAITSIM_SCENARIO_DIR) + "/normal.toml";
const std::string kMarker = ".gaitsim-tmp-";

/// Names in `dir` that are temporaries of gaitsim.
std::vector<std::string> temporaries(const TempDir& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir.path))
    if (e.path().filename().string().find(kMarker) != std::string::npos) names.push_back(e.path().filename());
  return names;
}

/// A gaitsim process started in `dir` with `args` (no shell), stdout and stderr to files there.
struct Child {
  pid_t pid = -1;
  const TempDir* dir = nullptr;
  std::string tag;
};

Child start_gaitsim(const std::vector<std::string>& args, const TempDir& dir,
                    const std::string& tag = "child") {
  Child c{-1, &dir, tag};
  const std::string out = (dir.path / (tag + "_stdout.txt")).string();
  const std::string err = (dir.path / (tag + "_stderr.txt")).string();
  c.pid = ::fork();
  if (c.pid == 0) {
    if (::chdir(dir.path.c_str()) != 0) ::_exit(126);
    const int o = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int e = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(o, 1);
    ::dup2(e, 2);
    std::vector<char*> argv{const_cast<char*>(GAITSIM_EXE)};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(GAITSIM_EXE, argv.data());
    ::_exit(127);
  }
  REQUIRE(c.pid > 0);
  return c;
}

struct Finished {
  int exit_code = -1;  ///< -1 when ended by a signal
  int signal = 0;
  long max_rss_kB = 0;
  std::vector<std::string> err_lines;
};

Finished wait_for(const Child& c) {
  int status = 0;
  rusage usage{};
  REQUIRE(::wait4(c.pid, &status, 0, &usage) == c.pid);
  Finished f;
  if (WIFEXITED(status)) f.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) f.signal = WTERMSIG(status);
  f.max_rss_kB = usage.ru_maxrss;
  std::istringstream err(read_file(c.dir->path / (c.tag + "_stderr.txt")));
  for (std::string line; std::getline(err, line);) f.err_lines.push_back(line);
  fs::remove(c.dir->path / (c.tag + "_stdout.txt"));
  fs::remove(c.dir->path / (c.tag + "_stderr.txt"));
  return f;
}

/// Waits (at most 60 s) until a temporary of gaitsim appears in `dir`: the work has started.
bool wait_for_temporary(const TempDir& dir) {
  const auto until = Clock::now() + std::chrono::seconds(60);
  while (Clock::now() < until) {
    if (!temporaries(dir).empty()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return false;
}

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

}  // namespace

TEST_CASE("an output naming an input is refused, the input unchanged", "[cli]") {
  TempDir dir("out_input");
  const std::string scenario = read_file(kNormal);
  dir.write("s.toml", scenario);
  const std::vector<std::string> cases = {
      "run s.toml --duration 1 --json s.toml",
      "run s.toml --duration 1 --csv s.toml",
      "run s.toml --duration 1 --cycles ./s.toml",
      "run s.toml --duration 1 --json out.json --csv ../" + dir.path.filename().string() + "/s.toml",
      "sweep s.toml --vary left.gluteus_medius=1:0.5:0.5 --duration 1 --csv s.toml",
      "sweep s.toml --vary left.gluteus_medius=1:0.5:0.5 --duration 1 --json s.toml",
      "muscles --scenario s.toml --json s.toml",
  };
  for (const std::string& args : cases) {
    INFO("gaitsim " << args);
    const Outcome o = run_gaitsim(args, dir);
    check_one_line_error(o, "*");
    REQUIRE(o.err_lines.size() == 1);
    CHECK_THAT(o.err_lines[0], Catch::Contains("names the scenario file, which this command reads"));
    CHECK(read_file(dir.path / "s.toml") == scenario);
    CHECK_FALSE(dir.has("out.json"));
    CHECK(temporaries(dir).empty());
  }
#ifdef GAITSIM_HAS_RECORD
  dir.write("scene.png", scenario);  // a scenario may have any name
  const Outcome o = run_gaitsim("record scene.png --duration 1 -o scene.png", dir);
  check_one_line_error(o, "scene.png: -o names the scenario file, which this command reads");
  CHECK(read_file(dir.path / "scene.png") == scenario);
#endif
}

TEST_CASE("two outputs naming one file are refused, compared as files", "[cli]") {
  TempDir dir("out_same");
  check_one_line_error(run_gaitsim("run " + kNormal + " --duration 1 --json same.out --csv ./same.out", dir),
                       "./same.out: --csv names the same file as --json");
  fs::create_directories(dir.path / "sub");
  check_one_line_error(
      run_gaitsim("run " + kNormal + " --duration 1 --json sub/../x.json --cycles x.json", dir),
      "x.json: --cycles names the same file as --json");
  CHECK(fs::is_empty(dir.path / "sub"));
  CHECK_FALSE(dir.has("same.out"));
  CHECK(temporaries(dir).empty());
}

TEST_CASE("an option given as an output's file is refused, and ./ names such a file", "[cli]") {
  // the option parser takes the word after --json as its file even when it is another option
  TempDir dir("out_option");
  check_one_line_error(run_gaitsim("run " + kNormal + " --duration 1 --json --quiet", dir),
                       "--quiet: --json expects a file name, not an option (write ./--quiet for a file of that name)");
  CHECK_FALSE(dir.has("--quiet"));
  CHECK(temporaries(dir).empty());
  check_one_line_error(run_gaitsim("sweep " + kNormal + " --vary left.gluteus_medius=1:0:0.5 --duration 1 --csv -o", dir),
                       "-o: --csv expects a file name, not an option (write ./-o for a file of that name)");
  CHECK_FALSE(dir.has("-o"));
  const Outcome named = run_gaitsim("run " + kNormal + " --duration 1 --json ./--quiet", dir);
  CHECK(named.exit_code == 0);
  CHECK(dir.has("--quiet"));
}

TEST_CASE("a directory as output is refused before the work starts", "[cli]") {
  TempDir dir("out_dir");
  fs::create_directories(dir.path / "outdir");
  fs::create_directories(dir.path / "clip.mp4");
  struct Case {
    std::string args, error;
  };
  // each would take minutes if it started
  const std::vector<Case> cases = {
      {"run " + kNormal + " --duration 3600 --json outdir", "outdir: --json names a directory, not a file"},
      {"run " + kNormal + " --duration 3600 --json a.json --csv outdir/",
       "outdir/: --csv names a directory, not a file"},
      {"sweep " + kNormal + " --vary left.gluteus_medius=1:0:0.1 --duration 3600 --csv outdir",
       "outdir: --csv names a directory, not a file"},
#ifdef GAITSIM_HAS_RECORD
      {"record " + kNormal + " --duration 3600 -o clip.mp4", "clip.mp4: -o names a directory, not a file"},
#endif
  };
  for (const Case& c : cases) {
    INFO("gaitsim " << c.args);
    const auto t0 = Clock::now();
    check_one_line_error(run_gaitsim(c.args, dir), c.error);
    CHECK(seconds_since(t0) < 10);
    CHECK_FALSE(dir.has("a.json"));
    CHECK(temporaries(dir).empty());
  }
}

TEST_CASE("/dev/null stays a character device, and a FIFO output is written into, not replaced", "[cli]") {
  TempDir dir("out_devices");
  const Outcome null = run_gaitsim("run " + kNormal + " --duration 1 --json /dev/null --csv /dev/null", dir);
  CHECK(null.exit_code == 0);
  CHECK(null.err_lines.empty());
  struct stat st {};
  REQUIRE(::stat("/dev/null", &st) == 0);
  CHECK(S_ISCHR(st.st_mode));

  const std::string fifo = (dir.path / "summary.pipe").string();
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string received;
  std::thread reader([&] { received = read_file(fifo); });
  const Outcome o = run_gaitsim("run " + kNormal + " --duration 1 --json summary.pipe --csv out.csv", dir);
  reader.join();
  CHECK(o.exit_code == 0);
  CHECK(nlohmann::json::parse(received).at("inputs").at("duration_s") == 1.0);
  REQUIRE(::stat(fifo.c_str(), &st) == 0);
  CHECK(S_ISFIFO(st.st_mode));
  CHECK(dir.has("out.csv"));
}

TEST_CASE("a user's own keep.json.tmp is left alone", "[cli]") {
  TempDir dir("out_user_tmp");
  dir.write("keep.json.tmp", "mine\n");
  CHECK(run_gaitsim("run " + kNormal + " --duration 1 --json keep.json", dir).exit_code == 0);
  CHECK(read_file(dir.path / "keep.json.tmp") == "mine\n");
  CHECK(nlohmann::json::parse(read_file(dir.path / "keep.json")).is_object());
  CHECK(temporaries(dir).empty());
}

TEST_CASE("two runs writing one path at once both succeed and leave one intact file", "[cli]") {
  TempDir dir("out_race");
  const std::vector<std::string> args = {"run",    kNormal,    "--duration", "2",
                                         "--json", "out.json", "--csv",      "out.csv"};
  CHECK(run_gaitsim("run " + kNormal + " --duration 2 --json alone.json --csv alone.csv", dir).exit_code ==
        0);
  for (int round = 0; round < 3; ++round) {
    const Child a = start_gaitsim(args, dir, "a");
    const Child b = start_gaitsim(args, dir, "b");
    CHECK(wait_for(a).exit_code == 0);
    CHECK(wait_for(b).exit_code == 0);
    CHECK(read_file(dir.path / "out.json") == read_file(dir.path / "alone.json"));
    CHECK(read_file(dir.path / "out.csv") == read_file(dir.path / "alone.csv"));
    CHECK(temporaries(dir).empty());
  }
}

TEST_CASE("a run killed with SIGKILL leaves a temporary that the next run removes", "[cli]") {
  TempDir dir("out_sigkill");
  const Child c = start_gaitsim({"run", kNormal, "--duration", "600", "--csv", "out.csv"}, dir);
  REQUIRE(wait_for_temporary(dir));
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  ::kill(c.pid, SIGKILL);
  CHECK(wait_for(c).signal == SIGKILL);
  CHECK(temporaries(dir).size() == 1);  // nothing can remove it in the killed process
  CHECK_FALSE(dir.has("out.csv"));
  CHECK(run_gaitsim("run " + kNormal + " --duration 1 --csv out.csv", dir).exit_code == 0);
  CHECK(temporaries(dir).empty());
  CHECK(dir.has("out.csv"));
}

TEST_CASE("a later output failing leaves the earlier targets as they were", "[cli]") {
  TempDir dir("out_later_fails");
  dir.write("a.json", "old\n");
  const Outcome o = run_gaitsim("run " + kNormal + " --duration 1 --json a.json --csv /dev/full", dir);
  check_one_line_error(o, "/dev/full: cannot write file: No space left on device");
  CHECK(read_file(dir.path / "a.json") == "old\n");
  CHECK(temporaries(dir).empty());
}

TEST_CASE("Ctrl-C and SIGTERM stop run, sweep and record: the message, 130 or 143, no file", "[cli]") {
  struct Case {
    std::vector<std::string> args;
    std::string output;
  };
  std::vector<Case> cases = {
      {{"run", kNormal, "--duration", "600", "--json", "out.json", "--csv", "out.csv"}, "out.csv"},
      {{"sweep", kNormal, "--vary", "left.gluteus_medius=1:0:0.5", "--duration", "600", "--csv", "out.csv"},
       "out.csv"},
#ifdef GAITSIM_HAS_RECORD
      {{"record", kNormal, "--duration", "600", "--at", "600", "-o", "out.png"}, "out.png"},
      {{"record", kNormal, "--duration", "600", "--size", "320x180", "-o", "out.mp4"}, "out.mp4"},
#endif
  };
  for (const Case& c : cases) {
    for (const int sig : {SIGINT, SIGTERM}) {
      INFO(c.args[0] << " " << c.output << ", signal " << sig);
      TempDir dir("out_signal");
      const Child child = start_gaitsim(c.args, dir);
      REQUIRE(wait_for_temporary(dir));
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
      const auto t0 = Clock::now();
      ::kill(child.pid, sig);
      const Finished f = wait_for(child);
      CHECK(seconds_since(t0) < 10);
      CHECK(f.exit_code == 128 + sig);
      REQUIRE_FALSE(f.err_lines.empty());
      CHECK(f.err_lines.back() == "gaitsim: interrupted; no file written");
      CHECK_FALSE(dir.has(c.output));
      CHECK(temporaries(dir).empty());
    }
  }
}

#ifdef GAITSIM_HAS_RECORD
TEST_CASE("a GIF above 100 fps is refused before rendering, and 100 fps is written", "[cli][record]") {
  TempDir dir("out_gif_fps");
  for (const char* fps : {"101", "110", "120"}) {
    INFO("--fps " << fps);
    const auto t0 = Clock::now();
    const Outcome o = run_gaitsim("record " + kNormal + " --duration 60 -o clip.gif --fps " + fps, dir);
    check_one_line_error(
        o, std::string("--fps: ") + fps +
               ": a GIF's frame delays are whole hundredths of a second, so a GIF takes 1..100 fps");
    CHECK(seconds_since(t0) < 10);
    CHECK_FALSE(dir.has("clip.gif"));
  }
  const Outcome ok =
      run_gaitsim("record " + kNormal + " --duration 1 --size 64x36 --fps 100 --quiet -o clip.gif", dir);
  CHECK(ok.exit_code == 0);
  CHECK(dir.has("clip.gif"));
}
#endif

TEST_CASE("peak memory of a long run does not grow with its duration", "[cli]") {
  // before streaming: 53 MB at 60 s, 181 MB at 600 s, 1003 MB at 3600 s (README, "How output files
  // are written"); now about 43 MB at both
  TempDir dir("out_memory");
  long rss_kB[2] = {0, 0};
  const char* durations[2] = {"60", "600"};
  for (int i = 0; i < 2; ++i) {
    const Child c = start_gaitsim({"run", kNormal, "--duration", durations[i], "--csv", "a.csv", "--cycles",
                                   "c.csv", "--json", "s.json"},
                                  dir);
    const Finished f = wait_for(c);
    CHECK(f.exit_code == 0);
    rss_kB[i] = f.max_rss_kB;
  }
  INFO("peak RSS " << rss_kB[0] << " kB at 60 s, " << rss_kB[1] << " kB at 600 s");
  CHECK(rss_kB[1] < rss_kB[0] + 8 * 1024);
}

}  // namespace gait::test
