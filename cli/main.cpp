// timeline: reconstructs one ordered timeline of events from many reports of a story.
#include <iostream>
#include <map>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "commands.hpp"

namespace {

using namespace timeline::cli;

// The table of subcommands: name -> registration.
const std::vector<Runner (*)(CLI::App&)> kCommands = {
    add_read_command,
    add_build_command,
    add_extract_command,
    add_tag_command,
    add_eval_command,
};

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"timeline: event timeline reconstruction from news reports"};
  app.require_subcommand(1);
  app.fallthrough();  // -v and -q work after the subcommand too
  bool verbose = false, quiet = false;
  app.add_flag("-v,--verbose", verbose, "Log details (to standard error)");
  app.add_flag("-q,--quiet", quiet, "Log errors only");
  std::map<CLI::App*, Runner> runners;
  for (auto add : kCommands) {
    Runner run = add(app);
    runners[app.get_subcommands({}).back()] = std::move(run);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kOk : kUsage;
  }
  auto logger = spdlog::stderr_color_mt("timeline");
  spdlog::set_default_logger(logger);
  spdlog::set_pattern("timeline: %l: %v");
  spdlog::set_level(quiet ? spdlog::level::err : verbose ? spdlog::level::debug : spdlog::level::warn);
  try {
    for (auto* sub : app.get_subcommands())
      if (auto it = runners.find(sub); it != runners.end()) {
        int rc = it->second(std::cout, std::cerr);
        std::cout.flush();
        if (!std::cout) {
          std::cerr << "timeline: cannot write the output\n";
          return kFailure;
        }
        return rc;
      }
  } catch (const std::exception& e) {
    std::cerr << "timeline: internal error: " << e.what() << "\n";
    return kFailure;
  }
  return kUsage;
}
