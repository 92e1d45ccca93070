// `timeline eval`: scores time expressions against gold annotations with the TempEval-3 measures.
#include <ostream>

#include "commands.hpp"
#include "tempeval.hpp"
#include "thresholds.hpp"

#include <fstream>

namespace timeline::cli {

int check_threshold_file(const std::string& path, const std::map<std::string, double>& measures, std::ostream& err) {
  nlohmann::json thresholds;
  try {
    std::ifstream f(path);
    thresholds = nlohmann::json::parse(f);
  } catch (const std::exception& e) {
    err << "timeline eval: " << path << ": invalid JSON (" << e.what() << ")\n";
    return kUsage;
  }
  std::vector<ThresholdCheck> checks;
  std::string error;
  if (!check_thresholds(thresholds, measures, checks, error)) {
    err << "timeline eval: " << path << ": " << error << "\n";
    return kUsage;
  }
  bool ok = true;
  for (const auto& c : checks)
    if (!c.passed()) {
      err << "timeline eval: " << c.measure << " is " << c.actual << ", below its threshold " << c.minimum << "\n";
      ok = false;
    }
  return ok ? kOk : kBelowThreshold;
}

Runner add_eval_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("eval", "Score system TIMEX3 against gold TimeML (TempEval-3 measures, docs/evaluation.md)");
  struct State {
    std::string gold, system, format = "text", thresholds;
    std::vector<std::string> paths;
  };
  auto state = std::make_shared<State>();
  cmd->add_option("--gold", state->gold, "Folder of gold TimeML files (.tml, read recursively)")->check(CLI::ExistingDirectory);
  cmd->add_option("--system", state->system, "Folder of system TimeML files, paired with the gold ones by file name")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--format", state->format, "Output format")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
  cmd->add_option("--thresholds", state->thresholds,
                  "JSON file of minimum scores (e.g. {\"relaxed.f1\": 0.9}); exit 4 when any is not reached")
      ->check(CLI::ExistingFile);
  // Reserved for evaluating story folders against their gold/ annotations (a later mode).
  cmd->add_option("paths", state->paths, "Story folders (not supported yet)");
  return [state](std::ostream& out, std::ostream& err) -> int {
    if (!state->paths.empty()) {
      err << "timeline eval: evaluating story folders is not supported yet; use --gold DIR --system DIR\n";
      return kUsage;
    }
    if (state->gold.empty() || state->system.empty()) {
      err << "timeline eval: --gold DIR and --system DIR are both required\n";
      return kUsage;
    }
    auto report = evaluate_timeml_folders(state->gold, state->system);
    if (state->format == "json") out << tempeval_to_json(report).dump(2) << "\n";
    else print_tempeval_text(report, out);
    // Nothing compared: no gold document was read, or none had a usable system file.
    bool compared = report.documents.size() > report.missing_system.size();
    if (!compared) err << "timeline eval: nothing could be compared (" << report.documents.size() << " gold document(s), "
                       << report.missing_system.size() << " without a usable system file)\n";
    if (!compared) return kNothingRead;
    if (state->thresholds.empty()) return kOk;
    return check_threshold_file(state->thresholds, flatten_measures(tempeval_to_json(report)), err);
  };
}

}  // namespace timeline::cli
