#pragma once
// Absolute bounds of TIMEX3 calendar values and publication times, in minutes since the epoch (UTC).
#include <optional>
#include <string_view>
#include <utility>

#include "event.hpp"

namespace timeline {

/// Half-open bounds [earliest, latest) in minutes UTC.
using Bounds = std::pair<Minutes, Minutes>;

/// Hours of TIMEX3 parts of day, local time: MO [06,12), MI [11,13), AF [12,18), EV [18,24),
/// NI [21,30) (to 06:00 the next day), DT [08,18).
inline constexpr std::pair<int, int> kMorning{6, 12}, kMidday{11, 13}, kAfternoon{12, 18}, kEvening{18, 24},
    kNight{21, 30}, kDaytime{8, 18};

/// Half-widening used when a local time's UTC offset is unknown (every offset is within ±14h).
inline constexpr Minutes kUnknownOffsetWidening = 14 * 60;

/// The UTC offset (minutes) of local time around `local_minutes` in the report's zone: its stated
/// offset, else the offset of its IANA zone, else nullopt.
std::optional<Minutes> reference_offset(const std::optional<PublicationTime>& reference, Minutes local_minutes);

/// Bounds a calendar value implies: "2016-09-09" (a day), "2016-09-09T21:00" (a minute),
/// "2016-09-09TEV" (a part of day), "2016-W36", "2016-W35-WE" (Saturday and Sunday), "2016-09",
/// "2016-Q3", "2016-H2", "2016-SU" (seasons of the northern hemisphere: SP March-May, SU June-August,
/// FA September-November, WI December-February), "2016", "201X" (a decade). A `mod` of START, MID
/// or END keeps the first, middle or last third ("late August": 21-31 August). Local times are
/// converted with the report's offset or zone when known; otherwise widened by ±14h. Nullopt for
/// anything else (durations, "PRESENT_REF", "XXXX-09-09").
std::optional<Bounds> timex_bounds(std::string_view value, const std::optional<PublicationTime>& reference,
                                   std::string_view mod = {});

/// Whether the bounds of `v` are exact in UTC (the value or the report states an offset or zone);
/// otherwise timex_bounds widened them by kUnknownOffsetWidening on each side.
bool zone_known(std::string_view v, const std::optional<PublicationTime>& reference);

/// Bounds of a publication time shifted by `delay` minutes: a minute when it has a clock time,
/// else its whole day.
Bounds publication_bounds(const PublicationTime& time, Minutes delay);

/// ISO text of a publication time shifted by `delay` minutes ("2016-09-09T21:35+01:00").
std::string shifted_iso(const PublicationTime& time, Minutes delay);
/// `time` moved on by `delay` minutes (its offset kept); as it is without a clock time.
PublicationTime shifted(const PublicationTime& time, Minutes delay);

}  // namespace timeline
