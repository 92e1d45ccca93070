#pragma once
// A small thread pool for work that is independent per item (one document, one version): items are
// handed out by index and every result is written to its own slot, so the output is assembled in
// item order and is the same for any number of threads.
#include <cstddef>
#include <functional>

namespace timeline {

/// The number of threads `requested` means: 0 is the machine's hardware concurrency (at least 1).
std::size_t thread_count(std::size_t requested);

/// Runs task(i) for every i in [0, n) on up to `threads` threads (1: on the calling thread, in
/// order). Tasks must only write state of their own item. When tasks throw, the remaining items are
/// abandoned and the exception of the lowest item that threw is rethrown, whatever the thread count.
void parallel_for(std::size_t n, std::size_t threads, const std::function<void(std::size_t)>& task);

}  // namespace timeline
