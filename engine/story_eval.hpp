#pragma once
// Evaluation of a built timeline against a story's gold (corpus/<story>/gold/, docs/annotation.md):
// which gold events were found, with the right date, merged right across reports, in the right
// order; which conflicts were reported; and the TempEval-3 measures of the story's gold TimeML.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "pipeline.hpp"
#include "tempeval.hpp"

namespace timeline {

/// One gold mention: the report, optionally the version, and an exact quote of its sentence.
struct GoldMention {
  std::string doc;
  std::optional<int> version;
  std::string quote;
};

/// One gold event.
struct GoldEvent {
  std::string id, label, cls, value;
  std::vector<GoldMention> mentions;
};

/// A story's gold timeline (gold/timeline.json).
struct GoldTimeline {
  std::string story;
  std::vector<GoldEvent> events;
  std::vector<std::vector<std::string>> order;  ///< tie groups, in time order
  std::vector<std::vector<GoldMention>> conflicts;
  std::vector<std::string> conflict_summaries;
  std::map<std::string, std::string> dct;  ///< report file name -> its publication time (gold "dct")
};

/// Parses gold/timeline.json; nullopt and `error` when a required field is missing or mistyped.
std::optional<GoldTimeline> parse_gold_timeline(const nlohmann::json& json, std::string& error);

/// The scores of one story, with what was lost for a readable diff.
struct StoryEvaluation {
  std::string story;          ///< folder path
  std::map<std::string, double> measures;  ///< event_recall, event_precision, event_f1, date_accuracy,
                                           ///< merge_accuracy, order_accuracy, kendall_tau,
                                           ///< conflict_recall, timex_strict_f1, timex_f1 (relaxed), timex_value_f1,
                                           ///< dct_accuracy (the reports' publication days)
  std::vector<std::string> missed_events;  ///< "e4 'label' (doc: quote)"
  std::vector<std::string> wrong_dates;    ///< "e3 'label': gold X, system Y"
  std::vector<std::string> wrong_merges;
  std::vector<std::string> wrong_order;    ///< "e2 before e5 in the gold, after in the timeline"
  std::vector<std::string> missed_conflicts;
  std::vector<std::string> wrong_dcts;     ///< "report.txt: gold 2022-05-18, timeline 2022-05-17"
  std::vector<std::string> notes;          ///< problems with the gold itself (a quote not found)
};

/// Builds the story in `folder` and compares it with `folder/gold/`.
/// Whether a timeline's time value matches the gold's: the same text, or the same local clock
/// reading when the gold gives no UTC offset and the timeline does ("2023-11-01T21:00Z",
/// "2025-02-18T19:00-05:00" match gold "2023-11-01T21:00", "2025-02-18T19:00"): the gold wrote
/// the clock time it read, the timeline also says in which zone.
bool same_time_value(std::string_view timeline, std::string_view gold);

StoryEvaluation evaluate_story(const std::string& folder, const GoldTimeline& gold, const TagOptions& options);

/// The story folders at or below `path`: folders with a gold/timeline.json.
std::vector<std::string> find_story_folders(const std::string& path);

}  // namespace timeline
