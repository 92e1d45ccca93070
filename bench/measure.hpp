#pragma once
// One benchmark measurement and the table row that prints it (docs/performance.md).
#include <functional>
#include <string>

namespace timeline::bench {

struct Result {
  double seconds = 0;
  double bytes = 0;    ///< input bytes processed
  double items = 0;    ///< documents, expressions, events: whatever the stage counts
  long peak_kib = 0;   ///< the child's peak resident set
  bool failed = false;
};

/// Runs `work` in a forked child (so its peak memory is its own), `repeat` times; the fastest run.
Result best_of(int repeat, const std::function<Result()>& work);

/// Seconds since `start` on the steady clock (an opaque tick from now_ticks()).
double seconds_since(long long start);
long long now_ticks();

void print_header();
/// One row: time, MB/s of `r.bytes`, `r.items` per second in `unit`, peak memory.
void print_row(const std::string& measure, const std::string& input, const Result& r, const char* unit);
/// A row for a measurement that could not run, with the reason.
void print_skipped(const std::string& measure, const std::string& input, const std::string& why);

}  // namespace timeline::bench
