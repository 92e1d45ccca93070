#pragma once
// A progress line on standard error for long runs: documents done of the total and MB/s. Shown
// only when standard error is a terminal, not with -q, and only once the run has taken a second.
#include <chrono>
#include <cstddef>
#include <iosfwd>
#include <string>

namespace timeline::cli {

class Progress {
 public:
  /// `err` is where the line goes; it is drawn only when `err` is std::cerr on a terminal and
  /// the log level is not errors-only (-q).
  Progress(std::ostream& err, std::size_t total_documents);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  /// One more document done (`bytes` long). Not thread-safe: callers serialize (RunOptions does).
  void document_done(std::size_t bytes);
  /// Counts again from zero, the line headed by `stage` ("dates: "): the files read twice past
  /// --hold-mib are counted once for their dates and once for the work proper.
  void restart(std::string stage, std::size_t total_documents);
  /// Clears the line, if one was drawn.
  void finish();

 private:
  std::ostream& err_;
  bool enabled_;
  bool drawn_ = false;
  std::size_t total_, done_ = 0, bytes_ = 0;
  std::string stage_;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace timeline::cli
