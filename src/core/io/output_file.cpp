// OutputFiles: checking output paths, temporaries beside their targets, and the commit.
#include "io/output_file.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <mutex>
#include <random>
#include <set>

#include "input_error.h"
#include "interrupt.h"
#include "io/scratch_file.h"

namespace gait {
namespace {

constexpr std::size_t kBufferBytes = 1 << 16;
/// Longest target name kept in a temporary's name (NAME_MAX is 255 on Linux file systems).
constexpr std::size_t kMaxNameInTemp = 200;

std::string who(const std::string& flag) {
  return flag.empty() ? std::string("the output") : flag;
}

[[noreturn]] void cannot_write(const std::string& path, int error) {
  throw InputError(path, 0, "", std::string("cannot write file: ") + std::strerror(error));
}

std::string dir_name(const std::string& path) {
  const auto slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string base_name(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

/// realpath(3) as a string; empty with errno set on failure.
std::string real_path(const std::string& path) {
  char buf[PATH_MAX];
  if (!::realpath(path.c_str(), buf)) return {};
  return buf;
}

/// The descriptor a name for an inherited one stands for (/dev/stdout, /dev/fd/2, ...), or -1.
int inherited_descriptor(const std::string& path) {
  if (path == "/dev/stdout") return 1;
  if (path == "/dev/stderr") return 2;
  if (path == "/dev/stdin") return 0;
  for (const std::string_view prefix : {std::string_view("/dev/fd/"), std::string_view("/proc/self/fd/")}) {
    if (path.size() <= prefix.size() || path.compare(0, prefix.size(), prefix) != 0) continue;
    int fd = 0;
    for (std::size_t i = prefix.size(); i < path.size(); ++i) {
      if (path[i] < '0' || path[i] > '9' || fd > 100000) return -1;
      fd = fd * 10 + (path[i] - '0');
    }
    return fd;
  }
  return -1;
}

/// The permissions a new file gets from open(2): 0666 less the umask. The umask is read from
/// /proc/self/status (Linux 4.7), since umask(2) can only read it by changing it, which would race
/// with other threads creating files.
mode_t new_file_mode() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("Umask:", 0) == 0)
      return static_cast<mode_t>(0666 & ~std::strtoul(line.c_str() + 6, nullptr, 8));
  }
  return 0644;
}

/// Follows the symbolic links of a path that does not exist (a dangling link names the file to
/// create); returns the path the new file would have. Throws InputError on a loop.
std::string follow_dangling_links(const std::string& path) {
  std::string p = path;
  for (int hops = 0; hops < 40; ++hops) {
    struct stat st {};
    if (::lstat(p.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return p;
    char buf[PATH_MAX];
    const ssize_t n = ::readlink(p.c_str(), buf, sizeof buf - 1);
    if (n < 0) return p;
    const std::string target(buf, static_cast<std::size_t>(n));
    p = !target.empty() && target[0] == '/' ? target : dir_name(p) + "/" + target;
  }
  cannot_write(path, ELOOP);
}

/// Unique name for a temporary beside `final_path`: ".NAME.gaitsim-tmp-PID-XXXXXX".
std::string temp_template(const std::string& final_path) {
  std::string name = base_name(final_path).substr(0, kMaxNameInTemp);
  return dir_name(final_path) + "/." + name + std::string(kTempMarker) + std::to_string(::getpid()) +
         "-XXXXXX";
}

/// The process id in a temporary's name ".NAME.gaitsim-tmp-PID-XXXXXX", or -1.
long temp_owner(const std::string& name) {
  if (name.empty() || name[0] != '.') return -1;
  const auto at = name.rfind(kTempMarker);
  if (at == std::string::npos) return -1;
  const std::string rest = name.substr(at + kTempMarker.size());
  const auto dash = rest.find('-');
  if (dash == std::string::npos || dash == 0 || dash > 10 || rest.size() != dash + 7) return -1;
  long pid = 0;
  for (std::size_t i = 0; i < dash; ++i) {
    if (rest[i] < '0' || rest[i] > '9') return -1;
    pid = pid * 10 + (rest[i] - '0');
  }
  return pid;
}

/// Each directory is swept once per process.
void sweep_directory_once(const std::string& dir) {
  static std::mutex mutex;
  static std::set<std::string> swept;
  {
    const std::lock_guard lock(mutex);
    if (!swept.insert(dir).second) return;
  }
  remove_stale_temporaries(dir);
}

/// A hard link to `path` under a fresh temporary name, or "" when none can be made.
std::string link_backup(const std::string& path) {
  static std::mutex mutex;
  static std::mt19937_64 rng{std::random_device{}()};
  std::string name = temp_template(path);
  for (int attempt = 0; attempt < 20; ++attempt) {
    {
      const std::lock_guard lock(mutex);
      static constexpr char kChars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
      for (std::size_t i = name.size() - 6; i < name.size(); ++i)
        name[i] = kChars[rng() % (sizeof kChars - 1)];
    }
    if (::link(path.c_str(), name.c_str()) == 0) return name;
    if (errno != EEXIST) return {};
  }
  return {};
}

}  // namespace

bool FileIdentity::same_file(const FileIdentity& o) const {
  if (exists != o.exists) return false;
  return exists ? device == o.device && inode == o.inode : canonical_path == o.canonical_path;
}

int remove_stale_temporaries(const std::string& dir) {
  DIR* d = ::opendir(dir.c_str());
  if (!d) return 0;
  int removed = 0;
  const long self = ::getpid();
  while (const dirent* e = ::readdir(d)) {
    const std::string name = e->d_name;
    const long pid = temp_owner(name);
    if (pid <= 0 || pid == self || pid > INT_MAX) continue;
    // a live process (or one of another user: EPERM) keeps its temporaries
    if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;
    const std::string path = dir + "/" + name;
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid()) continue;
    if (::unlink(path.c_str()) == 0) ++removed;
  }
  ::closedir(d);
  return removed;
}

// ---- OutputFile

OutputFile::~OutputFile() {
  discard();
}

void OutputFile::fail(int error) const {
  cannot_write(path_, error);
}

void OutputFile::write(std::string_view text) {
  if (buffer_.size() + text.size() > kBufferBytes) {
    flush();
    if (text.size() >= kBufferBytes) {
      if (const int err = write_all(fd_, text); err != 0) fail(err);
      written_ += text.size();
      return;
    }
  }
  buffer_.append(text);
  written_ += text.size();
}

void OutputFile::flush() {
  if (buffer_.empty()) return;
  if (const int err = write_all(fd_, buffer_); err != 0) fail(err);
  buffer_.clear();
}

void OutputFile::overwrite(std::uint64_t offset, std::string_view bytes) {
  flush();
  if (const int err = pwrite_all(fd_, bytes, offset); err != 0) fail(err);
}

std::size_t OutputFile::read(std::uint64_t offset, char* out, std::size_t n) {
  flush();
  return pread_some(fd_, out, n, offset);
}

std::string OutputFile::staging_name() const {
  return temp_path_.empty() ? "/proc/self/fd/" + std::to_string(fd_) : temp_path_;
}

void OutputFile::discard() noexcept {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (!temp_path_.empty()) ::unlink(temp_path_.c_str());
  temp_path_.clear();
  buffer_.clear();
}

// ---- OutputFiles

OutputFiles::~OutputFiles() {
  if (!committed_) discard();
}

void OutputFiles::discard() noexcept {
  for (auto& o : outputs_) o->discard();
}

void OutputFiles::add_input(const std::string& path, const std::string& what) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return;
  Input in;
  in.id.exists = true;
  in.id.device = st.st_dev;
  in.id.inode = st.st_ino;
  in.id.is_character_device = S_ISCHR(st.st_mode);
  in.what = what;
  inputs_.push_back(in);
}

