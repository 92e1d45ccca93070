#include "time_value.hpp"

#include <algorithm>
#include <charconv>

namespace timeline {
namespace {

std::optional<int> to_int(std::string_view s) {
  if (!s.empty() && s[0] == '+') s.remove_prefix(1);
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<double> to_double(std::string_view s) {
  double v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

bool set_int(std::optional<int>& field, std::string_view text) {
  auto v = to_int(text);
  if (!v) return false;
  field = *v;
  return true;
}

}  // namespace

std::string_view to_string(TimeKind kind) {
  switch (kind) {
    case TimeKind::point: return "point";
    case TimeKind::relative: return "relative";
    case TimeKind::shift: return "shift";
    case TimeKind::anaphor: return "anaphor";
    case TimeKind::duration: return "duration";
    case TimeKind::set: return "set";
    case TimeKind::ref: return "ref";
    case TimeKind::ignore: return "ignore";
  }
  return "point";
}

bool set_field(TimeValue& v, std::string_view name, std::string_view text) {
  if (name == "kind") {
    static constexpr std::pair<std::string_view, TimeKind> kinds[] = {
        {"point", TimeKind::point}, {"relative", TimeKind::relative}, {"shift", TimeKind::shift},
        {"anaphor", TimeKind::anaphor}, {"duration", TimeKind::duration}, {"set", TimeKind::set},
        {"ref", TimeKind::ref}, {"ignore", TimeKind::ignore}};
    for (auto [n, k] : kinds)
      if (n == text) return v.kind = k, true;
    return false;
  }
  if (name == "year") return set_int(v.year, text);
  if (name == "month" || name == "month_name") return set_int(v.month, text);
  if (name == "day") return set_int(v.day, text);
  if (name == "weekday" || name == "weekday_name") return set_int(v.weekday, text);
  if (name == "hour") return set_int(v.hour, text);
  if (name == "minute") return set_int(v.minute, text);
  if (name == "decade") return set_int(v.decade, text);
  if (name == "century") return set_int(v.century, text);
  if (name == "quarter") return set_int(v.quarter, text);
  if (name == "half") return set_int(v.half, text);
  if (name == "week") return set_int(v.week, text);
  if (name == "offset") {
    auto o = to_int(text);
    return o ? (v.offset = *o, true) : false;
  }
  if (name == "amount" || name == "amount_max") {
    auto& field = name == "amount" ? v.amount : v.amount_max;
    if (text == "X") return v.vague_amount = true, true;
    auto d = to_double(text);
    return d ? (field = *d, true) : false;
  }
  if (name == "unit" || name == "plural_unit") {
    // "2W" (fortnight) multiplies the amount: a fortnight is two weeks.
    std::size_t k = 0;
    while (k < text.size() && text[k] >= '0' && text[k] <= '9') ++k;
    if (k > 0) {
      auto m = to_int(text.substr(0, k));
      v.amount = v.amount.value_or(1) * *m;
      if (v.amount_max) v.amount_max = *v.amount_max * *m;
    }
    return v.unit.assign(text.substr(k)) && !v.unit.empty();
  }
  if (name == "pod" || name == "part_of_day") return v.part_of_day.assign(text);
  if (name == "season") return v.season.assign(text);
  if (name == "holiday") return v.holiday.assign(text);
  if (name == "mod" || name == "point_mod" || name == "dur_mod" || name == "day_mod") return v.mod.assign(text);
  if (name == "ref") return v.ref.assign(text);
  if (name == "zone") return v.zone.assign(text);
  if (name == "quant") return v.quant.assign(text);
  if (name == "freq") {  // "2X" from the lexicon ("twice"); a number ("3" times) gets its X
    if (!text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return v.freq.assign(std::string(text) + "X");
    return v.freq.assign(text);
  }
  if (name == "anchor") {
    if (text == "dct") return v.anchor = AnchorKind::dct, true;
    if (text == "story") return v.anchor = AnchorKind::story, true;
    return false;
  }
  if (name == "plus_half") return v.plus_half = text == "1", true;
  if (name == "two_digit_year") return v.two_digit_year = text == "1", true;
  if (name == "last_day") return v.last_day = text == "1", true;
  if (name == "not_adjacent") return v.not_adjacent = text == "1", true;
  if (name == "bc") return v.bc = text == "1", true;
  return false;
}

}  // namespace timeline
