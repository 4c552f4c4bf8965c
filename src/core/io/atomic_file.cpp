// write_file_atomically: one OutputFiles with one output.
#include "io/atomic_file.h"

#include "io/output_file.h"

namespace gait {

void write_file_atomically(const std::string& path, std::string_view content) {
  OutputFiles outputs;
  outputs.add("", path).write(content);
  outputs.commit();
}

}  // namespace gait
