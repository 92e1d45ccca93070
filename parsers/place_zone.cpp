#include "place_zone.hpp"

#include <unordered_map>

#include "lexicon.hpp"

namespace timeline {
namespace {

const std::unordered_map<std::string, std::string>& zones_by_place() {
  static const auto table = embedded_pairs("place_zones.tsv");
  return table;
}

}  // namespace

std::string place_zone(std::string_view place, std::string_view country) {
  const auto& table = zones_by_place();
  if (auto it = table.find(std::string(place)); it != table.end()) return it->second;
  if (!country.empty())
    if (auto it = table.find(std::string(country)); it != table.end()) return it->second;
  return {};
}

std::string offset_zone(int offset_minutes) {
  if (offset_minutes % 60 != 0 || offset_minutes < -12 * 60 || offset_minutes > 14 * 60) return {};
  if (offset_minutes == 0) return "Etc/UTC";
  const int hours = offset_minutes / 60;
  return "Etc/GMT" + std::string(hours > 0 ? "-" : "+") + std::to_string(hours > 0 ? hours : -hours);
}

}  // namespace timeline
