#include "thresholds.hpp"

namespace timeline {
namespace {

void flatten(const nlohmann::ordered_json& j, const std::string& prefix, std::map<std::string, double>& out) {
  if (j.is_number()) {
    out[prefix] = j.get<double>();
  } else if (j.is_object()) {
    for (const auto& [k, v] : j.items()) flatten(v, prefix.empty() ? k : prefix + "." + k, out);
  }
}

}  // namespace

std::map<std::string, double> flatten_measures(const nlohmann::ordered_json& json) {
  std::map<std::string, double> out;
  flatten(json, "", out);
  return out;
}

bool check_thresholds(const nlohmann::json& thresholds, const std::map<std::string, double>& measures,
                      std::vector<ThresholdCheck>& checks, std::string& error) {
  if (!thresholds.is_object()) {
    error = "thresholds must be a JSON object of measure name -> minimum";
    return false;
  }
  for (const auto& [name, minimum] : thresholds.items()) {
    auto it = measures.find(name);
    if (it == measures.end()) {
      error = "unknown measure '" + name + "'";
      return false;
    }
    if (!minimum.is_number() || minimum.get<double>() < 0 || minimum.get<double>() > 1) {
      error = "the minimum of '" + name + "' must be a number from 0 to 1";
      return false;
    }
    checks.push_back({name, minimum.get<double>(), it->second});
  }
  return true;
}

}  // namespace timeline
