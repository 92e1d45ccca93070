#pragma once
// The subcommands of `timeline`. Each registers its options on a CLI11 subcommand and returns the
// function that runs it; output goes to the given streams so that tests can capture it.
#include <functional>
#include <iosfwd>
#include <map>
#include <string>

#include <CLI/CLI.hpp>

namespace timeline::cli {

/// Exit codes (docs/cli.md).
enum ExitCode : int {
  kOk = 0,          ///< every input read, or the bad ones listed as skipped
  kNothingRead = 1, ///< no input could be read as a report
  kUsage = 2,       ///< bad command line
  kFailure = 3,     ///< output could not be written, or an internal error
  kBelowThreshold = 4,  ///< eval: a measure fell below its threshold
};

/// Checks the measures against a thresholds JSON file; prints what fell short. kOk,
/// kBelowThreshold, or kUsage when the file is unreadable or names an unknown measure.
int check_threshold_file(const std::string& path, const std::map<std::string, double>& measures, std::ostream& err);

using Runner = std::function<int(std::ostream& out, std::ostream& err)>;

/// Adds `read` to `app`; the runner is valid once the command line is parsed.
Runner add_read_command(CLI::App& app);

/// Adds `build`: the ordered timeline (text, JSON, dot, svg).
Runner add_build_command(CLI::App& app);

/// Adds `eval` (TempEval-3 TIMEX3 scores of a system folder against a gold folder).
Runner add_eval_command(CLI::App& app);

/// Adds `extract` (per-report JSON Lines records that `build --from-records` merges).
Runner add_extract_command(CLI::App& app);

/// Adds `tag` (time expressions of reports as TimeML, JSON or JSON Lines).
Runner add_tag_command(CLI::App& app);

}  // namespace timeline::cli
