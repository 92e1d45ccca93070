#include "iso_time.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>

#include <date/tz.h>

namespace timeline {
namespace {

// Reads exactly `width` digits at `pos`.
bool digits(std::string_view s, std::size_t pos, std::size_t width, int& out) {
  if (pos + width > s.size()) return false;
  for (std::size_t i = pos; i < pos + width; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  std::from_chars(s.data() + pos, s.data() + pos + width, out);
  return true;
}

// At most 40 bytes of `s` for an error message, never cutting a UTF-8 character in two.
std::string clip(std::string_view s) {
  std::size_t n = std::min<std::size_t>(s.size(), 40);
  while (n > 0 && n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return std::string(s.substr(0, n));
}

bool fail(std::string* error, std::string message) {
  if (error) *error = std::move(message);
  return false;
}

}  // namespace

std::string PublicationTime::iso() const {
  char buf[64];
  int n = std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(day.year()),
                        static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
  std::string out(buf, static_cast<std::size_t>(n));
  if (time_of_day) {
    auto m = time_of_day->count();
    n = std::snprintf(buf, sizeof buf, "T%02lld:%02lld", static_cast<long long>(m / 60), static_cast<long long>(m % 60));
    out.append(buf, static_cast<std::size_t>(n));
    if (utc_offset) {
      auto o = utc_offset->count();
      char sign = o < 0 ? '-' : '+';
      if (o < 0) o = -o;
      n = std::snprintf(buf, sizeof buf, "%c%02lld:%02lld", sign, static_cast<long long>(o / 60), static_cast<long long>(o % 60));
      out.append(buf, static_cast<std::size_t>(n));
    }
  }
  return out;
}

std::optional<PublicationTime> parse_iso_time(std::string_view s, std::string* error) {
  int y = 0, mo = 0, d = 0;
  if (!(digits(s, 0, 4, y) && s.size() >= 10 && s[4] == '-' && digits(s, 5, 2, mo) && s[7] == '-' && digits(s, 8, 2, d))) {
    fail(error, "expected a date as YYYY-MM-DD, got '" + clip(s) + "'");
    return std::nullopt;
  }
  PublicationTime t;
  t.day = date::year{y} / date::month{static_cast<unsigned>(mo)} / date::day{static_cast<unsigned>(d)};
  if (!t.day.ok()) {
    fail(error, "no such date: '" + std::string(s.substr(0, 10)) + "'");
    return std::nullopt;
  }
  std::size_t pos = 10;
  if (pos == s.size()) return t;
  int hh = 0, mm = 0, ss = 0;
  if (!((s[pos] == 'T' || s[pos] == ' ') && digits(s, pos + 1, 2, hh) && pos + 3 < s.size() && s[pos + 3] == ':' &&
        digits(s, pos + 4, 2, mm)) || hh > 23 || mm > 59) {
    fail(error, "expected a time as THH:MM after the date in '" + clip(s) + "'");
    return std::nullopt;
  }
  pos += 6;
  if (pos < s.size() && s[pos] == ':') {
    if (!digits(s, pos + 1, 2, ss) || ss > 60) {
      fail(error, "bad seconds in '" + clip(s) + "'");
      return std::nullopt;
    }
    pos += 3;
  }
  t.time_of_day = std::chrono::minutes(hh * 60 + mm);
  if (pos == s.size()) return t;
  if (s[pos] == 'Z' && pos + 1 == s.size()) {
    t.utc_offset = std::chrono::minutes(0);
    return t;
  }
  int oh = 0, om = 0;
  bool ok = (s[pos] == '+' || s[pos] == '-') && digits(s, pos + 1, 2, oh);
  std::size_t rest = pos + 3;
  if (ok && rest < s.size() && s[rest] == ':') ++rest;
  ok = ok && digits(s, rest, 2, om) && rest + 2 == s.size() && oh <= 14 && om <= 59;
  if (!ok) {
    fail(error, "bad UTC offset in '" + clip(s) + "' (expected Z, +HH:MM or -HHMM)");
    return std::nullopt;
  }
  int off = oh * 60 + om;
  t.utc_offset = std::chrono::minutes(s[pos] == '-' ? -off : off);
  return t;
}

bool apply_zone(PublicationTime& time, std::string_view zone, std::string* error) {
  const date::time_zone* tz = nullptr;
  try {
    tz = date::locate_zone(zone);
  } catch (const std::exception&) {
    return fail(error, "unknown time zone '" + std::string(zone) + "'");
  }
  time.zone = std::string(zone);
  if (time.time_of_day && !time.utc_offset) {
    auto local = date::local_days{time.day} + *time.time_of_day;
    try {
      auto info = tz->get_info(local);
      // Ambiguous local times (DST fall-back) take the first, earlier offset.
      time.utc_offset = std::chrono::duration_cast<std::chrono::minutes>(info.first.offset);
    } catch (const std::exception&) {
    }
  }
  return true;
}

std::optional<PublicationTime> in_zone(const PublicationTime& time, std::string_view zone) {
  PublicationTime out = time;
  if (!time.time_of_day || !time.utc_offset) {
    out.utc_offset.reset();
    if (!apply_zone(out, zone)) return std::nullopt;
    return out;
  }
  const date::time_zone* tz = nullptr;
  try {
    tz = date::locate_zone(zone);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  auto instant = date::sys_days{time.day} + *time.time_of_day - *time.utc_offset;
  auto local = date::make_zoned(tz, instant).get_local_time();
  auto day = date::floor<date::days>(local);
  out.day = date::year_month_day{day};
  out.time_of_day = std::chrono::duration_cast<std::chrono::minutes>(local - day);
  out.utc_offset = std::chrono::duration_cast<std::chrono::minutes>(tz->get_info(instant).offset);
  out.zone = std::string(zone);
  return out;
}

}  // namespace timeline
