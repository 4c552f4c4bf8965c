// Atomic output files: write path.tmp, flush, close, rename; remove path.tmp on any failure.
#include "io/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "input_error.h"

namespace gait {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& tmp, int error) {
  std::remove(tmp.c_str());
  throw InputError(path, 0, "", std::string("cannot write file: ") + std::strerror(error));
}

}  // namespace

void write_file_atomically(const std::string& path, const std::string& content) {
  const std::string tmp = path + ".tmp";
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) throw InputError(path, 0, "", std::string("cannot write file: ") + std::strerror(errno));
  const bool written = std::fwrite(content.data(), 1, content.size(), f) == content.size();
  int error = written ? 0 : errno;
  if (std::fflush(f) != 0 && error == 0) error = errno;
  if (std::fclose(f) != 0 && error == 0) error = errno;
  if (!written && error == 0) error = EIO;
  if (error != 0) fail(path, tmp, error);
  if (std::rename(tmp.c_str(), path.c_str()) != 0) fail(path, tmp, errno);
}

void check_writable(const std::string& path) {
  const std::string tmp = path + ".tmp";
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) throw InputError(path, 0, "", std::string("cannot write file: ") + std::strerror(errno));
  std::fclose(f);
  std::remove(tmp.c_str());
}

}  // namespace gait
