#pragma once
// Minimum scores a regression run must reach: a JSON object of measure name -> minimum, checked
// against the measures an evaluation produced. Used by `timeline eval --thresholds` and by story
// folders' gold/thresholds.json.
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace timeline {

/// One measure held against its minimum.
struct ThresholdCheck {
  std::string measure;
  double minimum = 0, actual = 0;
  bool passed() const { return actual + 1e-9 >= minimum; }
};

/// Every numeric leaf of `json` as "a.b.c" -> value (the measures of an evaluation's JSON).
std::map<std::string, double> flatten_measures(const nlohmann::ordered_json& json);

/// Checks each threshold; false with `error` when the file names a measure that does not exist
/// or a minimum that is not a number between 0 and 1.
bool check_thresholds(const nlohmann::json& thresholds, const std::map<std::string, double>& measures,
                      std::vector<ThresholdCheck>& checks, std::string& error);

}  // namespace timeline
