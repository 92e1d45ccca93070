#pragma once
// Logs (at debug level, `timeline -v`) how long each stage of a command took and the peak memory
// so far: where the time and the memory of a run go, stage by stage.
#include <chrono>
#include <cstddef>
#include <string_view>

#include <spdlog/spdlog.h>
#include <sys/resource.h>

namespace timeline {

struct StageClock {
  std::string_view command;  ///< "build", "extract": the log lines' prefix
  std::chrono::steady_clock::time_point last = std::chrono::steady_clock::now();
  void lap(const char* stage, std::size_t items) {
    auto now = std::chrono::steady_clock::now();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    spdlog::debug("{}: {} took {:.3f} s ({} items, peak memory so far {} MiB)", command, stage,
                  std::chrono::duration<double>(now - last).count(), items, usage.ru_maxrss / 1024);
    last = now;
  }
};

}  // namespace timeline
