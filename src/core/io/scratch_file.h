// Unnamed temporary files: room on disk for data a run produces but need not keep in memory (the
// resampled curves of every gait cycle, an output bound for a pipe), gone when the process ends
// however it ends.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace gait {

/// Opens a new, empty, unnamed file for reading and writing in $TMPDIR (or /tmp): O_TMPFILE where
/// the file system supports it (Linux open(2)), else a mkstemp(3) file unlinked at once. The file
/// has no name, so nothing is left behind even when the process is killed. Returns the descriptor
/// (close-on-exec); throws std::runtime_error naming the directory when neither works.
int open_unnamed_file();

/// Writes all of `data` to `fd` at its current offset, retrying short writes and EINTR (after
/// throw_if_stop_requested()); returns 0 or the errno of the failure.
int write_all(int fd, std::string_view data);
/// The same at `offset`, leaving the descriptor's offset alone.
int pwrite_all(int fd, std::string_view data, std::uint64_t offset);
/// Reads up to `n` bytes at `offset`, retrying short reads; returns how many (fewer only at the end
/// of the file). Throws std::runtime_error on a read error.
std::size_t pread_some(int fd, char* out, std::size_t n, std::uint64_t offset);

/// An unnamed temporary file (open_unnamed_file) that data is appended to and read back from.
class ScratchFile {
 public:
  ScratchFile();
  ~ScratchFile();
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;

  /// Appends `n` bytes; returns the offset they start at. Throws std::runtime_error (disk full).
  std::uint64_t append(const void* data, std::size_t n);
  /// Reads exactly `n` bytes at `offset` (written by append). Throws std::runtime_error otherwise.
  void read(std::uint64_t offset, void* out, std::size_t n) const;
  /// Bytes appended so far.
  std::uint64_t size() const { return size_; }

 private:
  int fd_ = -1;
  std::uint64_t size_ = 0;
};

}  // namespace gait
