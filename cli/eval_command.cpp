// `timeline eval`: scores time expressions against gold annotations with the TempEval-3 measures.
#include <ostream>

#include "commands.hpp"
#include "tempeval.hpp"
#include "thresholds.hpp"
#include "options.hpp"
#include "story_eval.hpp"

#include <filesystem>
#include <sstream>

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

namespace {

void print_lost(const StoryEvaluation& e, std::ostream& out) {
  auto section = [&](const char* title, const std::vector<std::string>& items) {
    if (items.empty()) return;
    out << "  " << title << ":\n";
    for (const auto& i : items) out << "    - " << i << "\n";
  };
  section("events not found", e.missed_events);
  section("wrong dates", e.wrong_dates);
  section("wrong merges", e.wrong_merges);
  section("wrong order", e.wrong_order);
  section("conflicts not reported", e.missed_conflicts);
  section("wrong publication days", e.wrong_dcts);
  section("gold problems", e.notes);
}

int evaluate_stories(const std::vector<std::string>& paths, const TagOptions& options, const std::string& format, bool diff,
                     std::ostream& out, std::ostream& err) {
  static const char* kColumns[] = {"event_recall", "event_precision", "date_accuracy", "merge_accuracy",
                                   "order_accuracy", "kendall_tau", "conflict_recall", "timex_f1", "timex_value_f1",
                                   "dct_accuracy"};
  std::vector<std::string> stories;
  for (const auto& p : paths) {
    auto found = find_story_folders(p);
    if (found.empty()) err << "timeline eval: " << p << ": no story folder with gold/timeline.json\n";
    stories.insert(stories.end(), found.begin(), found.end());
  }
  if (stories.empty()) return kNothingRead;
  nlohmann::ordered_json json = {{"stories", nlohmann::ordered_json::array()}};
  std::map<std::string, double> sum;
  bool all_passed = true;
  int rc = kOk;
  if (format == "text") {
    out << "story                              ";
    for (const char* c : kColumns) out << " " << std::string(c).substr(0, 10);
    out << "\n";
  }
  for (const auto& folder : stories) {
    std::filesystem::path gold_path = std::filesystem::path(folder) / "gold" / "timeline.json";
    std::string error;
    std::optional<GoldTimeline> gold;
    try {
      std::ifstream f(gold_path);
      gold = parse_gold_timeline(nlohmann::json::parse(f), error);
    } catch (const std::exception& e) {
      error = e.what();
    }
    if (!gold) {
      err << "timeline eval: " << gold_path.string() << ": " << error << "\n";
      rc = kUsage;
      continue;
    }
    StoryEvaluation e = evaluate_story(folder, *gold, options);
    for (const auto& [k, v] : e.measures) sum[k] += v;
    std::filesystem::path thresholds = std::filesystem::path(folder) / "gold" / "thresholds.json";
    bool passed = true;
    std::ostringstream shortfalls;
    if (std::filesystem::exists(thresholds)) {
      int t = check_threshold_file(thresholds.string(), e.measures, shortfalls);
      passed = t == kOk;
      if (t == kUsage) rc = kUsage;
    }
    all_passed = all_passed && passed;
    if (format == "json") {
      nlohmann::ordered_json s = {{"story", folder}, {"passed", passed}, {"measures", e.measures}};
      s["lost"] = {{"events", e.missed_events}, {"dates", e.wrong_dates}, {"merges", e.wrong_merges},
                   {"order", e.wrong_order}, {"conflicts", e.missed_conflicts}, {"gold_problems", e.notes}};
      json["stories"].push_back(std::move(s));
    } else {
      std::string name = std::filesystem::path(folder).filename().string();
      char buf[48];
      std::snprintf(buf, sizeof buf, "%-35.35s", name.c_str());
      out << buf;
      for (const char* c : kColumns) {
        std::snprintf(buf, sizeof buf, " %10.3f", e.measures[c]);
        out << buf;
      }
      out << (passed ? "" : "  BELOW THRESHOLD") << "\n";
      if (!passed) out << shortfalls.str();
      if (!passed || diff) print_lost(e, out);
    }
    if (!passed) err << shortfalls.str();
  }
  if (format == "json") {
    nlohmann::ordered_json mean;
    for (const auto& [k, v] : sum) mean[k] = v / static_cast<double>(stories.size());
    json["mean"] = mean;
    out << json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
  } else {
    char buf[48];
    out << "mean                               ";
    for (const char* c : kColumns) {
      std::snprintf(buf, sizeof buf, " %10.3f", sum[c] / static_cast<double>(stories.size()));
      out << buf;
    }
    out << "\n";
  }
  if (rc != kOk) return rc;
  return all_passed ? kOk : kBelowThreshold;
}

}  // namespace

Runner add_eval_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("eval", "Score system TIMEX3 against gold TimeML (TempEval-3 measures, docs/evaluation.md)");
  struct State {
    std::string gold, system, format = "text", thresholds;
    bool diff = false;
    TagFlags tag;
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
  cmd->add_option("paths", state->paths,
                  "Story folders with gold/timeline.json (or a folder of them): build each and compare with its gold");
  cmd->add_flag("--diff", state->diff, "Stories: print what was lost even when every threshold holds");
  add_tag_flags(*cmd, state->tag);
  return [state](std::ostream& out, std::ostream& err) -> int {
    if (!state->paths.empty()) {
      if (!state->gold.empty() || !state->system.empty()) {
        err << "timeline eval: give either story folders or --gold and --system, not both\n";
        return kUsage;
      }
      return evaluate_stories(state->paths, state->tag.options(), state->format, state->diff, out, err);
    }
    if (state->gold.empty() || state->system.empty()) {
      err << "timeline eval: --gold DIR and --system DIR are both required\n";
      return kUsage;
    }
    auto report = evaluate_timeml_folders(state->gold, state->system);
    if (state->format == "json") out << tempeval_to_json(report).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
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
