// timeline-bench: prints the throughput, scaling and memory table of docs/performance.md.
//   timeline-bench [--news DIR] [--sizes 1000,10000] [--repeat N] [--chrono DIR] [--only ROWS]
// Each measurement runs in a forked child, so its peak memory (ru_maxrss) is its own.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "measure.hpp"
#include "parallel.hpp"
#include "peers.hpp"
#include "stages.hpp"
#include "story_generator.hpp"

namespace fs = std::filesystem;
using namespace timeline::bench;

namespace {

std::string self_dir() {
  std::error_code ec;
  auto p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string(".") : p.parent_path().string();
}

std::string threads_name(const char* stage, std::size_t threads) {
  return std::string(stage) + " (--threads " + std::to_string(threads) + ")";
}

void write_story_corpus(const fs::path& dir, std::size_t reports) {
  GeneratorOptions options;
  options.reports = reports;
  for (const auto& f : generate_stories(options)) {
    auto p = dir / f.path;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << f.bytes;
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"timeline benchmark: throughput, scaling and peak memory"};
  std::string news = "../shared/corpora/news/bbc", chrono = "bench/chrono";
  std::vector<std::size_t> sizes{1000, 10000};
  int repeat = 3;
  std::vector<std::string> only;
  app.add_option("--news", news, "Folder of real news text")->capture_default_str();
  app.add_option("--sizes", sizes, "Synthetic corpus sizes in reports")->delimiter(',')->capture_default_str();
  app.add_option("--repeat", repeat, "Runs per measurement (the best is shown)")->capture_default_str();
  app.add_option("--chrono", chrono, "Folder of the chrono-node comparison (npm ci there first)")->capture_default_str();
  app.add_option("--only", only, "Row groups to run: news, tag (its tag rows alone, for profiling), peers, startup, synthetic (default: all)")->delimiter(',');
  CLI11_PARSE(app, argc, argv);
  spdlog::set_level(spdlog::level::off);
  auto wanted = [&](const std::string& group) { return only.empty() || std::find(only.begin(), only.end(), group) != only.end(); };
  const std::size_t cores = timeline::thread_count(0);
  std::vector<std::size_t> thread_counts{1};
  if (cores > 1) thread_counts.push_back(cores);
  auto best = [&](const std::function<Result()>& work) { return best_of(repeat, work); };
  std::map<std::string, double> seconds;  // for the ratios below the table

  std::printf("timeline-bench: %zu cores, best of %d\n\n", cores, repeat);
  print_header();
  const bool have_news = fs::is_directory(news);
  const bool tag_only = !only.empty() && !wanted("news") && wanted("tag");
  if (wanted("news") || tag_only) {
    if (!have_news) print_skipped("read, tag, extract", "BBC news", news + " is absent");
    for (std::size_t t : have_news && !tag_only ? thread_counts : std::vector<std::size_t>{})
      print_row(threads_name("read", t), "BBC news", best([&] { return read_stage(news, t); }), "doc");
    if (have_news) {
      Result r = best([&] { return tag_stage(news, 0); });
      seconds["tag1"] = r.seconds;
      print_row("tag (1 core)", "BBC news", r, "expr");
    }
    for (std::size_t t : have_news ? thread_counts : std::vector<std::size_t>{}) {
      Result r = best([&] { return tag_stage(news, t); });
      seconds["tag" + std::to_string(t)] = r.seconds;
      print_row(threads_name("tag", t), "BBC news", r, "expr");
    }
    for (std::size_t t : have_news && !tag_only ? thread_counts : std::vector<std::size_t>{}) {
      Result r = best([&] { return extract_stage(news, t); });
      seconds["extract" + std::to_string(t)] = r.seconds;
      print_row(threads_name("extract", t), "BBC news", r, "doc");
    }
    for (std::size_t t : have_news && !tag_only ? thread_counts : std::vector<std::size_t>{})
      print_row(threads_name("extract + records", t), "BBC news", best([&] { return extract_stage(news, t, true); }), "doc");
  }

  fs::path scratch = fs::temp_directory_path() / ("timeline-bench-" + std::to_string(getpid()));
  if (wanted("peers")) {
    if (!have_news) {
      print_skipped("tag paragraphs / chrono-node", "BBC news paragraphs", news + " is absent");
    } else {
      fs::create_directories(scratch);
      std::string jsonl = (scratch / "paragraphs.jsonl").string();
      write_paragraphs(news, jsonl);
      Result ours = best([&] { return tag_paragraphs_stage(jsonl); });
      print_row("tag paragraphs (1 core)", "BBC news paragraphs", ours, "expr");
      std::string why;
      Result peer = chrono_stage(chrono, jsonl, repeat, why);
      if (peer.failed) {
        print_skipped("chrono-node (node, 1 core)", "BBC news paragraphs", why);
      } else {
        print_row("chrono-node (node, 1 core)", "BBC news paragraphs", peer, "expr");
        if (ours.seconds > 0) seconds["chrono_ratio"] = peer.seconds / ours.seconds;
      }
    }
  }
  if (wanted("startup")) {
    std::string why;
    Result r = startup_stage(self_dir() + "/timeline", 20, why);
    if (r.failed) print_skipped("start-up (timeline tag, 1 sentence)", "exec to exit", why);
    else print_row("start-up (timeline tag, 1 sentence)", "exec to exit", r, "run");
  }
  if (wanted("synthetic")) {
    for (std::size_t n : sizes) {
      fs::path dir = scratch / std::to_string(n);
      write_story_corpus(dir, n);
      std::string input = "synthetic " + std::to_string(n) + " reports";
      for (std::size_t t : thread_counts) {
        Result r = best([&] { return extract_stage(dir.string(), t); });
        seconds["sextract" + std::to_string(t) + "_" + std::to_string(n)] = r.seconds;
        print_row(threads_name("extract", t), input, r, "doc");
      }
      print_row("events (1 core, one registry)", input, best([&] { return events_stage(dir.string(), cores); }), "ment");
      print_row("merge + graph + order (1 core)", input, best([&] { return graph_stage(dir.string(), cores); }), "event");
      print_row(threads_name("build, whole", cores), input, best([&] { return build_stage(dir.string(), cores); }), "event");
      print_row(threads_name("build, by story", cores), input, best([&] { return build_by_story_stage(dir.string(), cores); }),
                "event");
      fs::remove_all(dir);
    }
  }
  fs::remove_all(scratch);

  std::printf("\n");
  auto ratio = [&](const char* what, const std::string& a, const std::string& b) {
    if (seconds.count(a) && seconds.count(b) && seconds[b] > 0) std::printf("%-48s %6.2fx\n", what, seconds[a] / seconds[b]);
  };
  if (cores > 1) {
    ratio("speed-up of tag, all cores vs one:", "tag1", "tag" + std::to_string(cores));
    ratio("speed-up of extract, all cores vs one:", "extract1", "extract" + std::to_string(cores));
  }
  if (seconds.count("chrono_ratio")) std::printf("%-48s %6.2fx\n", "tag paragraphs vs chrono-node (same text):", seconds["chrono_ratio"]);
  return 0;
}
