// Reading a recorded clip back with libavformat, for the record tests and the app's recording test:
// codec, pixel format, size, frame rate, the exact number of frames (packets), their times, and fast
// start.
#pragma once

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "../cli/gaitsim_process.h"

namespace gait::test {

struct ClipInfo {
  std::string codec;
  int pix_fmt = -1;
  int width = 0, height = 0;
  int packets = 0;
  AVRational frame_rate{0, 1};
  bool faststart = false;         ///< the moov box before mdat
  std::vector<std::int64_t> pts;  ///< presentation times of the frames, sorted, in `time_base` units
  std::vector<std::size_t> packet_hashes;  ///< each packet's bytes hashed, in file order
  AVRational time_base{0, 1};
};

inline ClipInfo probe(const std::filesystem::path& path) {
  ClipInfo info;
  AVFormatContext* fc = nullptr;
  REQUIRE(avformat_open_input(&fc, path.c_str(), nullptr, nullptr) == 0);
  REQUIRE(avformat_find_stream_info(fc, nullptr) >= 0);
  REQUIRE(fc->nb_streams == 1);
  const AVCodecParameters* par = fc->streams[0]->codecpar;
  info.codec = avcodec_get_name(par->codec_id);
  info.pix_fmt = par->format;
  info.width = par->width;
  info.height = par->height;
  info.frame_rate = fc->streams[0]->avg_frame_rate;
  AVPacket* pkt = av_packet_alloc();
  while (av_read_frame(fc, pkt) >= 0) {
    if (pkt->stream_index == 0) {
      ++info.packets;
      info.pts.push_back(pkt->pts);
      info.packet_hashes.push_back(std::hash<std::string_view>{}(
          std::string_view(reinterpret_cast<const char*>(pkt->data), static_cast<std::size_t>(pkt->size))));
    }
    av_packet_unref(pkt);
  }
  av_packet_free(&pkt);
  info.time_base = fc->streams[0]->time_base;
  avformat_close_input(&fc);
  std::sort(info.pts.begin(), info.pts.end());
  const std::string bytes = read_file(path);
  const auto moov = bytes.find("moov"), mdat = bytes.find("mdat");
  info.faststart = moov != std::string::npos && mdat != std::string::npos && moov < mdat;
  return info;
}

/// An H.264 yuv420p clip of exactly `frames` frames at `fps`, one frame per 1/fps s.
inline void check_h264_clip(const ClipInfo& info, int frames, int fps) {
  CHECK(info.codec == "h264");
  CHECK(info.pix_fmt == AV_PIX_FMT_YUV420P);
  CHECK(info.packets == frames);
  CHECK(av_cmp_q(info.frame_rate, AVRational{fps, 1}) == 0);
  REQUIRE(info.pts.size() == static_cast<std::size_t>(frames));
  if (frames < 2) return;
  const std::int64_t step = info.pts[1] - info.pts[0];
  CHECK(static_cast<double>(step) * av_q2d(info.time_base) == Approx(1.0 / fps));
  for (std::size_t i = 1; i < info.pts.size(); ++i) CHECK(info.pts[i] - info.pts[i - 1] == step);
}

}  // namespace gait::test
