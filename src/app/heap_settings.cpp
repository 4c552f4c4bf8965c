// glibc's mallopt; other C libraries keep their defaults.
#include "app/heap_settings.h"

#include <cstdlib>  // defines __GLIBC__ with glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace gait {

void keep_freed_heap_for_frames() {
#if defined(__GLIBC__)
  // measured with --compare at 1280x720 (README.md, The app): 72-125k page faults in 600
  // frames fell to 22k, the 95th percentile frame time by a quarter to a third
  mallopt(M_TRIM_THRESHOLD, kHeapKept_bytes);
  mallopt(M_MMAP_THRESHOLD, kMmapThreshold_bytes);
#endif
}

}  // namespace gait