OutputFile& OutputFiles::add(const std::string& flag, const std::string& path) {
  std::unique_ptr<OutputFile> o(new OutputFile);
  o->flag_ = flag;
  o->path_ = path;
  const auto refuse = [&](const std::string& why) { throw InputError(path, 0, "", who(flag) + " " + why); };
  if (path.empty()) throw InputError(who(flag), 0, "", "empty file name");
  // "--json --quiet": the option parser hands the next word to the flag as its file; a file named
  // like an option is almost surely that slip (./--quiet still names such a file)
  if (path.size() > 1 && path[0] == '-' && (path[1] == '-' || std::isalpha(static_cast<unsigned char>(path[1]))))
    refuse("expects a file name, not an option (write ./" + path + " for a file of that name)");

  struct stat st {};
  bool existed = false;
  mode_t mode = 0;
  const int inherited = inherited_descriptor(path);
  if (inherited >= 0) {
    // the descriptor the shell set up: written to directly, wherever it leads (a pipe, a terminal,
    // a file opened by "> out" or ">> log")
    const int flags = ::fcntl(inherited, F_GETFL);
    if (flags < 0) cannot_write(path, EBADF);
    if ((flags & O_ACCMODE) == O_RDONLY) cannot_write(path, EBADF);
    if (::fstat(inherited, &st) != 0) cannot_write(path, errno);
    o->is_stream_ = true;
    o->inherited_fd_ = inherited;
    o->id_ = {true, st.st_dev, st.st_ino, "", S_ISCHR(st.st_mode)};
  } else if (::stat(path.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) refuse("names a directory, not a file");
    if (S_ISBLK(st.st_mode)) refuse("names a block device; outputs go to files, pipes or character devices");
    if (S_ISSOCK(st.st_mode)) refuse("names a socket; outputs go to files, pipes or character devices");
    if (::access(path.c_str(), W_OK) != 0) cannot_write(path, errno);
    o->id_ = {true, st.st_dev, st.st_ino, "", S_ISCHR(st.st_mode)};
    if (S_ISREG(st.st_mode)) {
      o->final_path_ = real_path(path);
      if (o->final_path_.empty()) cannot_write(path, errno);
      existed = true;
      mode = st.st_mode & 0777;
    } else {
      o->is_stream_ = true;  // a character device or a FIFO: never replaced
    }
  } else {
    const int error = errno;
    if (error != ENOENT) cannot_write(path, error);
    if (path.back() == '/') cannot_write(path, EISDIR);
    // a new file (or the missing target of a symbolic link): its directory must exist
    const std::string target = follow_dangling_links(path);
    const std::string dir = real_path(dir_name(target));
    if (dir.empty()) cannot_write(path, errno);
    o->final_path_ = (dir == "/" ? std::string() : dir) + "/" + base_name(target);
    o->id_.canonical_path = o->final_path_;
  }

  // an input, or another output?
  if (!o->id_.is_character_device) {
    for (const Input& in : inputs_)
      if (in.id.same_file(o->id_)) refuse("names " + in.what + ", which this command reads");
    for (const auto& other : outputs_)
      if (other->id_.same_file(o->id_)) refuse("names the same file as " + who(other->flag_));
  }

  if (o->is_stream_) {
    try {
      o->fd_ = open_unnamed_file();
    } catch (const std::exception& e) {
      throw InputError(path, 0, "", std::string("cannot stage the output: ") + e.what());
    }
  } else {
    const std::string dir = dir_name(o->final_path_);
    sweep_directory_once(dir);
    std::string name = temp_template(o->final_path_);
    o->fd_ = ::mkostemp(name.data(), O_CLOEXEC);
    if (o->fd_ < 0) cannot_write(path, errno);
    o->temp_path_ = name;
    // the permissions the target has, or that a new file would get
    if (::fchmod(o->fd_, existed ? mode : new_file_mode()) != 0) {
      const int err = errno;
      o->discard();
      cannot_write(path, err);
    }
  }
  outputs_.push_back(std::move(o));
  return *outputs_.back();
}

