#pragma once
// The time zone of a place named in a report (issue 3: "zones named in the text"): a time given
// in local time ("Thursday local time", "at 5.20am" in a report with no zone of its own) is read in
// the zone of where it happened. Looked up in parsers/data/place_zones.tsv.
#include <string>
#include <string_view>

namespace timeline {

/// The IANA zone of `place` (a city, region or one-zone country, as listed), else of `country`
/// when given; "" when neither is listed. Exact, case-sensitive names.
std::string place_zone(std::string_view place, std::string_view country = {});

/// The tz database's fixed zone of a whole-hour UTC offset given in minutes ("Etc/GMT-9" for
/// +09:00: the Etc names invert the sign), for a local time whose place is unknown but whose
/// conversion shows its offset ("9.05pm local time (12:05 GMT)"). "" for other offsets.
std::string offset_zone(int offset_minutes);

}  // namespace timeline
