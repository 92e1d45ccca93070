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

}  // namespace timeline
