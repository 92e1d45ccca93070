#include "timex.hpp"

namespace timeline {

std::string_view to_string(TimexType type) {
  switch (type) {
    case TimexType::date: return "DATE";
    case TimexType::time: return "TIME";
    case TimexType::duration: return "DURATION";
    case TimexType::set: return "SET";
  }
  return "DATE";
}

std::string_view value_offset(std::string_view value) {
  // A clock time: "...THH:MM" or "...THH:MM:SS", then "Z" or a sign with HH, HHMM or HH:MM.
  const auto t = value.find('T');
  if (t == std::string_view::npos || value.size() < t + 6 || value[t + 3] != ':') return {};
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::size_t end = t + 6;
  if (value.size() >= end + 3 && value[end] == ':' && digit(value[end + 1]) && digit(value[end + 2])) end += 3;  // ":SS"
  std::string_view rest = value.substr(end);
  if (rest == "Z") return rest;
  if (rest.size() < 3 || (rest[0] != '+' && rest[0] != '-')) return {};
  std::string_view hm = rest.substr(1);
  const bool ok = (hm.size() == 2 && digit(hm[0]) && digit(hm[1])) ||
                  (hm.size() == 4 && digit(hm[0]) && digit(hm[1]) && digit(hm[2]) && digit(hm[3])) ||
                  (hm.size() == 5 && digit(hm[0]) && digit(hm[1]) && hm[2] == ':' && digit(hm[3]) && digit(hm[4]));
  return ok ? rest : std::string_view{};
}

std::string_view timex3_value(std::string_view value) {
  return value.substr(0, value.size() - value_offset(value).size());
}

}  // namespace timeline
