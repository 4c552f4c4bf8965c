// A clip encoded off the caller's thread: RGB frames go into a small bounded queue and a worker
// thread hands them to the VideoEncoder (MP4 or GIF, written to a temporary file and committed when
// complete). The command line and the app both record through it: the command line renders the
// next frame while this one encodes, and the app's UI never waits for the encoder.
#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "video/video_encoder.h"
#include "render/rgb_image.h"

namespace gait {

class ClipWriter {
 public:
  /// Opens the file on this thread, so a bad path throws here (InputError, as VideoEncoder does)
  /// and nothing is created. `queue_frames`: frames that may wait for the encoder (each is
  /// width x height x 3 bytes: 2.8 MB at 1280x720).
  ClipWriter(const std::string& path, VideoFormat format, int width, int height, int fps,
             int queue_frames = 4);
  /// The same for an output the caller planned (VideoEncoder's second constructor).
  ClipWriter(std::unique_ptr<OutputFiles> output, VideoFormat format, int width, int height, int fps,
             int queue_frames = 4);
  /// Not closed: abandons the clip and removes its temporary file. Closed: waits until it is written.
  ~ClipWriter();
  ClipWriter(const ClipWriter&) = delete;
  ClipWriter& operator=(const ClipWriter&) = delete;

  /// Whether push() would return without waiting (false too once the worker failed).
  bool has_room() const;
  /// Queues the next frame, waiting while the queue is full; rethrows the worker's error.
  void push(RgbImage image);
  /// No more frames: the worker encodes what is queued, finishes the file and renames it. Returns
  /// at once; done() tells when it is over.
  void close();
  /// Whether the worker has stopped: the file is complete, or it failed (error() says why).
  bool done() const;
  /// close(), then waits until done(); rethrows the worker's error.
  void finish();
  /// The worker's error in one line; empty while there is none.
  std::string error() const;
  /// Frames pushed so far.
  int frames() const { return frames_; }
  int width() const { return width_; }
  int height() const { return height_; }

 private:
  void work();
  void rethrow_failure() const;

  std::unique_ptr<VideoEncoder> encoder_;
  int width_, height_;
  std::size_t capacity_;
  int frames_ = 0;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<RgbImage> queue_;
  bool closed_ = false, abandoned_ = false, done_ = false;
  std::exception_ptr failure_;
  std::string message_;
  std::thread worker_;  // last: starts once everything it reads exists
};

}  // namespace gait
