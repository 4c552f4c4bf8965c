// The one way gaitsim writes files (README "How output files are written"): every output of a
// command is checked before the work starts, written under a temporary name in its own directory
// as the work goes, and committed only when all of the command's outputs are complete.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "io/text_sink.h"

namespace gait {

/// What a path names, to tell whether two paths are one file: the device and inode of an existing
/// file (symbolic links followed), else the canonical path a new file would be created at.
struct FileIdentity {
  bool exists = false;
  dev_t device = 0;
  ino_t inode = 0;
  std::string canonical_path;        ///< for a file that does not exist yet
  bool is_character_device = false;  ///< /dev/null, a terminal: may take several outputs
  bool same_file(const FileIdentity& o) const;
};

/// Temporaries are named ".NAME" + kTempMarker + "PID-XXXXXX" in the target's directory.
inline constexpr std::string_view kTempMarker = ".gaitsim-tmp-";

/// Removes the temporaries (kTempMarker names) that processes no longer running left in `dir`: a
/// run killed with SIGKILL cannot remove its own. Only regular files of this user whose process id
/// is not a live process (kill(pid, 0) fails with ESRCH) are removed. Returns how many.
int remove_stale_temporaries(const std::string& dir);

class OutputFiles;

/// One planned output. Its content goes to a temporary file until OutputFiles::commit().
class OutputFile : public TextSink {
 public:
  ~OutputFile() override;
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  const std::string& path() const { return path_; }  ///< as the user gave it
  const std::string& flag() const { return flag_; }  ///< the option that named it, e.g. "--json"

  /// Appends `text` (buffered). Throws InputError(path, "cannot write file: ...") (disk full).
  void write(std::string_view text) override;
  /// Bytes written so far.
  std::uint64_t size() const override { return written_; }
  /// Replaces bytes already written at `offset` (a CSV cell that is only known later).
  void overwrite(std::uint64_t offset, std::string_view bytes) override;
  /// Reads back up to `n` bytes written at `offset`; returns how many.
  std::size_t read(std::uint64_t offset, char* out, std::size_t n) override;
  /// A name the temporary file can be opened by, for writers that open files themselves (FFmpeg's
  /// avio, whose MP4 muxer reopens the file to move its index to the front). What is written
  /// through it is what commit() delivers; do not mix it with write().
  std::string staging_name() const;

 private:
  friend class OutputFiles;
  OutputFile() = default;
  void flush();
  void discard() noexcept;
  [[noreturn]] void fail(int error) const;

  std::string flag_, path_;
  bool is_stream_ = false;  ///< a device, FIFO or inherited descriptor: written directly at commit
  std::string final_path_;  ///< a file: where the temporary is renamed to (symbolic links resolved)
  int inherited_fd_ = -1;   ///< /dev/stdout, /dev/stderr, /dev/fd/N: that descriptor
  FileIdentity id_;
  std::string temp_path_;  ///< a file: the temporary's name; empty for an unnamed one
  int fd_ = -1;            ///< the temporary, open for reading and writing
  std::string buffer_;
  std::uint64_t written_ = 0;
};

/// The outputs of one command, planned and checked before its work starts (add()), written while
/// it works, and committed together at the end (commit()). Destroyed without commit() (an error,
/// an interruption), it removes its temporaries and leaves every target as it was.
///
/// - A regular file, or a path that does not exist yet, is written to a temporary in the same
///   directory and renamed over the target at commit (rename(2) replaces it atomically). A symbolic
///   link is followed: the file it points to is replaced and the link kept.
/// - A character device or FIFO (/dev/null, a terminal, a named pipe), and /dev/stdout, /dev/stderr
///   and /dev/fd/N, are never replaced: their content is staged in an unnamed temporary file and
///   written to them at commit, before any rename.
/// - Refused, with InputError naming the path and the flag: a directory, a block device, a socket,
///   an input of the command or another output (compared as files: same device and inode, or the
///   same canonical path for files not yet created; character devices are exempt), an unwritable
///   file or directory, a name that reads as an option ("--quiet", "-o": the option parser gave
///   the flag the next word; "./--quiet" names such a file).
class OutputFiles {
 public:
  OutputFiles() = default;
  ~OutputFiles();
  OutputFiles(const OutputFiles&) = delete;
  OutputFiles& operator=(const OutputFiles&) = delete;

  /// Registers an input the outputs must not overwrite; `what` names it in messages ("the
  /// scenario file"). Paths that cannot be examined are ignored (reading them fails elsewhere).
  void add_input(const std::string& path, const std::string& what);
  /// Checks `path` as an output named by `flag` (may be empty) and creates its temporary file.
  /// Throws InputError. The reference stays valid until this object is destroyed.
  OutputFile& add(const std::string& flag, const std::string& path);
  /// Writes every output to its target: devices and FIFOs first, then the renames. If one fails,
  /// the targets already renamed get their old content back (a hard link kept until the end) or are
  /// removed when they did not exist, and InputError is thrown. Once only.
  void commit();
  /// Removes every temporary; targets are left as they were.
  void discard() noexcept;
  bool empty() const { return outputs_.empty(); }
  /// The outputs added, in order.
  std::size_t size() const { return outputs_.size(); }
  OutputFile& at(std::size_t i) { return *outputs_.at(i); }

 private:
  struct Input {
    FileIdentity id;
    std::string what;
  };
  std::vector<Input> inputs_;
  std::vector<std::unique_ptr<OutputFile>> outputs_;
  bool committed_ = false;
};

}  // namespace gait
