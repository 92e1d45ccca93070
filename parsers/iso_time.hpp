#pragma once
// Calendar times as reports state them: a date, maybe a clock time, maybe a UTC offset or zone.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

namespace timeline {

/// A publication time: a calendar date with an optional clock time and UTC offset or IANA zone.
struct PublicationTime {
  date::year_month_day day{};
  std::optional<std::chrono::minutes> time_of_day;  ///< minutes after local midnight
  std::optional<std::chrono::minutes> utc_offset;   ///< local time minus UTC
  std::string zone;                                 ///< IANA name ("Europe/London"), may be empty

  /// ISO 8601: `2016-09-09`, `2016-09-09T21:00`, `2016-09-09T21:00+01:00`.
  std::string iso() const;
  friend bool operator==(const PublicationTime&, const PublicationTime&) = default;
};

/// Parses ISO 8601 `YYYY-MM-DD[THH:MM[:SS][Z|±HH:MM|±HHMM]]`; nullopt (and `error`) when invalid.
std::optional<PublicationTime> parse_iso_time(std::string_view text, std::string* error = nullptr);

/// Sets `time.zone`, checking the name against the system time-zone database; when the time
/// has a clock time and no offset, the offset is taken from the zone. False (and `error`) if unknown.
bool apply_zone(PublicationTime& time, std::string_view zone, std::string* error = nullptr);

/// The same instant as local time in `zone`: "2023-11-01T23:50+00:00" in Asia/Tokyo is
/// "2023-11-02T08:50+09:00". Without a clock time or offset only the zone is applied (the day
/// stays: its instant is unknown). Nullopt if the zone is unknown.
std::optional<PublicationTime> in_zone(const PublicationTime& time, std::string_view zone);

}  // namespace timeline
