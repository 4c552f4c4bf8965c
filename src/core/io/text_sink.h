// Where a streamed text output goes: appended to as a run goes, and patched where a value is only
// known later. OutputFile (io/output_file.h) is one; StringSink keeps the text in memory.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

namespace gait {

class TextSink {
 public:
  virtual ~TextSink() = default;
  /// Appends `text`.
  virtual void write(std::string_view text) = 0;
  /// Bytes written so far.
  virtual std::uint64_t size() const = 0;
  /// Replaces bytes already written at `offset`.
  virtual void overwrite(std::uint64_t offset, std::string_view bytes) = 0;
  /// Reads back up to `n` bytes written at `offset`; returns how many.
  virtual std::size_t read(std::uint64_t offset, char* out, std::size_t n) = 0;
};

/// A TextSink in memory (tests, and the in-memory forms of the streamed outputs).
class StringSink : public TextSink {
 public:
  void write(std::string_view text) override { text_.append(text); }
  std::uint64_t size() const override { return text_.size(); }
  void overwrite(std::uint64_t offset, std::string_view bytes) override {
    text_.replace(static_cast<std::size_t>(offset), bytes.size(), bytes);
  }
  std::size_t read(std::uint64_t offset, char* out, std::size_t n) override {
    const std::size_t at = std::min<std::size_t>(static_cast<std::size_t>(offset), text_.size());
    return text_.copy(out, n, at);
  }
  const std::string& text() const { return text_; }
  std::string take() { return std::move(text_); }

 private:
  std::string text_;
};

}  // namespace gait
