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

}  // namespace timeline
