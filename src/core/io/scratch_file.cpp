// Unnamed temporary files and the write / read loops every file writer here shares.
#include "io/scratch_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

#include "interrupt.h"

namespace gait {
namespace {

std::string temp_dir() {
  const char* dir = std::getenv("TMPDIR");
  return dir && *dir ? std::string(dir) : std::string("/tmp");
}

}  // namespace

int open_unnamed_file() {
  const std::string dir = temp_dir();
#ifdef O_TMPFILE
  // an inode with no name from the start (Linux 3.11, ext4, xfs, btrfs, tmpfs)
  const int fd = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd >= 0) return fd;
#endif
  // elsewhere: a name for an instant
  std::string name = dir + "/gaitsim-scratch-XXXXXX";
  const int named = ::mkostemp(name.data(), O_CLOEXEC);
  if (named < 0)
    throw std::runtime_error("cannot create a temporary file in " + dir + ": " + std::strerror(errno));
  ::unlink(name.c_str());
  return named;
}

int write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno != EINTR) return errno;
      throw_if_stop_requested();
      continue;
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return 0;
}

int pwrite_all(int fd, std::string_view data, std::uint64_t offset) {
  while (!data.empty()) {
    const ssize_t n = ::pwrite(fd, data.data(), data.size(), static_cast<off_t>(offset));
    if (n < 0) {
      if (errno != EINTR) return errno;
      throw_if_stop_requested();
      continue;
    }
    data.remove_prefix(static_cast<std::size_t>(n));
    offset += static_cast<std::uint64_t>(n);
  }
  return 0;
}

std::size_t pread_some(int fd, char* out, std::size_t n, std::uint64_t offset) {
  std::size_t done = 0;
  while (done < n) {
    const ssize_t r = ::pread(fd, out + done, n - done, static_cast<off_t>(offset + done));
    if (r < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error(std::string("cannot read a temporary file: ") + std::strerror(errno));
    }
    if (r == 0) break;
    done += static_cast<std::size_t>(r);
  }
  return done;
}

ScratchFile::ScratchFile() : fd_(open_unnamed_file()) {}

ScratchFile::~ScratchFile() {
  if (fd_ >= 0) ::close(fd_);
}

std::uint64_t ScratchFile::append(const void* data, std::size_t n) {
  const std::uint64_t at = size_;
  if (const int err = pwrite_all(fd_, std::string_view(static_cast<const char*>(data), n), at); err != 0)
    throw std::runtime_error(std::string("cannot write a temporary file: ") + std::strerror(err));
  size_ += n;
  return at;
}

void ScratchFile::read(std::uint64_t offset, void* out, std::size_t n) const {
  if (pread_some(fd_, static_cast<char*>(out), n, offset) != n)
    throw std::runtime_error("a temporary file is shorter than what was written to it");
}

}  // namespace gait
