#include "place_zone.hpp"

#include <stdexcept>
#include <unordered_map>

#include "lexicon.hpp"

namespace timeline {
namespace {

const std::unordered_map<std::string, std::string>& zones_by_place() {
  static const std::unordered_map<std::string, std::string> table = [] {
    std::unordered_map<std::string, std::string> t;
    for (const auto& row : embedded_rows("place_zones.tsv")) {
      if (row.fields.size() != 2) throw std::runtime_error("place_zones.tsv line " + std::to_string(row.line) + ": expected 2 fields");
      if (!t.emplace(std::string(row.fields[0]), std::string(row.fields[1])).second)
        throw std::runtime_error("place_zones.tsv line " + std::to_string(row.line) + ": place listed twice");
    }
    return t;
  }();
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
