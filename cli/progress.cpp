#include "progress.hpp"

#include <cstdio>
#include <iostream>

#include <spdlog/spdlog.h>
#include <unistd.h>

namespace timeline::cli {

Progress::Progress(std::ostream& err, std::size_t total_documents)
    : err_(err),
      enabled_(&err == &std::cerr && ::isatty(STDERR_FILENO) == 1 && spdlog::get_level() < spdlog::level::err),
      total_(total_documents),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

Progress::~Progress() { finish(); }

void Progress::document_done(std::size_t bytes) {
  ++done_;
  bytes_ += bytes;
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  // Short runs show nothing; long ones redraw ten times a second at most.
  if (now - start_ < std::chrono::seconds(1) || (drawn_ && now - last_draw_ < std::chrono::milliseconds(100))) return;
  last_draw_ = now;
  double seconds = std::chrono::duration<double>(now - start_).count();
  constexpr int kWidth = 30;
  int filled = total_ ? static_cast<int>(kWidth * done_ / total_) : kWidth;
  char line[160];
  std::snprintf(line, sizeof line, "\r%.20s[%-*.*s] %zu/%zu documents, %.1f MB/s ", stage_.c_str(), kWidth, filled,
                "##############################", done_, total_, static_cast<double>(bytes_) / 1e6 / seconds);
  err_ << line << std::flush;
  drawn_ = true;
}

void Progress::restart(std::string stage, std::size_t total_documents) {
  if (drawn_) err_ << "\r\033[K" << std::flush;  // the next line may be shorter
  stage_ = std::move(stage);
  total_ = total_documents;
  done_ = bytes_ = 0;
  start_ = std::chrono::steady_clock::now() - std::chrono::seconds(drawn_ ? 1 : 0);  // a line shown stays shown
}

void Progress::finish() {
  if (!drawn_) return;
  err_ << "\r\033[K" << std::flush;  // the line is erased: what follows starts clean
  drawn_ = false;
}

}  // namespace timeline::cli
