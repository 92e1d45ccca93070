#pragma once
// A report's time zone from its source when nothing else gives one (issue 3: "a report's zone,
// manifest or inferred from its source"): the host of its URL, looked up in
// parsers/data/source_zones.tsv (outlets by name, then one-zone country domains).
#include <string>
#include <string_view>

#include "document.hpp"

namespace timeline {

/// The IANA zone the URL's host implies (the longest listed suffix: "www.bbc.co.uk" is
/// "bbc.co.uk", "www.example.de" is ".de"), or "" when it implies none.
std::string source_zone(std::string_view url);

/// Gives a report whose publication time has no zone and no UTC offset the zone of its source;
/// records how in `Document::dct_zone_source` ("url: rt.com"). True when it applied one.
bool apply_source_zone(Document& doc);

}  // namespace timeline
