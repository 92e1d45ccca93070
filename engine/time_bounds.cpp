#include "time_bounds.hpp"

#include <cctype>
#include <charconv>
#include <chrono>
#include <string>

#include <date/tz.h>

namespace timeline {
namespace {

using date::days;
using std::chrono::minutes;

std::optional<int> number(std::string_view s) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

Minutes day_start(date::year_month_day d) {
  return static_cast<Minutes>(date::sys_days(d).time_since_epoch().count()) * 24 * 60;
}

}  // namespace

std::optional<Minutes> reference_offset(const std::optional<PublicationTime>& reference, Minutes local_minutes) {
  if (!reference) return std::nullopt;
  if (reference->utc_offset) return static_cast<Minutes>(reference->utc_offset->count());
  if (reference->zone.empty()) return std::nullopt;
  try {
    const auto* zone = date::locate_zone(reference->zone);
    auto info = zone->get_info(date::sys_seconds(std::chrono::minutes(local_minutes)));
    return static_cast<Minutes>(std::chrono::duration_cast<minutes>(info.offset).count());
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

namespace {
// The UTC offset written at the end of a clock value ("21:00+01:00", "09:30-0500", "18:00Z").
std::optional<Minutes> stated_offset(std::string_view clock) {
  if (clock.ends_with('Z')) return Minutes{0};
  auto sign = clock.find_last_of("+-");
  if (sign == std::string_view::npos || sign < 2) return std::nullopt;
  auto off = clock.substr(sign + 1);
  auto h = off.size() >= 2 ? number(off.substr(0, 2)) : std::nullopt;
  std::optional<int> m = 0;
  if (off.size() == 5 && off[2] == ':') m = number(off.substr(3, 2));
  else if (off.size() == 4) m = number(off.substr(2, 2));
  else if (off.size() != 2) return std::nullopt;
  if (!h || !m || *h > 14 || *m > 59) return std::nullopt;
  Minutes total = *h * 60 + *m;
  return clock[sign] == '-' ? -total : total;
}
}  // namespace

bool zone_known(std::string_view v, const std::optional<PublicationTime>& reference) {
  if (v.size() > 11 && v[10] == 'T' && stated_offset(v.substr(11))) return true;
  return reference_offset(reference, 0).has_value();
}

std::optional<Bounds> timex_bounds(std::string_view v, const std::optional<PublicationTime>& reference,
                                   std::string_view mod) {
  Minutes a = 0, b = 0;
  if (v.size() == 4 && v[3] == 'X') {  // a decade: "199X"
    auto decade = number(v.substr(0, 3));
    if (!decade) return std::nullopt;
    a = day_start(date::year{*decade * 10} / date::January / 1);
    b = day_start(date::year{*decade * 10 + 10} / date::January / 1);
    return Bounds{a - kUnknownOffsetWidening, b + kUnknownOffsetWidening};
  }
  auto year = v.size() >= 4 ? number(v.substr(0, 4)) : std::nullopt;
  if (!year) return std::nullopt;
  date::year y{*year};
  // Months [first, last] of a year's quarter, half or season; the season of winter runs into the next year.
  auto months = [&](int first, int last) {
    const date::year_month january = y / date::January;
    a = day_start((january + date::months(first - 1)) / 1);
    b = day_start((january + date::months(last)) / 1);
  };
  if (v.size() == 4) {
    a = day_start(y / date::January / 1);
    b = day_start((y + date::years(1)) / date::January / 1);
  } else if (v.size() >= 8 && v[4] == '-' && v[5] == 'W') {
    auto w = number(v.substr(6, 2));
    if (!w || *w < 1 || *w > 53) return std::nullopt;
    // ISO week 1 holds 4 January; weeks start on Monday.
    date::sys_days jan4 = y / date::January / 4;
    date::sys_days monday = jan4 - (date::weekday(jan4) - date::Monday);
    date::sys_days start = monday + days(7 * (*w - 1));
    a = static_cast<Minutes>(start.time_since_epoch().count()) * 1440;
    b = a + 7 * 1440;
    if (v.size() == 11 && v.substr(8) == "-WE") a += 5 * 1440;  // the weekend: Saturday and Sunday
    else if (v.size() != 8) return std::nullopt;
  } else if (v.size() == 7 && v[4] == '-' && (v[5] == 'Q' || v[5] == 'H') && v[6] >= '1' && v[6] <= (v[5] == 'Q' ? '4' : '2')) {
    int k = v[6] - '0', len = v[5] == 'Q' ? 3 : 6;
    months(len * (k - 1) + 1, len * k);
  } else if (v.size() == 7 && v[4] == '-' && !std::isdigit(static_cast<unsigned char>(v[5]))) {
    auto season = v.substr(5);
    if (season == "SP") months(3, 5);
    else if (season == "SU") months(6, 8);
    else if (season == "FA") months(9, 11);
    else if (season == "WI") months(12, 14);
    else return std::nullopt;
  } else if (v.size() == 7 && v[4] == '-') {
    auto m = number(v.substr(5, 2));
    if (!m || *m < 1 || *m > 12) return std::nullopt;
    auto ym = y / date::month(static_cast<unsigned>(*m));
    a = day_start(ym / 1);
    b = day_start((ym + date::months(1)) / 1);
  } else if (v.size() >= 10 && v[4] == '-' && v[7] == '-') {
    auto m = number(v.substr(5, 2));
    auto d = number(v.substr(8, 2));
    if (!m || !d) return std::nullopt;
    date::year_month_day ymd = y / date::month(static_cast<unsigned>(*m)) / date::day(static_cast<unsigned>(*d));
    if (!ymd.ok()) return std::nullopt;
    a = day_start(ymd);
    b = a + 1440;
    if (v.size() > 10) {
      if (v[10] != 'T') return std::nullopt;
      auto rest = v.substr(11);
      std::pair<int, int> part{-1, -1};
      if (rest == "MO") part = kMorning;
      else if (rest == "MI") part = kMidday;
      else if (rest == "AF") part = kAfternoon;
      else if (rest == "EV") part = kEvening;
      else if (rest == "NI") part = kNight;
      else if (rest == "DT") part = kDaytime;
      if (part.first >= 0) {
        // "The early hours of Thursday", "early morning": the morning's start reaches back to
        // midnight (the small hours), so its first third is 00:00-08:00, not 06:00-08:00.
        if (rest == "MO" && mod == "START") part = {0, 8};
        b = a + part.second * 60;
        a = a + part.first * 60;
      } else {
        auto hh = rest.size() >= 2 ? number(rest.substr(0, 2)) : std::nullopt;
        auto mm = rest.size() >= 5 && rest[2] == ':' ? number(rest.substr(3, 2)) : std::optional<int>(0);
        if (!hh || !mm || *hh > 24 || *mm > 59) return std::nullopt;
        a += *hh * 60 + *mm;
        b = a + 1;
        // A value with its own offset ("T21:00+01:00", "T18:00Z") needs no zone of the report.
        if (auto off = stated_offset(rest)) return Bounds{a - *off, b - *off};
      }
    }
  } else {
    return std::nullopt;
  }
  // "early/mid/late August": a third of the period (rounded to whole days beyond a day).
  const bool small_hours = v.size() > 11 && v.substr(v.size() - 3) == "TMO" && mod == "START";
  if ((mod == "START" || mod == "MID" || mod == "END") && b - a >= 3 && !small_hours) {  // not a single minute
    Minutes third = (b - a) / 3;
    if (third >= 1440) third -= third % 1440;
    if (mod == "START") {
      b = a + third;
    } else if (mod == "END") {
      a = b - third;
    } else {
      a += third;
      b = a + third;
    }
  }
  if (auto off = reference_offset(reference, a)) return Bounds{a - *off, b - *off};
  return Bounds{a - kUnknownOffsetWidening, b + kUnknownOffsetWidening};
}

Bounds publication_bounds(const PublicationTime& t, Minutes delay) {
  Minutes day = day_start(t.day);
  std::optional<Minutes> off = t.utc_offset ? std::optional<Minutes>(t.utc_offset->count())
                                            : reference_offset(std::optional<PublicationTime>(t), day);
  if (t.time_of_day) {
    Minutes local = day + t.time_of_day->count() + delay;
    if (off) return {local - *off, local - *off + 1};
    return {local - kUnknownOffsetWidening, local + 1 + kUnknownOffsetWidening};
  }
  if (off) return {day - *off + delay, day + 1440 - *off + delay};
  return {day - kUnknownOffsetWidening + delay, day + 1440 + kUnknownOffsetWidening + delay};
}

PublicationTime shifted(const PublicationTime& t, Minutes delay) {
  if (!t.time_of_day || delay == 0) return t;
  PublicationTime s = t;
  Minutes total = t.time_of_day->count() + delay;
  Minutes day_shift = total >= 0 ? total / 1440 : -((-total + 1439) / 1440);
  s.day = date::year_month_day(date::sys_days(t.day) + days(static_cast<int>(day_shift)));
  s.time_of_day = minutes(total - day_shift * 1440);
  return s;
}

std::string shifted_iso(const PublicationTime& t, Minutes delay) { return shifted(t, delay).iso(); }

}  // namespace timeline
