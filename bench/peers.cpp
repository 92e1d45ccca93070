#include "peers.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

#include <nlohmann/json.hpp>

#include "corpus_loader.hpp"
#include "extraction.hpp"
#include "iso_time.hpp"
#include "time_resolver.hpp"

extern char** environ;
namespace fs = std::filesystem;

namespace timeline::bench {

double write_paragraphs(const std::string& news, const std::string& jsonl) {
  auto corpus = load_corpus({news}, {});
  std::ofstream out(jsonl, std::ios::binary);
  double bytes = 0;
  for (const auto& doc : corpus.documents) {
    if (doc.versions.empty()) continue;
    for (const auto& p : doc.versions.front().paragraphs) {
      std::string_view text = std::string_view(doc.bytes).substr(p.span.begin, p.span.size());
      if (text.empty()) continue;
      out << nlohmann::json{{"text", text}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
      bytes += static_cast<double>(text.size());
    }
  }
  return bytes;
}

Result tag_paragraphs_stage(const std::string& jsonl) {
  std::vector<std::string> paragraphs;
  std::ifstream in(jsonl, std::ios::binary);
  for (std::string line; std::getline(in, line);) paragraphs.push_back(nlohmann::json::parse(line).at("text").get<std::string>());
  load_time_tables();
  const auto reference = parse_iso_time("2005-01-01");
  Result r;
  for (const auto& p : paragraphs) r.bytes += static_cast<double>(p.size());
  auto t0 = now_ticks();
  std::size_t found = 0;
  for (const auto& p : paragraphs) found += tag_phrase(p, reference, TagOptions{}).size();
  r.seconds = seconds_since(t0);
  r.items = static_cast<double>(found);
  return r;
}

Result chrono_stage(const std::string& chrono_dir, const std::string& jsonl, int repeat, std::string& why) {
  if (!fs::exists(fs::path(chrono_dir) / "node_modules" / "chrono-node")) {
    why = "chrono-node is not installed: npm ci --prefix " + chrono_dir;
    return {.failed = true};
  }
  std::string command = "node '" + (fs::path(chrono_dir) / "chrono_bench.mjs").string() + "' " + std::to_string(repeat) + " < '" + jsonl + "'";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  if (!pipe) {
    why = "cannot run node";
    return {.failed = true};
  }
  std::string output;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe.get())) output.append(buffer, n);
  auto figures = nlohmann::json::parse(output, nullptr, false);
  if (figures.is_discarded() || !figures.contains("seconds")) {
    why = "node printed no figures (is node installed?)";
    return {.failed = true};
  }
  Result r;
  r.bytes = figures.value("bytes", 0.0);
  r.seconds = figures.value("seconds", 0.0);
  r.items = figures.value("expressions", 0.0);
  return r;
}

Result startup_stage(const std::string& timeline, int runs, std::string& why) {
  if (access(timeline.c_str(), X_OK) != 0) {
    why = timeline + " is not built";
    return {.failed = true};
  }
  fs::path input = fs::temp_directory_path() / ("timeline-startup-" + std::to_string(getpid()) + ".txt");
  std::ofstream(input) << "The talks ended on Friday after more than 12 hours.\n";
  std::string in = input.string();
  std::vector<const char*> argv{timeline.c_str(), "-q", "tag", "--dct", "2016-09-09", "--format", "json", in.c_str(), nullptr};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  Result best{.failed = true};
  for (int i = 0; i < runs; ++i) {
    auto t0 = now_ticks();
    pid_t pid = 0;
    if (posix_spawn(&pid, timeline.c_str(), &actions, nullptr, const_cast<char* const*>(argv.data()), environ) != 0) break;
    int status = 0;
    waitpid(pid, &status, 0);
    double s = seconds_since(t0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      why = "timeline tag failed";
      break;
    }
    if (best.failed || s < best.seconds) best = {.seconds = s, .bytes = 0, .items = 1};
  }
  posix_spawn_file_actions_destroy(&actions);
  fs::remove(input);
  return best;
}

}  // namespace timeline::bench
