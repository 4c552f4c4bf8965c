// libavformat/libavcodec/libswscale encoder for MP4 (libx264 or the default H.264 encoder) and GIF.
#include "video/video_encoder.h"

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
#include <cmath>
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

/// A 256-colour palette for a clip, made from its first frames (GifHistogram: up to 2 s of them) so
/// that it holds the colours the scene takes as it moves (issue 16: made from the first frame
/// alone, with 5-bit cell centres as its colours, it turned the beige walkway red-brown and the
/// active muscles grey). Median cut over a 6-bit-per-channel histogram into 229 boxes, each the
/// mean of its pixels' true colours, plus a 3x3x3 cube for colours never seen. Pixels map to the
/// nearest entry (weighted 3, 4, 2 for red, green, blue) through a table of the 262144 cells,
/// filled as cells are first met.
struct GifHistogram {
  struct Cell {
    std::uint64_t n = 0;
    std::uint64_t sum[3] = {0, 0, 0};
  };
  std::vector<Cell> cells = std::vector<Cell>(1 << 18);
  static int key(std::uint8_t r, std::uint8_t g, std::uint8_t b) { return (r >> 2) << 12 | (g >> 2) << 6 | (b >> 2); }
  void add(const RgbImage& image) {
    for (std::size_t i = 0; i + 2 < image.rgb.size(); i += 3) {
      Cell& c = cells[static_cast<std::size_t>(key(image.rgb[i], image.rgb[i + 1], image.rgb[i + 2]))];
      ++c.n;
      for (int k = 0; k < 3; ++k) c.sum[k] += image.rgb[i + static_cast<std::size_t>(k)];
    }
  }
};

struct GifPalette {
  std::array<std::uint32_t, 256> argb{};
  std::vector<std::array<int, 3>> colours;
  std::vector<std::uint16_t> lut = std::vector<std::uint16_t>(1 << 18, kUnset);  // 18-bit cell -> index
  static constexpr std::uint16_t kUnset = 0xFFFF;
  static constexpr std::size_t kBoxes = 229;