void OutputFiles::commit() {
  if (committed_) return;
  // every output complete on disk before any target changes
  for (auto& o : outputs_) {
    o->flush();
    if (!o->is_stream_ && ::fsync(o->fd_) != 0) o->fail(errno);
  }

  // devices and FIFOs first: they cannot be taken back, and a failure there leaves every file
  // target untouched
  for (auto& o : outputs_) {
    if (!o->is_stream_) continue;
    int out = o->inherited_fd_;
    if (out < 0) {
      // a FIFO blocks here until a reader opens it; Ctrl-C interrupts the wait (no SA_RESTART)
      while ((out = ::open(o->path_.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC)) < 0) {
        if (errno != EINTR) o->fail(errno);
        throw_if_stop_requested();
      }
    }
    int error = 0;
    char buf[kBufferBytes];
    for (std::uint64_t at = 0;;) {
      const std::size_t n = pread_some(o->fd_, buf, sizeof buf, at);
      if (n == 0) break;
      if ((error = write_all(out, std::string_view(buf, n))) != 0) break;
      at += n;
    }
    if (o->inherited_fd_ < 0 && ::close(out) != 0 && error == 0) error = errno;
    if (error != 0) o->fail(error);
  }

  // then the renames, each atomic; a later failure restores the earlier targets
  struct Renamed {
    OutputFile* output;
    std::string backup;  ///< hard link to the old content, "" when there was none
  };
  std::vector<Renamed> renamed;
  const auto restore = [&renamed] {
    for (auto it = renamed.rbegin(); it != renamed.rend(); ++it) {
      if (!it->backup.empty())
        ::rename(it->backup.c_str(), it->output->final_path_.c_str());
      else
        ::unlink(it->output->final_path_.c_str());
    }
  };
  for (auto& o : outputs_) {
    if (o->is_stream_) continue;
    if (::close(o->fd_) != 0) {
      const int err = errno;
      o->fd_ = -1;
      restore();
      o->fail(err);
    }
    o->fd_ = -1;
    struct stat st {};
    std::string backup;
    if (::lstat(o->final_path_.c_str(), &st) == 0 && S_ISREG(st.st_mode))
      backup = link_backup(o->final_path_);
    if (::rename(o->temp_path_.c_str(), o->final_path_.c_str()) != 0) {
      const int err = errno;
      if (!backup.empty()) ::unlink(backup.c_str());
      restore();
      o->fail(err);
    }
    o->temp_path_.clear();
    renamed.push_back({o.get(), backup});
  }
  for (const Renamed& r : renamed)
    if (!r.backup.empty()) ::unlink(r.backup.c_str());
  for (auto& o : outputs_) o->discard();  // the streams' staging files
  committed_ = true;
}

}  // namespace gait
