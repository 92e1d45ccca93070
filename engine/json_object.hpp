#pragma once
// An ordered JSON object with room for its keys reserved up front.
//
// Why: nlohmann::ordered_json keeps an object's members in a std::vector of
// pair<const std::string, json>. That pair cannot be moved without a possible throw (its
// key is const), so when the vector grows it copies every member, nested arrays included.
// Adding "events" after "timexes" to a record deep-copied all of the record's time
// expressions. Reserving the keys first keeps each member where it was built.
#include <cstddef>

#include <nlohmann/json.hpp>

namespace timeline {

inline nlohmann::ordered_json json_object(std::size_t keys) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  j.get_ref<nlohmann::ordered_json::object_t&>().reserve(keys);
  return j;
}

}  // namespace timeline
