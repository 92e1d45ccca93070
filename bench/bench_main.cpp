// timeline-bench: prints the throughput, scaling and memory table of docs/performance.md.
//   timeline-bench [--news DIR] [--sizes 1000,10000] [--repeat N]
// Each measurement runs in a forked child, so its peak memory (ru_maxrss) is its own.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "corpus_loader.hpp"
#include "extraction.hpp"
#include "parallel.hpp"
#include "story_generator.hpp"
#include "time_resolver.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct Result {
  double seconds = 0;
  double bytes = 0;    // input bytes processed
  double items = 0;    // documents, expressions, events: whatever the stage counts
  long peak_kib = 0;   // child's peak resident set
};

// Runs `work` in a child process; the child writes its figures to a pipe.
Result measure(const std::function<Result()>& work) {
  int fds[2];
  if (pipe(fds) != 0) return {};
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    Result r = work();
    if (write(fds[1], &r, sizeof r) != sizeof r) _exit(1);
    _exit(0);
  }
  close(fds[1]);
  Result r;
  if (read(fds[0], &r, sizeof r) != sizeof r) r = {};
  close(fds[0]);
  int status = 0;
  struct rusage usage {};
  wait4(pid, &status, 0, &usage);
  r.peak_kib = usage.ru_maxrss;
  return r;
}

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

std::size_t folder_bytes(const fs::path& dir) {
  std::size_t n = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) n += e.file_size();
  return n;
}

Result read_stage(const fs::path& dir) {
  auto t0 = Clock::now();
  auto corpus = timeline::load_corpus({dir.string()}, {});
  Result r;
  r.seconds = seconds_since(t0);
  r.bytes = static_cast<double>(folder_bytes(dir));
  r.items = static_cast<double>(corpus.documents.size());
  return r;
}

// Time tagging alone: the corpus is read first (not timed), then every sentence of every version
// of every document is tagged and resolved. Bytes are the sentences' bytes, items the expressions.
// `threads` 0: tag_times in a plain loop; otherwise tag_corpus on that many threads (engine/extraction.cpp).
Result tag_stage(const fs::path& dir, std::size_t threads = 0) {
  auto corpus = timeline::load_corpus({dir.string()}, {});
  Result r;
  std::size_t bytes = 0;
  for (const auto& doc : corpus.documents)
    for (const auto& v : doc.versions)
      for (const auto& s : v.sentences) bytes += s.span.size();
  auto t0 = Clock::now();
  std::size_t found = 0;
  if (threads == 0) {
    for (const auto& doc : corpus.documents)
      for (const auto& v : doc.versions) found += timeline::tag_times(doc, v, timeline::TagOptions{}).size();
  } else {
    timeline::RunOptions run;
    run.threads = threads;
    for (const auto& per_doc : timeline::tag_corpus(corpus, timeline::TagOptions{}, run))
      for (const auto& v : per_doc) found += v.size();
  }
  r.seconds = seconds_since(t0);
  r.bytes = static_cast<double>(bytes);
  r.items = static_cast<double>(found);
  return r;
}

void row(const std::string& measure, const std::string& input, const Result& r, const char* unit) {
  double mb = r.bytes / 1e6;
  std::printf("| %-34s | %-26s | %8.3f s | %9.1f MB/s | %10.0f %s/s | %8.1f MiB |\n", measure.c_str(), input.c_str(), r.seconds,
              r.seconds > 0 ? mb / r.seconds : 0.0, r.seconds > 0 ? r.items / r.seconds : 0.0, unit,
              static_cast<double>(r.peak_kib) / 1024.0);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"timeline benchmark: throughput, scaling and peak memory"};
  std::string news = "../shared/corpora/news/bbc";
  std::vector<std::size_t> sizes{1000, 10000};
  int repeat = 3;
  app.add_option("--news", news, "Folder of real news text")->capture_default_str();
  app.add_option("--sizes", sizes, "Synthetic corpus sizes in reports")->delimiter(',');
  app.add_option("--repeat", repeat, "Runs per measurement (the best is shown)")->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  spdlog::set_level(spdlog::level::off);

  auto best = [&](const std::function<Result()>& work) {
    Result b;
    for (int i = 0; i < repeat; ++i) {
      Result r = measure(work);
      if (i == 0 || r.seconds < b.seconds) b = r;
    }
    return b;
  };
  std::printf("| %-34s | %-26s | %10s | %14s | %17s | %12s |\n", "measure", "input", "time", "throughput", "rate", "peak memory");
  std::printf("|%s|%s|%s|%s|%s|%s|\n", std::string(36, '-').c_str(), std::string(28, '-').c_str(), std::string(12, '-').c_str(),
              std::string(16, '-').c_str(), std::string(19, '-').c_str(), std::string(14, '-').c_str());
  if (fs::is_directory(news)) row("read (1 core)", "BBC news", best([&] { return read_stage(news); }), "doc");
  else std::printf("| %-34s | %-26s | skipped: %s is absent\n", "read (1 core)", "BBC news", news.c_str());
  if (fs::is_directory(news)) row("tag (1 core)", "BBC news", best([&] { return tag_stage(news); }), "expr");
  else std::printf("| %-34s | %-26s | skipped: %s is absent\n", "tag (1 core)", "BBC news", news.c_str());
  // The same through the thread pool of `--threads` (the output is the same; only the time differs).
  for (std::size_t threads : {std::size_t{1}, timeline::thread_count(0)}) {
    std::string name = "tag (--threads " + std::to_string(threads) + ")";
    if (fs::is_directory(news)) row(name, "BBC news", best([&] { return tag_stage(news, threads); }), "expr");
    else std::printf("| %-34s | %-26s | skipped: %s is absent\n", name.c_str(), "BBC news", news.c_str());
    if (timeline::thread_count(0) == 1) break;  // one core: the row above is the only one
  }

  fs::path scratch = fs::temp_directory_path() / ("timeline-bench-" + std::to_string(getpid()));
  for (std::size_t n : sizes) {
    fs::path dir = scratch / std::to_string(n);
    timeline::bench::GeneratorOptions options;
    options.reports = n;
    for (const auto& f : timeline::bench::generate_stories(options)) {
      auto p = dir / f.path;
      fs::create_directories(p.parent_path());
      std::ofstream(p, std::ios::binary) << f.bytes;
    }
    row("read (1 core)", "synthetic " + std::to_string(n) + " reports", best([&] { return read_stage(dir); }), "doc");
  }
  fs::remove_all(scratch);
  return 0;
}