  explicit GifPalette(const GifHistogram& hist) {
    struct Cell {
      std::array<int, 3> mean;
      std::uint64_t n;
      std::uint64_t sum[3];
    };
    std::vector<Cell> cells;
    for (const GifHistogram::Cell& c : hist.cells)
      if (c.n)
        cells.push_back({{static_cast<int>(c.sum[0] / c.n), static_cast<int>(c.sum[1] / c.n), static_cast<int>(c.sum[2] / c.n)},
                         c.n,
                         {c.sum[0], c.sum[1], c.sum[2]}});
    // median cut: split the box with the widest channel range at its pixels' median
    std::vector<std::pair<std::size_t, std::size_t>> boxes;
    if (!cells.empty()) boxes.push_back({0, cells.size()});
    while (boxes.size() < kBoxes) {
      int best = -1, best_range = 0, best_channel = 0;
      for (std::size_t b = 0; b < boxes.size(); ++b) {
        if (boxes[b].second - boxes[b].first < 2) continue;
        for (int c = 0; c < 3; ++c) {
          int lo = 255, hi = 0;
          for (std::size_t i = boxes[b].first; i < boxes[b].second; ++i) {
            lo = std::min(lo, cells[i].mean[static_cast<std::size_t>(c)]);
            hi = std::max(hi, cells[i].mean[static_cast<std::size_t>(c)]);
          }
          if (hi - lo > best_range) best = static_cast<int>(b), best_range = hi - lo, best_channel = c;
        }
      }
      if (best < 0) break;
      auto [first, last] = boxes[static_cast<std::size_t>(best)];
      const auto ch = static_cast<std::size_t>(best_channel);
      std::sort(cells.begin() + static_cast<std::ptrdiff_t>(first), cells.begin() + static_cast<std::ptrdiff_t>(last),
                [ch](const Cell& a, const Cell& b) { return a.mean[ch] < b.mean[ch]; });
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
    for (auto [first, last] : boxes) {
      double sum[3] = {0, 0, 0}, n = 0;
      for (std::size_t i = first; i < last; ++i) {
        for (int c = 0; c < 3; ++c) sum[c] += static_cast<double>(cells[i].sum[c]);
        n += static_cast<double>(cells[i].n);
      }
      colours.push_back({static_cast<int>(std::lround(sum[0] / n)), static_cast<int>(std::lround(sum[1] / n)),
                         static_cast<int>(std::lround(sum[2] / n))});
    }
    for (int r = 0; r < 3; ++r)
      for (int g = 0; g < 3; ++g)
        for (int b = 0; b < 3; ++b) colours.push_back({r * 127, g * 127, b * 127});
    while (colours.size() < 256) colours.push_back({0, 0, 0});
    for (std::size_t i = 0; i < 256; ++i)
      argb[i] = 0xFF000000u | static_cast<std::uint32_t>(colours[i][0]) << 16 |
                static_cast<std::uint32_t>(colours[i][1]) << 8 | static_cast<std::uint32_t>(colours[i][2]);
  }

  /// The palette index of a pixel.
  std::uint8_t index(std::uint8_t r, std::uint8_t g, std::uint8_t b) {
    std::uint16_t& slot = lut[static_cast<std::size_t>(GifHistogram::key(r, g, b))];
    if (slot == kUnset) {
      // the cell's centre, nearest (red, green, blue weighted 3, 4, 2 as the eye's sensitivity)
      const int cr = (r & ~3) + 2, cg = (g & ~3) + 2, cb = (b & ~3) + 2;
      int best = 0, best_d = 1 << 30;
      for (int i = 0; i < 256; ++i) {
        const auto& c = colours[static_cast<std::size_t>(i)];
        const int d = (cr - c[0]) * (cr - c[0]) * 3 + (cg - c[1]) * (cg - c[1]) * 4 + (cb - c[2]) * (cb - c[2]) * 2;
        if (d < best_d) best_d = d, best = i;
      }
      slot = static_cast<std::uint16_t>(best);
    }
    return static_cast<std::uint8_t>(slot);
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
  // a GIF's first frames wait here while their colours go into the histogram of its palette
  std::unique_ptr<GifHistogram> histogram;
  std::vector<RgbImage> waiting;
  std::size_t palette_frames = 1;  ///< frames the palette is made from (2 s of them, at most 64 MB)
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

  /// Makes the palette from the waiting frames and encodes them.
  void flush_waiting();
  /// Converts `image` to the codec's pixel format and sends it.
  void encode(const RgbImage& image);

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
  const std::size_t frame_bytes = static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 3;
  m.palette_frames = std::clamp<std::size_t>((64u << 20) / std::max<std::size_t>(frame_bytes, 1), 1,
                                             static_cast<std::size_t>(2 * fps));
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

int VideoEncoder::frames() const { return static_cast<int>(impl_->next_pts + impl_->waiting.size()); }

void VideoEncoder::add_frame(const RgbImage& image) {
  Impl& m = *impl_;
  if (image.width != m.width || image.height != m.height)
    throw std::runtime_error("frame size " + std::to_string(image.width) + "x" + std::to_string(image.height) +
                             " differs from the clip's");
  if (m.format == VideoFormat::Gif && !m.palette) {
    // the palette from the first frames (GifPalette): they wait until it is made
    if (!m.histogram) m.histogram = std::make_unique<GifHistogram>();
    m.histogram->add(image);
    m.waiting.push_back(image);
    if (m.waiting.size() >= m.palette_frames) m.flush_waiting();
    return;
  }
  m.encode(image);
}

void VideoEncoder::Impl::flush_waiting() {
  if (!palette) palette = std::make_unique<GifPalette>(histogram ? *histogram : GifHistogram{});
  histogram.reset();
  std::vector<RgbImage> frames = std::move(waiting);
  waiting.clear();
  for (const RgbImage& f : frames) encode(f);
}

void VideoEncoder::Impl::encode(const RgbImage& image) {
  Impl& m = *this;
  int ret = av_frame_make_writable(m.frame);
  if (ret < 0) m.fail("out of memory", ret);
  if (m.format == VideoFormat::Mp4) {
    const std::uint8_t* src[1] = {image.rgb.data()};
    const int stride[1] = {3 * image.width};
    sws_scale(m.sws, src, stride, 0, image.height, m.frame->data, m.frame->linesize);
  } else {
    for (int y = 0; y < m.height; ++y) {
      std::uint8_t* dst = m.frame->data[0] + static_cast<std::ptrdiff_t>(y) * m.frame->linesize[0];
      const std::uint8_t* src = image.rgb.data() + static_cast<std::size_t>(y) * m.width * 3;
      for (int x = 0; x < m.width; ++x, src += 3) dst[x] = m.palette->index(src[0], src[1], src[2]);
    }
    std::memcpy(m.frame->data[1], m.palette->argb.data(), 256 * 4);
  }
  m.frame->pts = m.next_pts++;
  m.send(m.frame);
}

void VideoEncoder::finish() {
  Impl& m = *impl_;
  if (m.finished) return;
  if (!m.waiting.empty()) m.flush_waiting();
  m.send(nullptr);
  int ret = av_write_trailer(m.oc);
  if (ret < 0) throw InputError(m.path, 0, "", "cannot write file: " + av_message(ret));
  ret = avio_closep(&m.oc->pb);
  if (ret < 0) throw InputError(m.path, 0, "", "cannot write file: " + av_message(ret));
  m.output->commit();
  m.finished = true;
}

}  // namespace gait
