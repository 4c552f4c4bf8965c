// Frames -> an MP4 (H.264, yuv420p, +faststart) or an animated GIF (one palette for the clip),
// encoded in-process with FFmpeg's libraries. FFmpeg writes the output's temporary file
// (io/output_file.h) and finish() commits it; a VideoEncoder destroyed before finish() removes the
// temporary, so no partial file is left.
#pragma once

#include <memory>
#include <string>

#include "io/output_file.h"
#include "render/rgb_image.h"

namespace gait {

enum class VideoFormat { Mp4, Gif };

/// A GIF frame lasts a whole number of 1/100 s, at least one (GIF89a's Graphic Control Extension
/// delay time): at most 100 fps (issue 12: at 101-120 fps the clip failed once rendered).
inline constexpr int kMaxGifFps = 100;

class VideoEncoder {
 public:
  /// Opens `path` (its temporary file) for `width` x `height` frames (even for MP4) at `fps`;
  /// throws InputError(path, ...) when the file cannot be created, std::runtime_error otherwise.
  VideoEncoder(const std::string& path, VideoFormat format, int width, int height, int fps);
  /// The same for an output planned by the caller: the first file of `output` (checked against the
  /// caller's inputs), committed by finish().
  VideoEncoder(std::unique_ptr<OutputFiles> output, VideoFormat format, int width, int height, int fps);
  ~VideoEncoder();
  VideoEncoder(const VideoEncoder&) = delete;
  VideoEncoder& operator=(const VideoEncoder&) = delete;

  /// Encodes the next frame (shown for 1/fps s); its size must be the encoder's.
  void add_frame(const RgbImage& image);
  /// Flushes the encoder, writes the trailer and commits the file (renamed to its final name).
  void finish();

  int frames() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace gait
