// ClipWriter: a bounded frame queue between the renderer's thread and an encoding worker.
#include "video/clip_writer.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace gait {

ClipWriter::ClipWriter(const std::string& path, VideoFormat format, int width, int height, int fps,
                       int queue_frames)
    : encoder_(std::make_unique<VideoEncoder>(path, format, width, height, fps)),
      width_(width),
      height_(height),
      capacity_(static_cast<std::size_t>(std::max(1, queue_frames))),
      worker_([this] { work(); }) {}

ClipWriter::ClipWriter(std::unique_ptr<OutputFiles> output, VideoFormat format, int width, int height,
                       int fps, int queue_frames)
    : encoder_(std::make_unique<VideoEncoder>(std::move(output), format, width, height, fps)),
      width_(width),
      height_(height),
      capacity_(static_cast<std::size_t>(std::max(1, queue_frames))),
      worker_([this] { work(); }) {}

ClipWriter::~ClipWriter() {
  {
    std::lock_guard lock(mutex_);
    if (!closed_) abandoned_ = true;
  }
  changed_.notify_all();
  worker_.join();
  encoder_.reset();  // an unfinished encoder removes its temporary file
}

void ClipWriter::work() {
  try {
    for (;;) {
      RgbImage image;
      {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [this] { return abandoned_ || closed_ || !queue_.empty(); });
        if (abandoned_) break;
        if (queue_.empty()) {
          // closed and drained: the trailer, then the rename
          lock.unlock();
          encoder_->finish();
          break;
        }
        image = std::move(queue_.front());
        queue_.pop_front();
      }
      changed_.notify_all();  // room for the next frame
      encoder_->add_frame(image);
    }
  } catch (const std::exception& e) {
    std::lock_guard lock(mutex_);
    failure_ = std::current_exception();
    message_ = e.what();
  }
  {
    std::lock_guard lock(mutex_);
    done_ = true;
    queue_.clear();
  }
  changed_.notify_all();
}

void ClipWriter::rethrow_failure() const {
  if (failure_) std::rethrow_exception(failure_);
}

bool ClipWriter::has_room() const {
  std::lock_guard lock(mutex_);
  return !done_ && queue_.size() < capacity_;
}

void ClipWriter::push(RgbImage image) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return done_ || queue_.size() < capacity_; });
  rethrow_failure();
  if (done_ || closed_) throw std::logic_error("ClipWriter::push after close");
  queue_.push_back(std::move(image));
  ++frames_;
  lock.unlock();
  changed_.notify_all();
}

void ClipWriter::close() {
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
  }
  changed_.notify_all();
}

bool ClipWriter::done() const {
  std::lock_guard lock(mutex_);
  return done_;
}

void ClipWriter::finish() {
  close();
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return done_; });
  rethrow_failure();
}

std::string ClipWriter::error() const {
  std::lock_guard lock(mutex_);
  return message_;
}

}  // namespace gait
