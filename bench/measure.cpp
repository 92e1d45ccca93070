#include "measure.hpp"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>

namespace timeline::bench {

namespace {

Result measure(const std::function<Result()>& work) {
  int fds[2];
  if (pipe(fds) != 0) return {.failed = true};
  std::fflush(stdout);  // the child must not print the parent's buffered rows again
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    Result r = work();
    if (write(fds[1], &r, sizeof r) != sizeof r) _exit(1);
    _exit(0);
  }
  close(fds[1]);
  Result r;
  if (read(fds[0], &r, sizeof r) != sizeof r) r = {.failed = true};
  close(fds[0]);
  int status = 0;
  struct rusage usage {};
  wait4(pid, &status, 0, &usage);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) r.failed = true;
  r.peak_kib = usage.ru_maxrss;
  return r;
}

}  // namespace

Result best_of(int repeat, const std::function<Result()>& work) {
  Result b;
  for (int i = 0; i < repeat; ++i) {
    Result r = measure(work);
    if (i == 0 || r.failed || (!b.failed && r.seconds < b.seconds)) b = r;
    if (b.failed) break;
  }
  return b;
}

long long now_ticks() { return std::chrono::steady_clock::now().time_since_epoch().count(); }

double seconds_since(long long start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::duration(now_ticks() - start)).count();
}

void print_header() {
  std::printf("| %-35s | %-28s | %10s | %14s | %19s | %12s |\n", "measure", "input", "time", "throughput", "rate", "peak memory");
  std::printf("|%s|%s|%s|%s|%s|%s|\n", std::string(37, '-').c_str(), std::string(30, '-').c_str(), std::string(12, '-').c_str(),
              std::string(16, '-').c_str(), std::string(21, '-').c_str(), std::string(14, '-').c_str());
}

void print_row(const std::string& measure, const std::string& input, const Result& r, const char* unit) {
  if (r.failed) return print_skipped(measure, input, "failed (the child process did not finish)");
  double mb = r.bytes / 1e6;
  std::string per = std::string(unit) + "/s";
  std::printf("| %-35s | %-28s | %8.3f s | %9.1f MB/s | %10.0f %-8s | %8.1f MiB |\n", measure.c_str(), input.c_str(), r.seconds,
              r.seconds > 0 ? mb / r.seconds : 0.0, r.seconds > 0 ? r.items / r.seconds : 0.0, per.c_str(),
              static_cast<double>(r.peak_kib) / 1024.0);
  std::fflush(stdout);
}

void print_skipped(const std::string& measure, const std::string& input, const std::string& why) {
  std::printf("| %-35s | %-28s | skipped: %s |\n", measure.c_str(), input.c_str(), why.c_str());
  std::fflush(stdout);
}

}  // namespace timeline::bench
