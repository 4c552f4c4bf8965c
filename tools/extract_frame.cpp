// gaitsim_extract_frame CLIP N OUT.png: decodes frame N (0-based) of a recorded clip (MP4 or GIF) and writes it as
// PNG, with FFmpeg's libraries only (no ffmpeg program): for checking clips frame by frame. Not installed.
extern "C" {
#include <libavformat/avformat.h>
#include <libavcodec/avcodec.h>
#include <libswscale/swscale.h>
}
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string_view>

#include "io/atomic_file.h"  // the program's one output writer (README "How output files are written")
int main(int argc, char** argv) {
  if (argc != 4) return 2;
  const int want = std::atoi(argv[2]);
  AVFormatContext* fc = nullptr;
  if (avformat_open_input(&fc, argv[1], nullptr, nullptr) < 0) return 1;
  avformat_find_stream_info(fc, nullptr);
  auto* par = fc->streams[0]->codecpar;
  const AVCodec* dec = avcodec_find_decoder(par->codec_id);
  AVCodecContext* dc = avcodec_alloc_context3(dec);
  avcodec_parameters_to_context(dc, par);
  avcodec_open2(dc, dec, nullptr);
  AVPacket* pkt = av_packet_alloc(); AVFrame* f = av_frame_alloc();
  int n = 0; bool done = false;
  auto take = [&]() {
    while (!done && avcodec_receive_frame(dc, f) == 0) {
      if (n++ != want) continue;
      AVFrame* rgb = av_frame_alloc(); rgb->format = AV_PIX_FMT_RGB24; rgb->width = f->width; rgb->height = f->height;
      av_frame_get_buffer(rgb, 0);
      SwsContext* s = sws_getContext(f->width, f->height, (AVPixelFormat)f->format, f->width, f->height, AV_PIX_FMT_RGB24, SWS_BILINEAR, 0, 0, 0);
      sws_scale(s, f->data, f->linesize, 0, f->height, rgb->data, rgb->linesize);
      const AVCodec* pe = avcodec_find_encoder(AV_CODEC_ID_PNG);
      AVCodecContext* ec = avcodec_alloc_context3(pe);
      ec->width = f->width; ec->height = f->height; ec->pix_fmt = AV_PIX_FMT_RGB24; ec->time_base = {1, 1};
      avcodec_open2(ec, pe, nullptr);
      avcodec_send_frame(ec, rgb);
      AVPacket* out = av_packet_alloc();
      if (avcodec_receive_packet(ec, out) == 0) {
        try {
          gait::write_file_atomically(argv[3], std::string_view(reinterpret_cast<const char*>(out->data),
                                                                static_cast<std::size_t>(out->size)));
        } catch (const std::exception& e) {
          std::fprintf(stderr, "gaitsim_extract_frame: %s\n", e.what());
          std::exit(1);
        }
      }
      std::printf("frame %d of %s -> %s (%dx%d)\n", want, argv[1], argv[3], f->width, f->height);
      done = true;
    }
  };
  while (!done && av_read_frame(fc, pkt) >= 0) {
    if (pkt->stream_index == 0) { avcodec_send_packet(dc, pkt); take(); }
    av_packet_unref(pkt);
  }
  if (!done) { avcodec_send_packet(dc, nullptr); take(); }
  return done ? 0 : 1;
}
