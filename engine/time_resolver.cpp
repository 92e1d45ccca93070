#include "time_resolver.hpp"

#include <algorithm>
#include <unordered_map>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <date/date.h>
#include <date/iso_week.h>
#include <date/tz.h>

#include "sentence_splitter.hpp"
#include "lines.hpp"
#include "time_bounds.hpp"
#include "time_lexicon.hpp"
#include "time_tagger.hpp"

namespace timeline {
namespace {

using date::days;
using date::sys_days;
using date::year_month_day;

// Zero-padded decimal ("%0*d"): std::to_chars, because printf's format parsing cost a fifth of
// resolving an expression.
std::string pad(int v, int width) {
  char digits[16];
  auto [end, ec] = std::to_chars(digits, digits + sizeof digits, v < 0 ? -static_cast<long long>(v) : v);
  (void)ec;  // an int always fits
  std::string out;
  if (v < 0) out += '-';
  for (auto n = end - digits + (v < 0 ? 1 : 0); n < width; ++n) out += '0';
  out.append(digits, end);
  return out;
}

int year_of(const year_month_day& d) { return static_cast<int>(d.year()); }
int month_of(const year_month_day& d) { return static_cast<int>(static_cast<unsigned>(d.month())); }
int day_of(const year_month_day& d) { return static_cast<int>(static_cast<unsigned>(d.day())); }
int iso_weekday(const year_month_day& d) { return static_cast<int>(date::weekday{sys_days{d}}.iso_encoding()); }

year_month_day make_day(int y, int m, int d) {
  return date::year{y} / date::month{static_cast<unsigned>(m)} / date::day{static_cast<unsigned>(d)};
}
year_month_day add_days(const year_month_day& d, int n) { return year_month_day{sys_days{d} + days{n}}; }

// A year as TIMEX3 writes it: four digits, "BC0480" before the common era (TIMEX2's form, which
// TimeML corpora keep).
std::string year_text(int y) { return y < 0 ? "BC" + pad(-y, 4) : pad(y, 4); }

std::string iso_day(const year_month_day& d) { return year_text(year_of(d)) + "-" + pad(month_of(d), 2) + "-" + pad(day_of(d), 2); }
std::string iso_week(const year_month_day& d) {
  iso_week::year_weeknum_weekday w{sys_days{d}};
  return year_text(static_cast<int>(w.year())) + "-W" + pad(static_cast<int>(static_cast<unsigned>(w.weeknum())), 2);
}
std::string iso_month(int y, int m) {
  while (m < 1) m += 12, --y;
  while (m > 12) m -= 12, ++y;
  return year_text(y) + "-" + pad(m, 2);
}

// Easter Sunday (Anonymous Gregorian algorithm).
year_month_day easter(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
  return make_day(y, month, day);
}

// A holiday's date in year y: "12-25", "easter-2", "11-4thu", "05-Lmon".
std::optional<year_month_day> holiday_day(std::string_view h, int y) {
  if (h.starts_with("easter")) {
    int off = std::atoi(std::string(h.substr(6)).c_str());
    return add_days(easter(y), off);
  }
  if (h.size() < 4 || h[2] != '-') return std::nullopt;
  int m = std::atoi(std::string(h.substr(0, 2)).c_str());
  auto rest = h.substr(3);
  if (rest.size() == 2) return make_day(y, m, std::atoi(std::string(rest).c_str()));
  static constexpr std::string_view names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  int wd = 0;
  for (int k = 0; k < 7; ++k)
    if (rest.substr(1) == names[k]) wd = k + 1;
  if (wd == 0) return std::nullopt;
  if (rest[0] == 'L') {
    auto last = year_month_day{date::year{y} / date::month{static_cast<unsigned>(m)} / date::last};
    int back = (iso_weekday(last) - wd + 7) % 7;
    return add_days(last, -back);
  }
  int n = rest[0] - '0';
  auto first = make_day(y, m, 1);
  int fwd = (wd - iso_weekday(first) + 7) % 7;
  return add_days(first, fwd + 7 * (n - 1));
}

// How far ahead a past-tense sentence may still mean a date of this year (see resolve_point).
constexpr long kAheadDays = 92;

// Which way an expression without a direction word points: its tense, else the option.
enum class Dir { past, future, nearest };
Dir direction(const TimeValue& v, const TagOptions& o) {
  if (v.tense == Tense::past) return Dir::past;
  if (v.tense == Tense::future) return Dir::future;
  return o.prefer == Prefer::past ? Dir::past : o.prefer == Prefer::future ? Dir::future : Dir::nearest;
}

// The year of month/day (day 0: the whole month) seen from `ref` in direction `dir`.
int infer_year(int month, int day, const year_month_day& ref, Dir dir) {
  int y = year_of(ref);
  int here = month_of(ref) * 32 + (day ? day_of(ref) : 0), there = month * 32 + day;
  switch (dir) {
    case Dir::past: return there <= here ? y : y - 1;
    case Dir::future: return there >= here ? y : y + 1;
    case Dir::nearest: {
      int diff = there - here;  // in ~days/32 units: more than half a year away flips the year
      if (diff > 6 * 32) return y - 1;
      if (diff < -6 * 32) return y + 1;
      return y;
    }
  }
  return y;
}

year_month_day weekday_near(int wd, const year_month_day& ref, Dir dir) {
  int r = iso_weekday(ref);
  int back = (r - wd + 7) % 7, fwd = (wd - r + 7) % 7;
  if (dir == Dir::past) return add_days(ref, -back);
  if (dir == Dir::future) return add_days(ref, fwd);
  return back <= fwd ? add_days(ref, -back) : add_days(ref, fwd);
}

// The 24-hour clock of an hour a part of day qualifies: "8 in the evening" is 20:00, "11 at
// night" 23:00 (but "2 at night" 02:00).
int clock_hour(const TimeValue& v) {
  const int h = *v.hour;
  const std::string_view pod = v.part_of_day;
  const bool later_half = pod == "AF" || pod == "EV" || (pod == "NI" && h >= 6);
  return h < 12 && later_half ? h + 12 : h;
}

std::string clock_suffix(const TimeValue& v, const std::optional<year_month_day>& day) {
  std::string s;
  if (v.hour) {
    s = "T" + pad(clock_hour(v), 2) + ":" + pad(v.minute.value_or(0), 2);
    if (!v.zone.empty()) {
      auto def = zone_definition(v.zone);
      if (!def.empty() && (def[0] == '+' || def[0] == '-')) {
        s += def == "+00:00" ? std::string("Z") : std::string(def);
      } else if (!def.empty() && day) {
        try {  // a zone name: its offset on that local date, from the tz database
          auto* tz = date::locate_zone(def);
          auto info = tz->get_info(date::local_days{*day} + std::chrono::hours{clock_hour(v) % 24});
          auto off = std::chrono::duration_cast<std::chrono::minutes>(info.first.offset).count();
          char sign = off < 0 ? '-' : '+';
          if (off < 0) off = -off;
          s += std::string(1, sign) + pad(static_cast<int>(off / 60), 2) + ":" + pad(static_cast<int>(off % 60), 2);
        } catch (const std::exception&) {
        }
      }
    }
  } else if (!v.part_of_day.empty()) {
    s = "T" + v.part_of_day;
  }
  return s;
}

std::string unit_letter(const std::string& unit) {
  if (unit == "MIN") return "M";
  if (unit == "WE") return "WE";
  return unit;
}

// "P6Y" + "P3M" = "P6Y3M", "PT2H" + "PT40M" = "PT2H40M", "P1D" + "PT6H" = "P1DT6H". Weeks do not
// mix with other units in ISO 8601: "P1W" + "P2D" = "P9D".
std::string join_durations(const std::string& a, const std::string& b) {
  auto parts = [](const std::string& v) {
    std::string date = v.substr(1), time;
    if (auto t = date.find('T'); t != std::string::npos) time = date.substr(t + 1), date = date.substr(0, t);
    return std::make_pair(date, time);
  };
  auto [ad, at] = parts(a);
  auto [bd, bt] = parts(b);
  auto weeks_as_days = [](std::string& d) {
    if (d.size() < 2 || d.back() != 'W' || d.find_first_not_of("0123456789", 0) != d.size() - 1) return false;
    d = std::to_string(std::stoll(d.substr(0, d.size() - 1)) * 7) + "D";
    return true;
  };
  if (!bd.empty() && ad.ends_with("W") && weeks_as_days(ad) && bd.ends_with("D") &&
      bd.find_first_not_of("0123456789", 0) == bd.size() - 1) {
    ad = std::to_string(std::stoll(ad.substr(0, ad.size() - 1)) + std::stoll(bd.substr(0, bd.size() - 1))) + "D";
    bd.clear();
  }
  std::string time = at + bt;
  return "P" + ad + bd + (time.empty() ? "" : "T" + time);
}

// "P3D", "PT12H", "PXM", "P1.5Y" -> "P18M" (TIMEX3 has no fractions: move down a unit).
std::string duration_value(double amount, bool vague, std::string unit) {
  // TimeML writes quarters as Q ("P2Q"); decades and centuries as years, which ISO 8601 knows.
  if (unit == "DE") amount *= 10, unit = "Y";
  else if (unit == "CE") amount *= 100, unit = "Y";
  bool time = unit == "H" || unit == "MIN" || unit == "S";
  std::string amount_text;
  if (vague) amount_text = "X";
  else {
    if (std::abs(amount - std::round(amount)) > 1e-9) {
      static const std::pair<std::string, std::pair<std::string, double>> down[] = {
          {"Y", {"M", 12}}, {"M", {"D", 30}}, {"W", {"D", 7}}, {"D", {"H", 24}}, {"H", {"MIN", 60}}, {"MIN", {"S", 60}}};
      for (const auto& [from, to] : down)
        if (from == unit && amount > 1) {
          // "two and a half years" = P2Y6M, "an hour and a half" = PT1H30M: the whole units, then
          // the rest in the next unit down when it is whole (ISO 8601 allows a fraction only last).
          double whole = std::floor(amount), rest = (amount - whole) * to.second;
          if (std::abs(rest - std::round(rest)) > 1e-9) break;
          bool whole_time = unit == "H" || unit == "MIN" || unit == "S";
          bool rest_time = to.first == "H" || to.first == "MIN" || to.first == "S";
          std::string out = std::string("P") + (whole_time ? "T" : "") + std::to_string(static_cast<long long>(whole)) + unit_letter(unit);
          out += std::string(rest_time && !whole_time ? "T" : "") + std::to_string(static_cast<long long>(std::llround(rest))) + unit_letter(to.first);
          return out;
        }
      for (const auto& [from, to] : down)
        if (from == unit) {
          amount *= to.second;
          unit = to.first;
          time = unit == "H" || unit == "MIN" || unit == "S";
          break;
        }
    }
    amount_text = std::to_string(static_cast<long long>(std::llround(amount)));
  }
  return std::string("P") + (time ? "T" : "") + amount_text + unit_letter(unit);
}

// The year that puts `month` nearest, in months, to month `sm` of year `sy` (one of sy - 1, sy,
// sy + 1); ties go forward.
int nearest_year(int sy, int sm, int month) {
  int best = sy;
  for (int y : {sy - 1, sy + 1})
    if (std::abs((y - sy) * 12 + month - sm) < std::abs(month - sm) ||
        (std::abs((y - sy) * 12 + month - sm) == std::abs(month - sm) && y > best))
      best = y;
  return best;
}

// The story day used for expressions that name only a part of a day or a clock time.
std::optional<year_month_day> story_day(const ResolveContext& c) {
  if (c.last && c.last->month && c.last->day) return make_day(c.last->year, *c.last->month, *c.last->day);
  if (c.dct) return c.dct->day;
  return std::nullopt;
}

void remember(ResolveContext& c, int y, std::optional<int> m, std::optional<int> d) {
  c.last = StoryTime{y, m, d, std::nullopt};
  c.last_index = c.resolved;
  c.last_paragraph = c.paragraph;
  c.last_sentence = c.sentence;
  if (!c.dct || y <= year_of(c.dct->day) - 3) {
    c.last_far = c.last;
    c.last_far_index = c.last_index;
    c.last_far_paragraph = c.paragraph;
  }
  bool after_publication = false;
  if (c.dct) {
    int py = year_of(c.dct->day), pm = month_of(c.dct->day), pd = day_of(c.dct->day);
    after_publication = y > py || (y == py && m && (*m > pm || (*m == pm && d && *d > pd)));
  }
  if (!after_publication) {
    c.last_past = c.last;
    c.last_past_index = c.last_index;
    c.last_past_paragraph = c.paragraph;
  }
}

// In a history told from long after (ResolveContext::narrative), the story's last time long
// before the publication: what a month without a year, a season or "the end of the year" count
// from. In a report that has spoken of its own days, only in the paragraph that named that time
// and the next.
const StoryTime* narrative_time(const ResolveContext& c) {
  if (!c.narrative() || !c.last_far || c.last_far->year == 0) return nullptr;
  // A report that has spoken of its own days ("on Thursday", "last week") returns to them in a
  // later paragraph; a history that never has keeps its time across paragraphs.
  if (c.deictic > 0 && c.last_far_paragraph + 1 < c.paragraph) return nullptr;
  return &*c.last_far;
}

// The anchor of an expression counted from narrative_time(): the expression that named it.
std::string narrative_anchor(const ResolveContext& c) { return "t" + std::to_string(*c.last_far_index + 1); }

// The anchor of an expression counted from the story's time: the expression that set it, or
// the DCT when the story has named no time yet.
std::string story_anchor(const ResolveContext& c) {
  return c.last_index ? "t" + std::to_string(*c.last_index + 1) : std::string("dct");
}

// The season containing `ref` (0 spring, 1 summer, 2 autumn, 3 winter, by astronomical
// seasons) and the year it belongs to: winter belongs to the year it starts in.
constexpr std::string_view kSeasons[] = {"SP", "SU", "FA", "WI"};
std::pair<int, int> season_of(const year_month_day& ref) {
  int md = month_of(ref) * 100 + day_of(ref), y = year_of(ref);
  int now = md < 320 ? 3 : md < 621 ? 0 : md < 922 ? 1 : md < 1221 ? 2 : 3;
  return {now, md < 320 ? y - 1 : y};
}
int season_index(std::string_view season) {
  return static_cast<int>(std::find(std::begin(kSeasons), std::end(kSeasons), season) - std::begin(kSeasons));
}

Timex resolve_point(const TimeValue& v, ResolveContext& c, Timex& t) {
  const auto ref = c.dct ? std::optional<year_month_day>(c.dct->day) : std::nullopt;
  Dir dir = direction(v, c.options);
  bool timeish = v.hour || !v.part_of_day.empty();
  t.type = timeish ? TimexType::time : TimexType::date;
  if (v.century) return t.value = pad(*v.century - 1, 2), t;
  if (v.decade) return t.value = pad(*v.decade, 3), t;
  std::optional<int> year = v.year;
  // "480 BC"; "the 2017 BC election" in a report of 2017 is British Columbia's.
  if (year && v.bc && !(ref && std::abs(*year - year_of(*ref)) <= 30)) *year = -*year;
  if (year && !v.two_digit_year) {
    ++c.years_written;
    if (!ref || *year <= year_of(*ref) - 3) ++c.years_far;
  }
  // "3 March that year": the year is the story's.
  if (!year && v.anchor == AnchorKind::story && c.last) {
    year = c.last->year;
    t.anchor = story_anchor(c);
  }
  // A history told from long after: "In September 1940 ... In February, ..." is the February
  // nearest the story's time (1941), not the report's. Only when the story's time is itself far
  // from the publication: a report of today that mentions 1990 once still counts from today.
  if (const StoryTime* story = narrative_time(c); !year && v.month && !v.weekday && story) {
    year = nearest_year(story->year, story->month.value_or(6), *v.month);
    t.anchor = narrative_anchor(c);
  }
  // A backstory of a news report: "Kessel was arrested on 3 March that year ... He resigned two
  // days later, on 5 March" (in a report of 2022) is 5 March of the story's year when the story
  // has just named a day of another year than the report's (this paragraph or the one before)
  // and the date lies within three months of it. Not for what is still to come.
  if (!year && v.month && v.day && !v.weekday && ref && c.last && c.last->month && c.last->day &&
      c.last->year != year_of(*ref) && c.paragraph <= c.last_paragraph + 1 && v.tense != Tense::future) {
    const int best = nearest_year(c.last->year, *c.last->month, *v.month);
    if (std::abs((best - c.last->year) * 12 + *v.month - *c.last->month) <= 3) {
      year = best;
      t.anchor = story_anchor(c);
    }
  }
  if (year && v.two_digit_year && *year < 100) {
    int base = ref ? year_of(*ref) / 100 * 100 : 2000;
    *year += base;
    if (ref && *year > year_of(*ref) + 20) *year -= 100;
  }
  if (v.week) {
    int y = year.value_or(ref ? year_of(*ref) : 0);
    return t.value = year_text(y) + "-W" + pad(*v.week, 2), t;
  }
  if (v.quarter || v.half || !v.season.empty()) {
    // "In the summer" of a history is the story's summer; its winter, the one after its autumn.
    if (const StoryTime* story = narrative_time(c); !year && !v.season.empty() && story) {
      year = story->year;
      if (v.season == "WI" && story->month && *story->month <= 2) *year -= 1;
      t.anchor = narrative_anchor(c);
    }
    std::string y = year ? year_text(*year) : ref ? year_text(year_of(*ref)) : "XXXX";
    if (!v.season.empty() && !year && ref && dir != Dir::nearest) {
      // "since the summer" said in March is last year's summer; "the spring" ahead in a future
      // sentence said in September is next year's.
      auto [now, season_year] = season_of(*ref);
      int wanted = season_index(v.season);
      int yy = year_of(*ref);
      if (dir == Dir::past && wanted > now) yy = season_year - 1;
      else if (dir == Dir::past) yy = season_year;
      else if (dir == Dir::future && wanted < now) yy = season_year + 1;
      else if (dir == Dir::future) yy = season_year;
      y = year_text(yy);
    }
    if (v.quarter && !year && ref && dir == Dir::past && *v.quarter > (month_of(*ref) - 1) / 3 + 1) {
      // "announced a drop in profits for the fourth quarter" in January: last year's quarter.
      year = year_of(*ref) - 1;
      y = year_text(*year);
    }
    if (year || ref) remember(c, year ? *year : year_of(*ref), std::nullopt, std::nullopt);
    if (v.quarter && c.last) c.last->quarter = v.quarter;
    if (v.quarter) t.value = y + "-Q" + std::to_string(*v.quarter);
    else if (v.half) t.value = y + "-H" + std::to_string(*v.half);
    else t.value = y + "-" + v.season;
    return t;
  }
  std::optional<year_month_day> day;
  if (!v.holiday.empty()) {
    int y = year.value_or(ref ? year_of(*ref) : 2000);
    auto h = holiday_day(v.holiday, y);
    if (h && !year && ref) {
      int guess = infer_year(month_of(*h), day_of(*h), *ref, dir);
      auto gap = (sys_days{*h} - sys_days{*ref}).count();
      if (dir == Dir::past && gap > 0 && gap <= kAheadDays) guess = y;  // "said it would end by Easter"
      if (guess != y) h = holiday_day(v.holiday, guess);
    }
    if (!h) return t.value = "XXXX-XX-XX", t;
    if (!year && !ref) {
      t.value = "XXXX" + iso_day(*h).substr(4);
      return t;
    }
    day = h;
  } else if (v.month) {
    if (!year && ref) {
      t.anchor = "dct";  // the year comes from the DCT
      // Reports say "Nov. 17" or "early March" for dates just ahead even in past tense sentences
      // ("said it will pay on Nov. 17"), so a past reading of a day only reaches back beyond
      // the next three months, and of a whole month beyond the next month.
      year = infer_year(*v.month, v.day.value_or(0), *ref, dir);
      if (dir == Dir::past && *year < year_of(*ref)) {
        if (v.day) {
          auto ahead = make_day(year_of(*ref), *v.month, std::min(*v.day, 28));
          auto gap = (sys_days{ahead} - sys_days{*ref}).count();
          if (gap > 0 && gap <= kAheadDays) year = year_of(*ref);
        } else if (*v.month == month_of(*ref) + 1) {
          year = year_of(*ref);
        }
      }
    }
    if (!v.day && v.last_day && year) {  // "the last day of February 2016": the 29th
      day = year_month_day{date::year{*year} / date::month{static_cast<unsigned>(*v.month)} / date::last};
    } else if (!v.day) {
      t.value = year ? iso_month(*year, *v.month) : "XXXX-" + pad(*v.month, 2);
      if (year) remember(c, *year, v.month, std::nullopt);
      return t;
    } else if (!year) {
      t.value = "XXXX-" + pad(*v.month, 2) + "-" + pad(*v.day, 2) + clock_suffix(v, std::nullopt);
      return t;
    } else {
      day = make_day(*year, *v.month, *v.day);
      if (!day->ok()) return t.value = iso_month(*year, *v.month), t;
    }
  } else if (v.weekday) {
    if (!ref) return t.value = "XXXX-WXX-" + std::to_string(*v.weekday) + clock_suffix(v, std::nullopt), t;
    day = weekday_near(*v.weekday, *ref, dir);
    // "struck on Thursday local time" in a report of Wednesday evening: where it happened, the
    // next day had begun; a week back is what a reporter would call "last Thursday".
    if (v.local_time && dir == Dir::past && iso_weekday(add_days(*ref, 1)) == *v.weekday) day = add_days(*ref, 1);
    t.anchor = "dct";  // a temporal function of the DCT (TimeML): "Friday" is the Friday nearest it
  } else if (year) {
    remember(c, *year, std::nullopt, std::nullopt);
    return t.value = year_text(*year), t;
  } else if (timeish) {
    day = story_day(c);  // "at 10 p.m." in a story about a Friday is that Friday's evening
    if (!day) return t.value = clock_suffix(v, std::nullopt), t;
    t.anchor = c.last && c.last->day ? story_anchor(c) : std::string("dct");
    // "The Foreign Office said at 9pm GMT": a clock time told in the past had come by the time
    // the report was published. When the story's last day would put it wholly after the
    // publication ("trains would not resume until tomorrow. ... said at 9pm GMT"), it is the day
    // of the last past time, else the report's own. Without a known zone it moves only when no
    // offset could make it past: "struck at 2.17am" after "Thursday local time" stays on that
    // Thursday in a report published on the Wednesday evening in London.
    // (Not once the report reads its times where they happened: "in the early hours of Thursday
    // local time ... hit at 2.17am" in a London report of Wednesday night is Thursday's 2.17am.)
    if (v.hour && v.tense == Tense::past && c.dct && c.dct->time_of_day && !(c.local_frame && v.zone.empty())) {
      const Bounds published = publication_bounds(*c.dct, 0);
      auto past = [&](const year_month_day& d) {
        auto b = timex_bounds(iso_day(d) + clock_suffix(v, d), c.dct);
        return !b || b->first <= published.second;
      };
      if (!past(*day)) {
        std::optional<year_month_day> last_past;
        if (c.last_past && c.last_past->month && c.last_past->day)
          last_past = make_day(c.last_past->year, *c.last_past->month, *c.last_past->day);
        if (last_past && past(*last_past)) {
          day = last_past;
          t.anchor = c.last_past_index ? "t" + std::to_string(*c.last_past_index + 1) : std::string("dct");
        } else if (past(c.dct->day)) {
          day = c.dct->day;
          t.anchor = "dct";
        } else if (const auto before = add_days(c.dct->day, -1); !v.zone.empty() && past(before)) {
          // "said at 11pm GMT" in a report of 00:40 GMT: the evening before (a time in a zone of
          // its own; one read on the local clock of where things happened is left to that frame)
          day = before;
          t.anchor = "dct";
        }
      }
    }
    // "The envoy arrived on Thursday. He will brief ministers at 3pm": a clock time still to
    // come is not on a story day before the report's own.
    if (v.hour && v.tense == Tense::future && c.dct && *day < c.dct->day) {
      day = c.dct->day;
      t.anchor = "dct";
    }
  } else {
    return t.value = "XXXX-XX-XX", t;
  }
  remember(c, year_of(*day), month_of(*day), day_of(*day));
  if (v.unit == "WE") return t.value = iso_week(*day) + "-WE", t;  // "the weekend of September 10"
  t.value = iso_day(*day) + clock_suffix(v, day);
  return t;
}

Timex resolve_relative(const TimeValue& v, ResolveContext& c, Timex& t) {
  if (!c.dct) {
    t.value = v.offset < 0 ? "PAST_REF" : v.offset > 0 ? "FUTURE_REF" : "PRESENT_REF";
    return t;
  }
  auto ref = c.dct->day;
  t.anchor = "dct";
  // In a history, "the next year", "the previous April", "by the end of the month" (rules marked
  // anchor=story: the wording refers back) count from the story's time, as precise as it is: a
  // year for years and seasons, a month for months. "Last month" stays the report's.
  if (const StoryTime* story = v.anchor == AnchorKind::story ? narrative_time(c) : nullptr) {
    std::string_view u = v.unit;
    const bool by_year = u == "Y" || !v.season.empty();
    const bool by_month = (u == "M" || u == "Q" || v.month) && story->month;
    const bool by_day = (u == "W" || u == "WE" || u == "D" || v.weekday) && story->day;
    if ((by_year && !v.month && !v.weekday) || by_month || by_day) {
      ref = make_day(story->year, story->month.value_or(6), story->day.value_or(15));
      t.anchor = narrative_anchor(c);
    } else if ((u == "M" || u == "Q") && !v.month && !story->month) {
      // "The next year ... by the end of the month": the story is known to the year only.
      t.anchor = narrative_anchor(c);
      return t.value = year_text(story->year), t;
    }
  } else if (v.anchor == AnchorKind::story && !v.season.empty() && c.last && c.last->year) {
    // "By the end of 2014 it was signed. The next spring, it was ratified": a season with "the"
    // follows the story's time in a news report's backstory too.
    ref = make_day(c.last->year, c.last->month.value_or(6), c.last->day.value_or(15));
    t.anchor = story_anchor(c);
  }
  int y = year_of(ref), m = month_of(ref);
  if (v.weekday) {
    int r = iso_weekday(ref);
    int back = (r - *v.weekday + 7) % 7, fwd = (*v.weekday - r + 7) % 7;
    year_month_day d = v.offset < 0 ? add_days(ref, back == 0 ? -7 : -back)
                       : v.offset > 0 ? add_days(ref, fwd == 0 ? 7 : fwd)
                                      : add_days(ref, *v.weekday - r);
    remember(c, year_of(d), month_of(d), day_of(d));
    t.type = v.part_of_day.empty() ? TimexType::date : TimexType::time;
    return t.value = iso_day(d) + clock_suffix(v, d), t;
  }
  if (v.month && v.unit != "Y") {
    // "last April": the latest April before this month; "next April": the first after it.
    int yy = v.offset < 0 ? (*v.month < m ? y : y - 1) : v.offset > 0 ? (*v.month > m ? y : y + 1) : y;
    // ... but "last August" said in September is not the month just gone ("last month"): the
    // August of the year before (TimeBank: "crashed last February" in a report of 1 March 1998
    // is 1997-02). A story's "the previous April" keeps the plain reading.
    if (v.not_adjacent && v.offset < 0 && t.anchor == "dct" && yy * 12 + *v.month == y * 12 + m - 1) --yy;
    remember(c, yy, v.month, std::nullopt);
    return t.value = iso_month(yy, *v.month), t;
  }
  if (!v.season.empty()) {
    // "last summer": the latest summer already over, by astronomical seasons (a report of
    // 9 September is still in summer, so its "last summer" is the year before). Winter belongs
    // to the year it starts in.
    auto [now, season_year] = season_of(ref);
    int wanted = season_index(v.season);
    // "this summer" said in March is this calendar year's; "this winter" the one under way.
    int yy = wanted == 3 ? season_year : y;
    if (v.offset < 0) yy = wanted < now ? season_year : season_year - 1;
    else if (v.offset > 0) yy = wanted > now ? season_year : season_year + 1;
    return t.value = year_text(yy) + "-" + v.season, t;
  }
  std::string_view u = v.unit;
  if (u == "D") {
    // A report that reads its times where they happened ("local time") and has told a time of
    // the day after its own publication day there (a London report of 19:40 on 1 November about
    // Japan, "6am" on 2 November local time) counts a day word from that local day: "would not
    // resume until tomorrow" is 3 November.
    if (c.local_frame && t.anchor == "dct" && c.last && c.last->month && c.last->day && v.part_of_day.empty() && !v.hour)
      if (auto local = make_day(c.last->year, *c.last->month, *c.last->day); local.ok() && local == add_days(ref, 1)) {
        ref = local;
        t.anchor = story_anchor(c);
      }
    auto d = add_days(ref, v.offset);
    remember(c, year_of(d), month_of(d), day_of(d));
    if (!v.part_of_day.empty() || v.hour) t.type = TimexType::time;
    return t.value = iso_day(d) + clock_suffix(v, d), t;
  }
  if (u == "W") return t.value = iso_week(add_days(ref, 7 * v.offset)), t;
  if (u == "WE") {
    // The weekend of this ISO week, unless the words look back from a weekday ("over the weekend" said on a Friday).
    int r = iso_weekday(ref), shift = v.offset;
    if (r < 6 && v.offset == 0 && direction(v, c.options) == Dir::past) shift = -1;
    if (r < 6 && v.offset > 0) shift = 0;
    return t.value = iso_week(add_days(ref, 7 * shift)) + "-WE", t;
  }
  if (u == "M") {
    int mm = m + v.offset, yy = y;
    while (mm < 1) mm += 12, --yy;
    while (mm > 12) mm -= 12, ++yy;
    if (v.day)  // "the 5th of next month"
      if (auto d = make_day(yy, mm, *v.day); d.ok()) {
        remember(c, yy, mm, v.day);
        return t.value = iso_day(d), t;
      }
    remember(c, yy, mm, std::nullopt);
    return t.value = iso_month(yy, mm), t;
  }
  if (u == "Y") {
    const int yy = y + v.offset;
    // "the second half of next year", "the first quarter of last year".
    if (v.half || v.quarter) {
      remember(c, yy, std::nullopt, std::nullopt);
      return t.value = year_text(yy) + (v.half ? "-H" + std::to_string(*v.half) : "-Q" + std::to_string(*v.quarter)), t;
    }
    // "March last year", "5 March next year": a month (and day) of the year counted.
    if (v.month) {
      if (v.day)
        if (auto d = make_day(yy, *v.month, *v.day); d.ok()) {
          remember(c, yy, v.month, v.day);
          return t.value = iso_day(d), t;
        }
      remember(c, yy, v.month, std::nullopt);
      return t.value = iso_month(yy, *v.month), t;
    }
    remember(c, yy, std::nullopt, std::nullopt);
    return t.value = year_text(yy), t;
  }
  if (u == "Q") {
    int q = (m - 1) / 3 + v.offset, yy = y;
    while (q < 0) q += 4, --yy;
    while (q > 3) q -= 4, ++yy;
    remember(c, yy, std::nullopt, std::nullopt);
    c.last->quarter = q + 1;
    return t.value = year_text(yy) + "-Q" + std::to_string(q + 1), t;
  }
  if (u == "DE") return t.value = pad(y / 10 + v.offset, 3), t;
  if (u == "CE") return t.value = pad(y / 100 + v.offset, 2), t;
  t.value = v.offset < 0 ? "PAST_REF" : v.offset > 0 ? "FUTURE_REF" : "PRESENT_REF";
  return t;
}

Timex resolve_shift(const TimeValue& v, ResolveContext& c, Timex& t) {
  std::string_view u = v.unit;
  bool small = u == "H" || u == "MIN" || u == "S";
  std::optional<year_month_day> base;
  if (v.anchor == AnchorKind::story) base = story_day(c);
  else if (c.dct) base = c.dct->day;
  if (v.anchor == AnchorKind::story && c.last && !c.last->day && (u == "Y" || u == "M") && !v.vague_amount)
    base = make_day(c.last->year, c.last->month.value_or(1), 1);
  if (v.anchor == AnchorKind::story && c.last && !c.last->day && (u == "D" || u == "W") && v.amount && !v.vague_amount &&
      !c.last->quarter) {
    // "in March 2020 ... two days later": the story gives only a month (or year), so the shifted
    // time is known at that granularity, not counted from the report's day.
    t.anchor = story_anchor(c);
    return t.value = c.last->month ? iso_month(c.last->year, *c.last->month) : year_text(c.last->year), t;
  }
  // "Updated 3 hours ago" in a page stamped 12:00: 09:00 that day, when the report gives its clock.
  if (small && v.anchor == AnchorKind::dct && v.amount && !v.vague_amount && c.dct && c.dct->time_of_day) {
    const double per = u == "H" ? 60 : u == "MIN" ? 1 : 0;
    const auto shift = static_cast<Minutes>(std::llround(*v.amount * per));
    if (shift > 0 && shift <= 7 * 1440) {
      t.type = TimexType::time;
      t.anchor = "dct";
      if (v.mod == "MORE_THAN" || v.mod == "EQUAL_OR_MORE") t.mod = v.offset < 0 ? "BEFORE" : "AFTER";
      else if (v.mod == "LESS_THAN" || v.mod == "EQUAL_OR_LESS") t.mod = v.offset < 0 ? "AFTER" : "BEFORE";
      return t.value = shifted_iso(*c.dct, v.offset < 0 ? -shift : shift), t;
    }
  }
  if (small || v.vague_amount || !base || !v.amount) {
    if ((v.vague_amount || (!base && !small)) && v.anchor == AnchorKind::dct) {  // no DCT: "two days ago" is PAST_REF
      t.value = v.offset < 0 ? "PAST_REF" : "FUTURE_REF";
      return t;
    }
    t.type = TimexType::duration;
    t.value = duration_value(v.amount.value_or(1), v.vague_amount, std::string(u));
    return t;
  }
  t.anchor = v.anchor == AnchorKind::dct ? "dct" : story_anchor(c);
  // TimeML: "more than 40 days ago" is a date BEFORE that day, "less than a year ago" AFTER it.
  if (v.mod == "MORE_THAN" || v.mod == "EQUAL_OR_MORE") t.mod = v.offset < 0 ? "BEFORE" : "AFTER";
  else if (v.mod == "LESS_THAN" || v.mod == "EQUAL_OR_LESS") t.mod = v.offset < 0 ? "AFTER" : "BEFORE";
  int n = static_cast<int>(std::llround(*v.amount)) * (v.offset < 0 ? -1 : 1);
  // Reports comparing periods ("profit rose in the third quarter from a year earlier") mean the
  // same quarter of another year.
  if (u == "Y" && c.last && c.last->quarter) {
    int from = v.anchor == AnchorKind::dct && c.dct ? year_of(c.dct->day) : c.last->year;
    return t.value = year_text(from + n) + "-Q" + std::to_string(*c.last->quarter), t;
  }
  const auto b = *base;
  // Times counted back from the story's time do not become the story's time themselves: a chain
  // of "a year earlier" in one report all count from the same reported time. A narrative moves
  // forward, though, where a later time opens its sentence: "Two days later the talks collapsed.
  // That afternoon ..." is the afternoon of the later day ("attacked on Tuesday, but a day later
  // they were gone. ... it happened that night" is still Tuesday's).
  bool keep = v.anchor == AnchorKind::dct || (v.offset > 0 && v.opens_sentence);
  if (u == "D") {
    auto d = add_days(b, n);
    if (keep) remember(c, year_of(d), month_of(d), day_of(d));
    if (!v.part_of_day.empty() || v.hour) t.type = TimexType::time;  // "the next morning"
    return t.value = iso_day(d) + clock_suffix(v, d), t;
  }
  if (u == "W") return t.value = iso_week(add_days(b, 7 * n)), t;
  if (u == "M") {
    int mm = month_of(b) + n, yy = year_of(b);
    while (mm < 1) mm += 12, --yy;
    while (mm > 12) mm -= 12, ++yy;
    if (keep) remember(c, yy, mm, std::nullopt);
    return t.value = iso_month(yy, mm), t;
  }
  int years = u == "Y" ? n : u == "DE" ? 10 * n : u == "CE" ? 100 * n : 0;
  if (years == 0 && u != "Y") {
    t.type = TimexType::duration;
    return t.value = duration_value(*v.amount, false, std::string(u)), t;
  }
  if (keep) remember(c, year_of(b) + years, std::nullopt, std::nullopt);
  return t.value = year_text(year_of(b) + years), t;
}

Timex resolve_anaphor_from(const TimeValue& v, ResolveContext& c, Timex& t);

Timex resolve_anaphor(const TimeValue& v, ResolveContext& c, Timex& t) {
  // Told in the past, it refers back to a time that has happened, not to a plan named since.
  if (v.tense == Tense::past && v.anchor == AnchorKind::story && c.last_past && c.last_index != c.last_past_index) {
    ResolveContext past = c;
    past.last = c.last_past;
    past.last_index = c.last_past_index;
    past.last_paragraph = c.last_past_paragraph;
    Timex out = resolve_anaphor_from(v, past, t);
    return out;
  }
  return resolve_anaphor_from(v, c, t);
}

Timex resolve_anaphor_from(const TimeValue& v, ResolveContext& c, Timex& t) {
  std::optional<StoryTime> s = c.last;
  if (!s && c.dct) s = StoryTime{year_of(c.dct->day), month_of(c.dct->day), day_of(c.dct->day), std::nullopt};
  t.anchor = story_anchor(c);
  if (!s) return t.value = "XXXX-XX-XX", t;
  std::string_view u = v.unit;
  // A part of day alone ("the early evening", "overnight") is the report's own day, unless the
  // paragraph it is in has just named a day ("On Tuesday ... The fighting stopped overnight"); a
  // date from an earlier paragraph or a wider time ("since July") does not carry over.
  // Explicit anaphora ("that night", "the same evening") always take the story's day.
  bool story_pod = v.anchor == AnchorKind::story || (c.last && c.last->day && c.last_paragraph == c.paragraph);
  if (!v.part_of_day.empty() && u == "D" && c.dct && !story_pod) {
    t.type = TimexType::time;
    t.anchor = "dct";
    // A night that is over ("fighting went on overnight", "through the night") is the night
    // before the report's day, unless the report was written in the afternoon or evening, when
    // its own night may be under way ("said the night was not over").
    bool late_report = c.dct->time_of_day && c.dct->time_of_day->count() >= 12 * 60;
    auto d = v.part_of_day == "NI" && v.tense == Tense::past && !late_report ? add_days(c.dct->day, -1) : c.dct->day;
    return t.value = iso_day(d) + clock_suffix(v, d), t;
  }
  if ((!v.part_of_day.empty() || v.hour) && !s->day) {
    // "the early evening" needs a day: the story's only says a month, so take the report's day.
    auto d = story_day(c);
    if (!d) return t.value = "XXXX-XX-XX" + clock_suffix(v, std::nullopt), t;
    t.type = TimexType::time;
    if (!c.last_index || !c.last->day) t.anchor = "dct";
    return t.value = iso_day(*d) + clock_suffix(v, d), t;
  }
  if (u == "Y" || !s->month) {
    // "In March 2014 ... by the end of that year ... the next spring": the story has moved on
    // to the year's last month.
    if (u == "Y" && std::string_view(v.mod) == "END" && s->month.value_or(0) < 12) remember(c, s->year, 12, std::nullopt);
    return t.value = year_text(s->year), t;
  }
  if (u == "M" || !s->day) return t.value = iso_month(s->year, *s->month), t;
  auto d = make_day(s->year, *s->month, *s->day);
  if (u == "W") return t.value = iso_week(d), t;
  // "announced at 4.30am on Monday, after a count ... disrupted by a computer failure the same
  // night", in a report of Monday morning: a night that is over on the report's own day, told in
  // the past before the evening, is the night before it.
  if (v.part_of_day == "NI" && v.tense == Tense::past && c.dct && d == c.dct->day &&
      !(c.dct->time_of_day && c.dct->time_of_day->count() >= 12 * 60))
    d = add_days(d, -1);
  if (!v.part_of_day.empty() || v.hour) t.type = TimexType::time;
  return t.value = iso_day(d) + clock_suffix(v, d), t;
}

Timex resolve_value(const TaggedTime& tagged, ResolveContext& c) {
  const TimeValue& v = tagged.value;
  Timex t;
  t.span = tagged.span;
  t.rule = std::string(tagged.rule);
  t.mod = v.mod;
  switch (v.kind) {
    case TimeKind::point: return resolve_point(v, c, t);
    case TimeKind::relative: return resolve_relative(v, c, t);
    case TimeKind::shift: return resolve_shift(v, c, t);
    case TimeKind::anaphor: return resolve_anaphor(v, c, t);
    case TimeKind::duration:
      t.type = TimexType::duration;
      t.value = duration_value(v.amount.value_or(1) + (v.plus_half ? 0.5 : 0), v.vague_amount, (v.unit.empty() ? Code("D") : v.unit).str());
      if (v.amount_max) t.value_max = duration_value(*v.amount_max, false, (v.unit.empty() ? Code("D") : v.unit).str());
      if (v.amount2) t.value = join_durations(t.value, duration_value(*v.amount2, false, v.unit2.str()));
      return t;
    case TimeKind::set:
      t.type = TimexType::set;
      t.quant = v.quant;
      t.freq = v.freq.str();
      if (v.weekday) t.value = "XXXX-WXX-" + std::to_string(*v.weekday) + clock_suffix(v, std::nullopt);
      else if (!v.season.empty()) t.value = "XXXX-" + v.season;  // "every summer"
      else if (v.unit == "WE" && !v.amount) t.value = "XXXX-WXX-WE";    // "at weekends", "every weekend"
      else if (!v.part_of_day.empty() && v.unit.empty()) t.value = "XXXX-XX-XXT" + v.part_of_day;
      else t.value = duration_value(v.amount.value_or(1), v.vague_amount, (v.unit.empty() ? Code("D") : v.unit).str());
      return t;
    case TimeKind::ref:
      t.value = v.ref;
      return t;
    case TimeKind::ignore: break;
  }
  return t;
}

// "dragged into the night in Geneva on Friday": a bare part of day ("the night", "the early
// evening") with a weekday right after it in its clause is that weekday's part, as "Friday night"
// is; read alone it would be the report's day (or, told as past, the night before it). Returns
// tags[i], or `scratch` holding it with the weekday.
const TaggedTime& with_day_named_after(const std::vector<TaggedTime>& tags, std::size_t i, std::string_view bytes,
                                       TaggedTime& scratch) {
  const TimeValue& v = tags[i].value;
  if (v.kind != TimeKind::anaphor || v.anchor != AnchorKind::dct || v.part_of_day.empty() || std::string_view(v.unit) != "D" ||
      v.weekday || v.day || v.month || i + 1 >= tags.size())
    return tags[i];
  const TaggedTime& next = tags[i + 1];
  const TimeValue& w = next.value;
  if (w.kind != TimeKind::point || !w.weekday || w.day || w.month || w.year || !w.part_of_day.empty() || w.possessive ||
      next.span.begin < tags[i].span.end || next.span.begin - tags[i].span.end > 40 || next.span.begin > bytes.size())
    return tags[i];
  std::string_view between = bytes.substr(tags[i].span.end, next.span.begin - tags[i].span.end);
  // In its own clause, a few words on ("into the night in Geneva on Friday"); not across a comma
  // ("swept through the town overnight, the fire service said on Tuesday": Tuesday is the saying's).
  if (between.find_first_of(".,;:()\"") != std::string_view::npos) return tags[i];
  std::size_t words = 0;
  for (std::size_t k = 0; k < between.size(); ++k)
    if (between[k] != ' ' && (k == 0 || between[k - 1] == ' ')) ++words;
  if (words > 4) return tags[i];
  scratch = tags[i];
  scratch.value.kind = TimeKind::point;
  scratch.value.weekday = w.weekday;
  scratch.value.unit = Code();
  return scratch;
}

}  // namespace

Timex resolve_time(const TaggedTime& tagged, ResolveContext& c) {
  // In a history, a time read from the report's own day does not stand for the story's time:
  // "that morning", "four days later" count from the story's last time long ago.
  const TimeValue& v = tagged.value;
  if ((v.kind == TimeKind::anaphor || (v.kind == TimeKind::shift && v.anchor == AnchorKind::story)) && narrative_time(c) &&
      c.last_from_dct && c.last_index != c.last_far_index) {
    c.last = c.last_far;
    c.last_index = c.last_far_index;
    c.last_paragraph = c.last_far_paragraph;
  }
  // "on Monday after Halm conceded defeat in Sunday's election at noon": a possessive day
  // after a day of the same sentence does not become the time its later clock times count from.
  std::optional<ResolveContext> before;
  if (v.possessive && c.last && c.last->day && c.last_index && c.last_sentence == c.sentence) before = c;
  if (v.conversion && c.last_index) before = c;  // "2.17am (17:17 GMT on Wednesday)": the story's day stays Thursday
  Timex t = resolve_value(tagged, c);
  if (v.local_time) c.local_frame = true;
  if (c.last_index == c.resolved) c.last_from_dct = t.anchor == "dct";
  if (before) {
    c.last = before->last, c.last_index = before->last_index, c.last_paragraph = before->last_paragraph;
    c.last_sentence = before->last_sentence, c.last_from_dct = before->last_from_dct;
    c.last_past = before->last_past, c.last_past_index = before->last_past_index, c.last_past_paragraph = before->last_past_paragraph;
    c.last_far = before->last_far, c.last_far_index = before->last_far_index, c.last_far_paragraph = before->last_far_paragraph;
  }
  if (t.anchor == "dct" && (v.kind == TimeKind::relative || (v.kind == TimeKind::point && v.weekday))) ++c.deictic;
  ++c.resolved;
  return t;
}

namespace {

// "The session ended at about 1am local time (midnight GMT)": a clock time given as the
// conversion of the one before it, with no day of its own, names the same instant, so its day is
// the one that puts it within the widest offset (14 hours) of that time: midnight GMT before 1am
// in Geneva is the start of the day, not its end.
void align_conversion(const TimeValue& v, const Timex& previous, Timex& t, const std::optional<PublicationTime>& dct) {
  if (!v.conversion || v.day || v.weekday || !v.hour || t.value.size() < 13 || t.value[10] != 'T' ||
      previous.value.size() < 13 || previous.value[10] != 'T')
    return;
  auto here = timex_bounds(t.value, dct), there = timex_bounds(previous.value, dct);
  if (!here || !there) return;
  const Minutes gap = here->first - there->first;
  const Minutes widest = 14 * 60;
  if (gap >= -widest && gap <= widest) return;
  int y = 0;
  unsigned m = 0, d = 0;
  if (std::sscanf(t.value.c_str(), "%d-%u-%u", &y, &m, &d) != 3) return;
  const int shift = gap > 0 ? -1 : 1;
  auto moved = add_days(date::year{y} / date::month{m} / date::day{d}, shift);
  std::string value = iso_day(moved) + t.value.substr(10);
  auto b = timex_bounds(value, dct);
  if (!b || std::llabs(b->first - there->first) > widest) return;
  t.value = std::move(value);
}

// The expressions one sentence holds, resolved in order into `out` (a conversion in brackets
// aligned with the time before it).
void resolve_sentence(const std::vector<TaggedTime>& tags, std::string_view bytes, ResolveContext& c, std::vector<Timex>& out) {
  TaggedTime scratch;
  for (std::size_t i = 0; i < tags.size(); ++i) {
    const TaggedTime& tagged = with_day_named_after(tags, i, bytes, scratch);
    out.push_back(resolve_time(tagged, c));
    if (out.size() >= 2) align_conversion(tagged.value, out[out.size() - 2], out.back(), c.dct);
  }
}

}  // namespace

std::vector<Timex> tag_times(const Document& doc, const Version& version, const TagOptions& options,
                             const FoundTimes* found) {
  ResolveContext c;
  c.dct = doc.dct;
  c.options = options;
  // A later version of a page speaks from its own time ("about 2 hours later"): what it adds
  // says "tomorrow" or "at 9pm" from then. A sentence it carries over from an earlier version
  // was written then, and keeps that version's time.
  std::unordered_map<std::string, PublicationTime> written;  // a sentence's normalized text -> its first version's time
  std::optional<PublicationTime> own_time = doc.dct;
  if (doc.dct && version.delay_minutes && *version.delay_minutes > 0) {
    own_time = shifted(*doc.dct, *version.delay_minutes);
    for (const auto& v : doc.versions) {  // in version order: the first to have a sentence wrote it
      if (v.index >= version.index) continue;
      const Minutes delay = v.delay_minutes && *v.delay_minutes > 0 ? *v.delay_minutes : 0;
      for (const auto& sentence : v.sentences) written.try_emplace(normalize_space(doc.text(sentence.span)), shifted(*doc.dct, delay));
    }
  }
  std::vector<Timex> out;
  out.reserve(version.sentences.size() / 2 + 4);  // a Timex is large: growing the vector moves them all
  std::size_t p = 0;  // paragraphs and sentences are both in text order
  for (const auto& s : version.sentences) {
    while (p + 1 < version.paragraphs.size() && version.paragraphs[p].span.end <= s.span.begin) ++p;
    if (own_time != doc.dct) {
      auto it = written.find(normalize_space(doc.text(s.span)));
      c.dct = it != written.end() ? std::optional<PublicationTime>(it->second) : own_time;
    }
    c.paragraph = p;
    ++c.sentence;
    const std::vector<TaggedTime>* known = nullptr;
    if (found != nullptr)
      if (auto it = found->find({s.span.begin, s.span.end}); it != found->end()) known = &it->second;
    if (known != nullptr) resolve_sentence(*known, doc.bytes, c, out);
    else resolve_sentence(find_times(doc.bytes, s.span, options), doc.bytes, c, out);
  }
  return out;
}

std::vector<Timex> tag_phrase(std::string_view text, const std::optional<PublicationTime>& reference, const TagOptions& options) {
  ResolveContext c;
  c.dct = reference;
  c.options = options;
  std::vector<Timex> out;
  std::size_t seen = 0;  // a blank line starts a new paragraph
  for (const auto& s : split_sentences(text, {0, text.size()})) {
    for (auto at = text.find("\n\n", seen); at != std::string_view::npos && at < s.begin; at = text.find("\n\n", at + 2)) ++c.paragraph;
    seen = std::max(seen, s.begin);
    ++c.sentence;
    resolve_sentence(find_times(text, s, options), text, c, out);
  }
  return out;
}

}  // namespace timeline
