// Input files: opened without blocking, their kind and size checked, then read.
#include "io/input_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "input_error.h"

namespace gait {
namespace {

/// Why a file that is not a regular one is refused.
const char* kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "it is a directory";
  if (S_ISFIFO(mode)) return "it is a FIFO, not a regular file";
  if (S_ISSOCK(mode)) return "it is a socket, not a regular file";
  if (S_ISCHR(mode)) return "it is a character device, not a regular file";
  if (S_ISBLK(mode)) return "it is a block device, not a regular file";
  return "it is not a regular file";
}

/// Closes a descriptor when the read ends, however it ends.
struct Descriptor {
  int fd;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

std::optional<std::string> try_read_input_file(const std::string& path, std::string& reason,
                                               std::size_t max_bytes) {
  // O_NONBLOCK: opening a FIFO that has no writer would otherwise wait for one forever
  const Descriptor in{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)};
  if (in.fd < 0) {
    reason = errno == EISDIR ? "it is a directory" : std::strerror(errno);
    return std::nullopt;
  }
  struct stat st {};
  if (::fstat(in.fd, &st) != 0) {
    reason = std::strerror(errno);
    return std::nullopt;
  }
  if (!S_ISREG(st.st_mode)) {
    reason = kind_of(st.st_mode);
    return std::nullopt;
  }
  const auto size = static_cast<std::size_t>(st.st_size);
  if (size > max_bytes) {
    reason = "it is " + std::to_string(size) + " bytes, more than the " + std::to_string(max_bytes) +
             " an input file may have";
    return std::nullopt;
  }
  // the size as checked is all that is read, even from a file that grows meanwhile
  std::string text(size, '\0');
  std::size_t got = 0;
  while (got < size) {
    const ssize_t n = ::read(in.fd, text.data() + got, size - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      reason = std::strerror(errno);
      return std::nullopt;
    }
    if (n == 0) break;  // shrank meanwhile
    got += static_cast<std::size_t>(n);
  }
  text.resize(got);
  return text;
}

std::string read_input_file(const std::string& path, std::size_t max_bytes) {
  std::string reason;
  std::optional<std::string> text = try_read_input_file(path, reason, max_bytes);
  if (!text) throw InputError(path, 0, "", "cannot open file: " + reason);
  return std::move(*text);
}

}  // namespace gait
