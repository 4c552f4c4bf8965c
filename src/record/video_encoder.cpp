// libavformat/libavcodec/libswscale encoder for MP4 (libx264 or the default H.264 encoder) and GIF.
#include "record/video_encoder.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/error.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <vector>

#include "input_error.h"

namespace gait {

namespace {

std::string av_message(int err) {
  char buf[AV_ERROR_MAX_STRING_SIZE] = {};
  av_strerror(err, buf, sizeof buf);
  return buf;
}

/// A 256-colour palette for a clip: the most common colours of the first frame (median cut over a
/// 5-bit-per-channel histogram), 192 entries, plus a 4x4x4 cube for colours it did not contain.
/// Pixels map to it through a 32768-entry table (nearest colour of each 5-bit cell).
struct GifPalette {
  std::array<std::uint32_t, 256> argb{};
  std::vector<std::uint8_t> lut;  // 15-bit colour -> index

  static int key(std::uint8_t r, std::uint8_t g, std::uint8_t b) { return (r >> 3) << 10 | (g >> 3) << 5 | (b >> 3); }

  explicit GifPalette(const RgbImage& image) {
    std::vector<std::uint32_t> hist(32768, 0);
    for (std::size_t i = 0; i + 2 < image.rgb.size(); i += 3)
      ++hist[static_cast<std::size_t>(key(image.rgb[i], image.rgb[i + 1], image.rgb[i + 2]))];
    struct Cell {
      int key;
      std::uint32_t n;
    };
    std::vector<Cell> cells;
    for (int k = 0; k < 32768; ++k)
      if (hist[static_cast<std::size_t>(k)]) cells.push_back({k, hist[static_cast<std::size_t>(k)]});
    auto channel = [](int k, int c) { return (k >> (10 - 5 * c)) & 31; };
    // median cut into at most 192 boxes
    std::vector<std::pair<std::size_t, std::size_t>> boxes;
    if (!cells.empty()) boxes.push_back({0, cells.size()});
    while (boxes.size() < 192) {
      // split the box with the widest channel range (that has more than one cell)
      int best = -1, best_range = 0, best_channel = 0;
      for (std::size_t b = 0; b < boxes.size(); ++b) {
        if (boxes[b].second - boxes[b].first < 2) continue;
        for (int c = 0; c < 3; ++c) {
          int lo = 31, hi = 0;
          for (std::size_t i = boxes[b].first; i < boxes[b].second; ++i) {
            lo = std::min(lo, channel(cells[i].key, c));
            hi = std::max(hi, channel(cells[i].key, c));
          }
          if (hi - lo > best_range) best = static_cast<int>(b), best_range = hi - lo, best_channel = c;
        }
      }
      if (best < 0) break;
      auto [first, last] = boxes[static_cast<std::size_t>(best)];
      std::sort(cells.begin() + static_cast<std::ptrdiff_t>(first), cells.begin() + static_cast<std::ptrdiff_t>(last),
                [&](const Cell& a, const Cell& b) { return channel(a.key, best_channel) < channel(b.key, best_channel); });
      std::uint64_t total = 0, half = 0;
      for (std::size_t i = first; i < last; ++i) total += cells[i].n;
      std::size_t mid = first + 1;
      for (std::size_t i = first; i < last - 1; ++i) {
        half += cells[i].n;
        mid = i + 1;
        if (2 * half >= total) break;
      }
      boxes[static_cast<std::size_t>(best)] = {first, mid};
      boxes.push_back({mid, last});
    }
    std::vector<std::array<int, 3>> colours;
    for (auto [first, last] : boxes) {
      double sum[3] = {0, 0, 0}, n = 0;
      for (std::size_t i = first; i < last; ++i)
        for (int c = 0; c < 3; ++c) sum[c] += (channel(cells[i].key, c) * 8 + 4) * static_cast<double>(cells[i].n);
      for (std::size_t i = first; i < last; ++i) n += cells[i].n;
      colours.push_back({static_cast<int>(sum[0] / n), static_cast<int>(sum[1] / n), static_cast<int>(sum[2] / n)});
    }
    for (int r = 0; r < 4; ++r)
      for (int g = 0; g < 4; ++g)
        for (int b = 0; b < 4; ++b) colours.push_back({r * 85, g * 85, b * 85});
    while (colours.size() < 256) colours.push_back({0, 0, 0});
    for (std::size_t i = 0; i < 256; ++i)
      argb[i] = 0xFF000000u | static_cast<std::uint32_t>(colours[i][0]) << 16 |
                static_cast<std::uint32_t>(colours[i][1]) << 8 | static_cast<std::uint32_t>(colours[i][2]);
    lut.resize(32768);
    for (int k = 0; k < 32768; ++k) {
      const int r = channel(k, 0) * 8 + 4, g = channel(k, 1) * 8 + 4, b = channel(k, 2) * 8 + 4;
      int best = 0, best_d = 1 << 30;
      for (int i = 0; i < 256; ++i) {
        const auto& c = colours[static_cast<std::size_t>(i)];
        const int d = (r - c[0]) * (r - c[0]) * 3 + (g - c[1]) * (g - c[1]) * 4 + (b - c[2]) * (b - c[2]) * 2;
        if (d < best_d) best_d = d, best = i;
      }
      lut[static_cast<std::size_t>(k)] = static_cast<std::uint8_t>(best);
    }
  }
};

}  // namespace

struct VideoEncoder::Impl {
  std::unique_ptr<OutputFiles> output;
  std::string path, staging;
  VideoFormat format{};
  int width = 0, height = 0, fps = 0;
  AVFormatContext* oc = nullptr;
  AVCodecContext* codec = nullptr;
  AVStream* stream = nullptr;
  AVFrame* frame = nullptr;
  AVPacket* packet = nullptr;
  SwsContext* sws = nullptr;
  std::unique_ptr<GifPalette> palette;
  bool header_written = false, finished = false;
  std::int64_t next_pts = 0;

