// timeline-generate: writes synthetic stories for benchmarks (docs/performance.md).
//   timeline-generate --reports 10000 --seed 1 OUT_DIR
#include <filesystem>
#include <fstream>
#include <iostream>

#include <CLI/CLI.hpp>

#include "story_generator.hpp"

int main(int argc, char** argv) {
  CLI::App app{"Write synthetic multi-report stories (plain reports, version-diff pages, boilerplate)"};
  timeline::bench::GeneratorOptions options;
  std::string out;
  app.add_option("--reports", options.reports, "How many reports")->capture_default_str();
  app.add_option("--per-story", options.reports_per_story, "Reports per story")->capture_default_str();
  app.add_option("--people", options.people, "People to draw from (0: grows with the corpus; 10: the famous ones only)")
      ->capture_default_str();
  app.add_option("--years", options.years, "Years the stories' dates spread over from 2000 (sets stories per day)")
      ->capture_default_str();
  app.add_option("--seed", options.seed, "Seed (same seed, same bytes)")->capture_default_str();
  app.add_option("out", out, "Output folder")->required();
  CLI11_PARSE(app, argc, argv);
  std::size_t bytes = 0;
  for (const auto& f : timeline::bench::generate_stories(options)) {
    auto path = std::filesystem::path(out) / f.path;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << f.bytes;
    bytes += f.bytes.size();
  }
  std::cerr << "timeline-generate: " << options.reports << " reports, " << bytes << " bytes in " << out << "\n";
  return 0;
}
