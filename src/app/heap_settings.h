// The C library's heap settings for the app's frame loop (glibc): llvmpipe, Mesa's software
// renderer, allocates and frees several megabytes on the app's thread in every draw; by default
// glibc gives the freed top of the heap back to the kernel (brk) and takes it again in the next
// frame, and every page of it then faults in afresh (README.md, The app: frame time).
#pragma once

namespace gait {

/// Keeps up to kHeapKept_bytes of freed heap for reuse instead of returning it to the kernel, and
/// holds the size above which a block is mapped on its own at glibc's default, kMmapThreshold_bytes
/// (glibc would raise it as large blocks are freed, moving them onto the heap top it trims).
/// Call once, before the first frame.
void keep_freed_heap_for_frames();

inline constexpr int kHeapKept_bytes = 128 << 20;
inline constexpr int kMmapThreshold_bytes = 128 << 10;

}  // namespace gait