  void fail(const std::string& what, int err) {
    throw std::runtime_error(path + ": " + what + (err < 0 ? ": " + av_message(err) : std::string()));
  }

  void drain() {
    for (;;) {
      int ret = avcodec_receive_packet(codec, packet);
      if (ret == AVERROR(EAGAIN) || ret == AVERROR_EOF) return;
      if (ret < 0) fail("encoding failed", ret);
      av_packet_rescale_ts(packet, codec->time_base, stream->time_base);
      packet->stream_index = stream->index;
      ret = av_interleaved_write_frame(oc, packet);
      if (ret < 0) throw InputError(path, 0, "", "cannot write file: " + av_message(ret));
    }
  }

  void send(AVFrame* f) {
    const int ret = avcodec_send_frame(codec, f);
    if (ret < 0) fail("encoding failed", ret);
    drain();
  }

  ~Impl() {
    if (sws) sws_freeContext(sws);
    if (packet) av_packet_free(&packet);
    if (frame) av_frame_free(&frame);
    if (codec) avcodec_free_context(&codec);
    if (oc) {
      if (oc->pb) avio_closep(&oc->pb);
      avformat_free_context(oc);
    }
    // an unfinished clip: the output's temporary goes with it
    output.reset();
  }
};

namespace {

std::unique_ptr<OutputFiles> plan_output(const std::string& path) {
  auto output = std::make_unique<OutputFiles>();
  output->add("", path);
  return output;
}

}  // namespace

VideoEncoder::VideoEncoder(const std::string& path, VideoFormat format, int width, int height, int fps)
    : VideoEncoder(plan_output(path), format, width, height, fps) {}

VideoEncoder::VideoEncoder(std::unique_ptr<OutputFiles> output, VideoFormat format, int width, int height,
                           int fps)
    : impl_(std::make_unique<Impl>()) {
  Impl& m = *impl_;
  m.output = std::move(output);
  m.path = m.output->at(0).path();
  m.staging = m.output->at(0).staging_name();
  m.format = format;
  m.width = width;
  m.height = height;
  m.fps = fps;
  av_log_set_level(AV_LOG_ERROR);
  const char* muxer = format == VideoFormat::Mp4 ? "mp4" : "gif";
  // the muxer's url is the temporary file's name: +faststart reopens it for its second pass
  int ret = avformat_alloc_output_context2(&m.oc, nullptr, muxer, m.staging.c_str());
  if (ret < 0 || !m.oc) m.fail(std::string("no ") + muxer + " muxer", ret);

  const AVCodec* encoder = nullptr;
  if (format == VideoFormat::Mp4) {
    encoder = avcodec_find_encoder_by_name("libx264");
    if (!encoder) encoder = avcodec_find_encoder(AV_CODEC_ID_H264);
  } else {
    encoder = avcodec_find_encoder(AV_CODEC_ID_GIF);
  }
  if (!encoder) m.fail(std::string("no ") + (format == VideoFormat::Mp4 ? "H.264" : "GIF") + " encoder in this FFmpeg", 0);
  m.stream = avformat_new_stream(m.oc, nullptr);
  m.codec = avcodec_alloc_context3(encoder);
  if (!m.stream || !m.codec) m.fail("out of memory", 0);
  m.codec->width = width;
  m.codec->height = height;
  m.codec->time_base = AVRational{1, fps};
  m.codec->framerate = AVRational{fps, 1};
  m.stream->time_base = m.codec->time_base;
  m.stream->avg_frame_rate = m.codec->framerate;
  if (format == VideoFormat::Mp4) {
    m.codec->pix_fmt = AV_PIX_FMT_YUV420P;
    m.codec->gop_size = 2 * fps;
    m.codec->max_b_frames = 2;
    m.codec->thread_count = 0;  // x264's own threads, as many as cores
    av_opt_set(m.codec->priv_data, "preset", "veryfast", 0);
    av_opt_set(m.codec->priv_data, "crf", "20", 0);
    av_opt_set(m.codec->priv_data, "profile", "high", 0);
  } else {
    m.codec->pix_fmt = AV_PIX_FMT_PAL8;
  }
  if (m.oc->oformat->flags & AVFMT_GLOBALHEADER) m.codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
  ret = avcodec_open2(m.codec, encoder, nullptr);
  if (ret < 0) m.fail("cannot open the encoder", ret);
  ret = avcodec_parameters_from_context(m.stream->codecpar, m.codec);
  if (ret < 0) m.fail("cannot set the stream parameters", ret);

  m.frame = av_frame_alloc();
  m.packet = av_packet_alloc();
  if (!m.frame || !m.packet) m.fail("out of memory", 0);
  m.frame->format = m.codec->pix_fmt;
  m.frame->width = width;
  m.frame->height = height;
  ret = av_frame_get_buffer(m.frame, 0);
  if (ret < 0) m.fail("out of memory", ret);
  if (format == VideoFormat::Mp4) {
    m.sws = sws_getContext(width, height, AV_PIX_FMT_RGB24, width, height, AV_PIX_FMT_YUV420P, SWS_BILINEAR,
                           nullptr, nullptr, nullptr);
    if (!m.sws) m.fail("no RGB to YUV conversion", 0);
  }

  ret = avio_open(&m.oc->pb, m.staging.c_str(), AVIO_FLAG_WRITE);
  if (ret < 0) throw InputError(m.path, 0, "", "cannot write file: " + av_message(ret));
  AVDictionary* opts = nullptr;
  if (format == VideoFormat::Mp4) av_dict_set(&opts, "movflags", "+faststart", 0);
  ret = avformat_write_header(m.oc, &opts);
  av_dict_free(&opts);
  if (ret < 0) m.fail("cannot write the header", ret);
  m.header_written = true;
}

VideoEncoder::~VideoEncoder() = default;

int VideoEncoder::frames() const { return static_cast<int>(impl_->next_pts); }

void VideoEncoder::add_frame(const RgbImage& image) {
  Impl& m = *impl_;
  if (image.width != m.width || image.height != m.height)
    throw std::runtime_error("frame size " + std::to_string(image.width) + "x" + std::to_string(image.height) +
                             " differs from the clip's");
  int ret = av_frame_make_writable(m.frame);
  if (ret < 0) m.fail("out of memory", ret);
  if (m.format == VideoFormat::Mp4) {
    const std::uint8_t* src[1] = {image.rgb.data()};
    const int stride[1] = {3 * image.width};
    sws_scale(m.sws, src, stride, 0, image.height, m.frame->data, m.frame->linesize);
  } else {
    if (!m.palette) m.palette = std::make_unique<GifPalette>(image);
    for (int y = 0; y < m.height; ++y) {
      std::uint8_t* dst = m.frame->data[0] + static_cast<std::ptrdiff_t>(y) * m.frame->linesize[0];
      const std::uint8_t* src = image.rgb.data() + static_cast<std::size_t>(y) * m.width * 3;
      for (int x = 0; x < m.width; ++x, src += 3) dst[x] = m.palette->lut[static_cast<std::size_t>(GifPalette::key(src[0], src[1], src[2]))];
    }
    std::memcpy(m.frame->data[1], m.palette->argb.data(), 256 * 4);
  }
  m.frame->pts = m.next_pts++;
  m.send(m.frame);
}

void VideoEncoder::finish() {
  Impl& m = *impl_;
  if (m.finished) return;
  m.send(nullptr);
  int ret = av_write_trailer(m.oc);
  if (ret < 0) throw InputError(m.path, 0, "", "cannot write file: " + av_message(ret));
  ret = avio_closep(&m.oc->pb);
  if (ret < 0) throw InputError(m.path, 0, "", "cannot write file: " + av_message(ret));
  m.output->commit();
  m.finished = true;
}

}  // namespace gait
