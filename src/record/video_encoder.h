// Frames -> an MP4 (H.264, yuv420p, +faststart) or an animated GIF (one palette for the clip),
// encoded in-process with FFmpeg's libraries. Written to "<path>.tmp" and renamed by finish(); a
// VideoEncoder destroyed before finish() removes the temporary file, so no partial file is left.
#pragma once

#include <memory>
#include <string>

#include "render/rgb_image.h"

namespace gait {

enum class VideoFormat { Mp4, Gif };

class VideoEncoder {
 public:
  /// Opens `path` (its temporary name) for `width` x `height` frames (even for MP4) at `fps`;
  /// throws InputError(path, ...) when the file cannot be created, std::runtime_error otherwise.
  VideoEncoder(const std::string& path, VideoFormat format, int width, int height, int fps);
  ~VideoEncoder();
  VideoEncoder(const VideoEncoder&) = delete;
  VideoEncoder& operator=(const VideoEncoder&) = delete;

  /// Encodes the next frame (shown for 1/fps s); its size must be the encoder's.
  void add_frame(const RgbImage& image);
  /// Flushes the encoder, writes the trailer and renames the file to its final name.
  void finish();

  int frames() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace gait
